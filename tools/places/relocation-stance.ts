import { foldText } from '../text/fold-text.ts';

/**
 * Whether a CV says its person would move for a job, read sentence by sentence on folded text (lower
 * case, no accents, no punctuation: see foldText). People say it in many ways and languages, as a line of its own
 * ("Relocation: no", "Umzugsbereitschaft: ja") or inside a sentence ("happy to move for the right
 * role", "valuto anche Milano o Roma", "nao pretendo mudar de cidade"). A refusal is read first, so
 * "willing to relocate? no" and "not willing to relocate" are refusals; words about a relocation
 * package or help ("no relocation assistance needed") say nothing about the person's wish.
 */

const subject = String.raw`(i m |i am |i would |i d |i will |i ll |i can |would |will |can |am )?`;
// "Move" as a change of home, not of job ("willing to move into management", "able to move patients").
const move = String.raw`(relocat\w*|move( (to|for|abroad|anywhere|base|city|cities|country|countries|elsewhere|within|across|home))?$|move (to|for|abroad|anywhere|base|city|cities|country|countries|elsewhere)\b|moving (to|for|abroad|anywhere|base|city|country|elsewhere)\b|moving$)`;

const refusals = [
  // English
  String.raw`\b(not|never|no longer) (open|willing|looking|able|prepared|planning|available) to ${move}`,
  String.raw`\b(unable|cannot|can not|can t|won t|will not|would not|wouldn t|do not wish|don t want|do not want) to ${move}`,
  String.raw`\b(i m|i am|am) not (relocating|moving)\b`,
  String.raw`\b(won t|will not|would not|wouldn t|cannot|can t|can not) (relocate|move( (to|for|abroad|anywhere|base|away))?$|move (to|for|abroad|anywhere|away)\b)`,
  String.raw`\b(relocation|relocate|willing to relocate|open to relocation|open to relocate) (no|not possible|not an option)\b`,
  String.raw`\bno relocation\b(?! (package|assistance|support|help|costs?|allowance|budget|required|needed|necessary))`,
  String.raw`\b(local|locally based) (roles|positions|jobs|work|opportunities) only\b`,
  String.raw`\b(only|solely) (looking|searching|interested) (for|in) (local|roles in|positions in|jobs in|work in)\b`,
  String.raw`\b(looking|searching) (locally|for local) only\b`,
  // German
  String.raw`\b(keine|ohne) umzugsbereitschaft\b`,
  String.raw`\bumzugsbereitschaft (nein|nicht vorhanden|keine)\b`,
  String.raw`\b(nicht|kein) (umzugsbereit|umzug)\b`,
  String.raw`\bumzug (ausgeschlossen|nicht moglich|kommt nicht in frage)\b`,
  String.raw`\bumzug (plane|mochte|will|kann|suche) ich nicht\b`,
  String.raw`\b(keinen umzug|nicht umziehen)\b`,
  String.raw`\bumzug (\w+ ){0,8}nicht in frage\b`,
  // French
  String.raw`\b(pas de|aucune) mobilite\b`,
  String.raw`\bmobilite (geographique )?(non|aucune|exclue|impossible)\b`,
  String.raw`\bne (souhaite|peux|veux|suis|compte|prevois) pas (demenager|de demenager|me deplacer|mobile|prete? a demenager)\b`,
  // Spanish
  String.raw`\bsin (disponibilidad|posibilidad) (para|de) (traslado|trasladarme|cambiar de residencia|cambio de residencia|reubicacion|mudarme)\b`,
  String.raw`\bno (estoy dispuest[oa]|puedo|deseo|quiero) (a )?(trasladarme|mudarme|cambiar de residencia|reubicarme)\b`,
  // Portuguese
  String.raw`\b(sem|nao tenho) disponibilidade (para|de) (mudanca|mudar|relocalizacao|deslocalizacao)\b`,
  String.raw`\bnao (pretendo|posso|quero|estou disponivel para) (mudar de (cidade|residencia|pais|base)|relocalizar|me mudar)\b`,
  // Dutch
  String.raw`\b(niet|geen) (bereid|mogelijkheid) (om )?te verhuizen\b`,
  String.raw`\b(geen verhuizing|verhuizen is geen optie|verhuizen niet mogelijk|verhuizen is niet aan de orde|verhuizen komt niet in aanmerking)\b`,
  // Italian
  String.raw`\bnon (sono )?disponibile (a|al|ai|per) (trasferimenti|trasferirmi|trasferimento|trasferirsi)\b`,
  String.raw`\bno trasferimenti\b`,
  // Scandinavian and Polish
  String.raw`\b(ikke|inte) (villig|beredd|interesserad|interessert) (til|att) (at |a )?flytt\w*\b`,
  String.raw`\bbez (mozliwosci )?(przeprowadzki|relokacji)\b`,
];

