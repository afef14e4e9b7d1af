/**
 * How CVs write when a job was held, shared by the readers of a CV's work history: the words that
 * open a job still held ("seit 04/2016", "since March 2019", "depuis 2020", "desde 2019") and the
 * shape of a range's start and its separator ("2019 – heute", "de 2015 à 2021", "2017 until 2020").
 */
export const sinceWords = String.raw`(?:since|seit|depuis|desde|dal|sinds|sedan|siden|od)`;

/** A year, a dash or word between, and the start of what ends the range (a date or a word such as "heute"). */
export const yearRangeStart = String.raw`(?:19|20)\d{2}\s*(?:-|–|—|to|until|bis|à|a|hasta)\s*(?:\d|[a-z])`;
