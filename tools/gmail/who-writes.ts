import { isPersonalMailAddress } from './addresses.ts';
import { hiringSenderOf } from './hiring-senders.ts';

/**
 * Who a sender is, from the address alone: a system (a no-reply or notification address), a team's
 * inbox (a careers or HR inbox, a shop's contact address), a hiring service writing for many
 * employers, or a person. A receipt is a system's or a team's; a person's mail is a person writing.
 */

/** Local parts of systems, not people, in the seven languages: a no-reply address never writes a reply. */
const automatedLocalPart = /^(no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|nao-?responder|no-?responder|non-?rispondere|niet-?beantwoorden|notifications?|mailer|bounce|news(letter)?)\b/i;

/** Local parts of a team or a shared inbox rather than a person: alerts, digests, a careers inbox. */
const teamLocalPart =
  /^(alerts?|jobalerts?|digest|jobs?|careers?|recruit\w*|talent|hiring|apply|applications?|bewerbung\w*|candidat\w*|kandidat\w*|hr|rh|rrhh|people|team|info|hello|hallo|bonjour|hola|contact|news\w*|marketing|updates?|support|service|admin|office|mail|post|kontakt|jobagent|vacatures?|empleo|emploi|lavoro|vagas|selezione|seleccion|selecao|reclutamento|recrutamento|personale|karriere|rekrytering|rekruttering)([-._+].*)?$/i;

function localPart(email: string) {
  return email.split('@')[0] ?? '';
}

/** A system's address: "noreply@", "notifications@", "ne-pas-repondre@". */
export function isAutomatedAddress(email: string) {
  return automatedLocalPart.test(localPart(email));
}

/** A team's shared inbox: "jobs@", "karriere@", "selezione@". */
export function isTeamAddress(email: string) {
  return teamLocalPart.test(localPart(email));
}

/** A person at an organisation: not a system, a team inbox, a hiring service writing for many employers, or a free-mail address. */
export function isPersonAtOrganisation(email: string) {
  return !isAutomatedAddress(email) && !isTeamAddress(email) && !hiringSenderOf(email) && !isPersonalMailAddress(email);
}