const wishes = [
  // English
  String.raw`\b(open|willing|happy|ready|prepared|keen|glad) to ${move}`,
  String.raw`\b${subject}(relocate|move) for (the right|a good|an interesting|a suitable|the) (role|job|position|opportunity|team|newsroom|company|offer)\b`,
  String.raw`\b(would|will|could|can|i d|i ll) (happily |gladly )?(relocate|move (to|for|abroad|anywhere|base))\b`,
  String.raw`\brelocation (yes|possible|welcome|considered|ok)\b`,
  String.raw`\b(open to|considering|would consider) (relocation|opportunities (in|abroad|elsewhere|across)|roles (in|abroad|across|anywhere)|moving)\b`,
  String.raw`\bmobile (across|within|throughout|anywhere)\b`,
  // German
  String.raw`\bumzugsbereit\w*\b(?! (nein|nicht|keine))`,
  String.raw`\bbereit (zum|zu einem|fur einen) umzug\b`,
  String.raw`\b(bereit|gerne bereit) umzuziehen\b`,
  String.raw`\b(raumlich|ortlich|regional) (flexibel|mobil)\b`,
  String.raw`\b(deutschlandweit|bundesweit|europaweit|weltweit) (mobil|flexibel|einsetzbar)\b`,
  // French
  String.raw`\bmobilite (geographique|nationale|internationale)\b(?! (non|aucune|exclue|impossible))`,
  String.raw`\bprete? a (demenager|me deplacer|une mobilite)\b`,
  String.raw`\bmobile (geographiquement|en france|a l international|dans toute)\b`,
  String.raw`\benvisage (une mobilite|de demenager|un demenagement)\b`,
  // Spanish
  String.raw`\bdisponibilidad (para|de) (cambio de residencia|cambiar de residencia|traslado|trasladarme|reubicacion|viajar y cambiar de residencia|mudarme)\b`,
  String.raw`\bdispuest[oa] a (trasladarme|reubicarme|mudarme|cambiar de residencia|cambiar de ciudad)\b`,
  String.raw`\b(me trasladaria|me mudaria|podria trasladarme|podria mudarme|mudaria de cidade|mudaria para|mi trasferirei|potrei trasferirmi|ich wurde umziehen|je demenagerais|zou (ik )?verhuizen)\b`,
  // Portuguese
  String.raw`\b(disponivel|disponibilidade) (para|de) (mudanca|mudar de (residencia|cidade|pais|base)|relocalizacao|deslocalizacao|relocacao)\b`,
  String.raw`\bdisponibilidade (geografica|total para mudar)\b`,
  String.raw`\b(aberto|aberta) a (mudar|mudanca|relocalizacao|propostas (noutras|em outras|no estrangeiro|fora))\b`,
  // Dutch
  String.raw`\bbereid (om )?te verhuizen\b`,
  String.raw`\bverhuizing (is )?(bespreekbaar|geen probleem|mogelijk)\b`,
  // Italian
  String.raw`\bdisponibil\w* (a|al|ai|per) (trasferimenti|trasferirmi|trasferimento|trasferirsi)\b`,
  String.raw`\b(valuto|valuterei|considero|considererei) anche (?!(ruoli|posizioni|proposte|offerte|contratti|incarichi|part)\b)\p{L}+`,
  // Scandinavian and Polish
  String.raw`\b(villig|beredd|klar) (til|att) (at |a )?flytt\w*\b`,
  String.raw`\bgotow(y|a|osc) (do|na) (przeprowadzki|relokacji|zmiany miejsca zamieszkania)\b`,
];

const refusal = new RegExp(refusals.join('|'));
const wish = new RegExp(wishes.join('|'), 'u');

/** True when the CV says the person would move, false when it says not, null when it is silent. */
export function relocationStance(cvText: string): boolean | null {
  // A sentence wrapped onto the next line goes on in lower case: "valuterei\nanche Torino".
  const unwrapped = cvText.replace(/([^\n.!?;])\r?\n(?=\p{Ll})/gu, '$1 ');
  const sentences = unwrapped.split(/(?<=[.!?;])\s+|\n+|\s[|•·]\s/).map(foldText).filter(Boolean);
  if (sentences.some((sentence) => refusal.test(sentence))) return false;
  if (sentences.some((sentence) => wish.test(sentence))) return true;
  return null;
}
