import type { Person as StoredPerson } from '../../../../tools/contacts/people.ts';

export type Person = StoredPerson;
export interface PeopleList {
  contacts: Person[];
}
