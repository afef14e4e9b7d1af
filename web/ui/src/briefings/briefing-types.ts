/** The shapes /api/briefings answers with. */
export interface Briefing {
  id: string;
  /** The Monday (YYYY-MM-DD) that starts the week it was written for. */
  weekOf: string;
  writtenAt: string;
  text: string;
}

export interface BriefingList {
  timeZone: string;
  briefings: Briefing[];
}
