import { withoutWhomServed } from '../occupations/whom-served.ts';
import { foldText } from '../text/fold-text.ts';
import { statedYearsOfExperience } from './years-of-experience.ts';

/** One scale for every profession: an apprentice is an intern, a master tradesperson senior, a head of department lead, a director principal. */
export const careerLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
export type CareerLevel = (typeof careerLevels)[number];

const crewLeaders = 'team ?lead\\w*|teamleit\\w*|teamleider|chef d equipe|jefe de equipo|jefa de equipo|capo ?squadra|chefe de equipa';
const shopFloors =
  'lager|warehouse|logistique|logistica|logistiek|goods[ -]?in|goods[ -]?out|wareneingang|warenausgang|versand|kommission\\w*|picking|dispatch|produktion|production|productie|fertigung|montage|assembly|shift|schicht|store|shop|filiale|retail|kitchen|kuche|call ?cent\\w*|contact ?cent\\w*|reinigung|cleaning|housekeeping|fulfil+ment|distribution|entrepot|almacen|magazijn|magazzino|armazem';

/** Words that place a line, level or tier in support rather than in a qualification ("Level 3 Diploma"). */
const supportWork = 'support\\w*|helpdesk|help desk|service ?desk|servicedesk|ict|it|engineer|analyst|technician|technicus|agent|medewerker|specialist|beheerder|desk';

/** The n-th line, level or tier of support: "2nd line", "1e lijns", "second-level", "L2", "Tier 2". */
function supportLine(ordinals: string, numbers: string, dutchCompound: string): RegExp {
  return new RegExp(
    `\\b(?:(?:${ordinals}) ?(?:line|level|lijns?)|${dutchCompound}|(?:level|tier|l) ?(?:${numbers}))\\b(?! (?:manager|managers|management|supervisor\\w*|leader|lead|supplier|suppliers|automotive)\\b)` +
      `(?=.*\\b(?:${supportWork})\\b)|\\b(?:${supportWork})\\b.*\\b(?:(?:${ordinals}) ?(?:line|level|lijns?)|(?:level|tier|l) ?(?:${numbers}))$`,
  );
}

// Checked from the top down on folded titles, so "Senior Staff Engineer" is lead and "Head of" beats
// "Senior". Words in English, German, French, Spanish, Polish and Czech.
const titleLevels: { level: CareerLevel; pattern: RegExp }[] = [
  // A deputy or assistant stands one step below the role named: an assistant pharmacy manager is a
  // senior pharmacist, a deputy director a lead.
  { level: 'lead', pattern: /\b(assistant|deputy|associate|stellvertretend\w*|stellv) (\w+ ){0,2}(director|direktor\w*|head)\b|\b(directeur|directrice|director|directora) adjoint[ea]?\b/ },
  { level: 'senior', pattern: /\b(assistant|deputy) (\w+ ){0,2}manager\b|\bassistent (\w+ )?(manager|bedrijfsleider|filiaalleider|teamleider|filiaalmanager|storemanager)\b|\b(stellvertretend\w*|stellv) (\w+ ){0,2}\w*(leiter\w*|leitung)\b|\bresponsable adjoint\w*\b/ },
  {
    // A team leader on a warehouse floor, a production line, a shop floor or a call-centre floor is
    // the first-line supervisor of a crew, like a shift supervisor; in an office profession ("QC Team
    // Lead", "Sales Team Lead") the title names the lead level, as below.
    level: 'senior',
    pattern: new RegExp(
      `\\b(${crewLeaders})\\b.*\\b(${shopFloors})\\b|\\b(${shopFloors})\\b.*\\b(${crewLeaders})\\b|\\blagerteamleit\\w*\\b`,
    ),
  },
  // A French, Spanish, Italian or Portuguese "responsable" of a unit runs it, as a warehouse or store
  // manager does ("Responsable d'entrepôt", "Responsabile di punto vendita"); of a shift, crew, aisle
  // or till they supervise it; of a function ("Responsable de Marketing de Contenidos") they are its
  // manager, a title that names no level by itself.
  { level: 'senior', pattern: /^(responsable|responsabile|responsavel) (de |di |du |d |del |de la )?(turno|equipo|equipe|rayon|secteur|caisse|squadra|reparto|cassa|caja|seccion|turno)\b/ },
  {
    level: 'lead',
    pattern:
      /^(responsable|responsabile|responsavel) (de |di |du |d |del |de la |da |do |della |dello |des )?(entrepot|almacen|magazzino|armazem|magasin|logistique|logistica|logistico|site|sito|usine|fabrica|fabbrica|planta|production|produccion|produzione|producao|boutique|tienda|negozio|loja|punto vendita|punto de venta|agence|agencia|agenzia|filiale|sucursal|restaurant|restaurante|ristorante|hotel|albergo|exploitation|explotacion|plateforme|plataforma|depot|deposito|reparto|departement|departamento|dipartimento|servicio|service)\b/,
  },
  // Cabin crew ranks: a purser or "chef de cabine" leads a cabin, a chief purser every cabin of a
  // flight; "principal" there is the chief's title, not an executive's.
  {
    level: 'lead',
    pattern:
      /\b(chief purser|senior purser|purser principal|chef de cabine principal\w*|chefe de cabine principal|jefe de cabina principal|cabin service director|cabin services director|in ?flight service manager|inflight manager)\b/,
  },
  {
    level: 'senior',
    pattern: /\b(purser|pursette|cabin manager|cabin supervisor|cabin services manager|chef de cabine|cheffe de cabine|chefe de cabine|jefe de cabina|jefa de cabina|sobrecargo|capo cabina|kabinenchef\w*|cabin crew manager|in ?flight supervisor|senior cabin crew|senior flight attendant)\b/,
  },
  // In French, Spanish, Italian and Portuguese "principal" after the job is a senior grade of it
  // ("Ingeniero principal", "Clerc de notaire principal", "Técnico principal de mantenimiento"), not an
  // executive; a director stays one, and a school's assistant or vice principal is its leadership.
  {
    level: 'senior',
    pattern:
      /^(?!.*\b(director|directora|directeur|directrice|direttore|direttrice|diretor|diretora|chief|head)\b)(?!.*\b(school|vice|deputy|assistant|associate|college|academy|primary|elementary) principal\b)\S.* principale?(?: (de|di|du|da|do|del|des|della|dello|d)\b.*)?$/,
  },
  {
    level: 'principal',
    pattern: /\bchefarzt\w*|\b(director|directrice|directeur|directora|direktor\w*|vp|vice president|chief|cto|cfo|coo|ceo|cmo|principal|distinguished|managing partner|geschaftsfuhrer\w*|bereichsleiter\w*|head of department|dyrektor\w*|reditel\w*)\b/,
  },
  {
    level: 'lead',
    // "Lead" names a level unless it is the lead of a sale ("Lead Generation") or a trade's "lead
    // hand", a first-line supervisor. First-line supervisors of a shift or crew are senior staff;
    // those who run a unit, site or department are lead.
    pattern:
      /\bhoofd(?!kantoor|zaak|vestiging|stad|kassa|ingang)|\bchef(?:koch|kochin|kok|monteur|redakteur|ingenieur|steward|gartner)\w*|\bledende\b|\w(?<!beg|halb|ge|schicht)leiter(?:in|innen)?\b|\w(?<!ge)leider\b|\w(?<!sous|\bde|\bdu)chef\b|\w(?<!kunst|echt|rind|wild|arbeids|arbejds)leder\b|\w(?<!arbets)ledare\b|\b(lead(?! (generation|gen|hand)\b)|leader|staff (engineer|software|scientist|designer|developer|data|product|machine|ml|analyst|sre)|head|(team|engineering|operations|warehouse|store|shop|ward|nurse|nursing|department|general|plant|site|branch|office|sales|hr|people|logistics|finance|accounting|pharmacy|restaurant|hotel|distribution|fulfil+ment|transport|fleet|facilities|maintenance|production|area|regional|country|salon|spa|housekeeping|cleaning|security) manager|team ?lead\w*|teamleit\w*|teamleiter\w*|leiter(?!platte)\w*|leitung|leitend\w*|stationsleit\w*|superintendent|chef d equipe|chef de service|cadre|jefe|jefa|coordinador[a]? general|matron|ward manager|kierownik(?! zmiany)\w*|kierowniczka(?! zmiany)|vedouci(?! smeny))\b/,
  },
  {
    level: 'senior',
    pattern:
      /\bober(?:arzt|arztin|kellner|monteur|gartner|schwester|pfleger|steiger)\w*|\b(overlaege|overlege|overlakare|souschef|arbetsledare|arbeidsleder|arbejdsleder|formann|formand|vaerkforer|supervisor\w*|shift (manager|lead\w*|leader)|schichtleit\w*|schichtfuhrer\w*|vorarbeiter\w*|polier|foreman|forewoman|chargehand|charge hand|lead hand|charge nurse|sous chef|encargad[oa]|senior|sr|snr|experienced|expert|(?!hausmeister)\w*meister\w*|(?<!scrum )master(?! data| scheduler| planner| student| degree| thesis)|sachverstandig\w*|erfahren\w*|confirme|confirmee|senior\w*|experimentad[oa]|especialista senior|oficial de primera|band 7|fachkrankenpfleg\w*|fachapotheker\w*|consultant pharmacist|advanced|kierownik zmiany|kierowniczka zmiany|brygadzist\w*|mistrz\w*|starszy|starsza|mistr|vedouci smeny)\b/,
  },
  // Support is staffed in lines, levels or tiers: the first takes calls and solves the common cases,
  // the second takes what the first cannot, the third is the specialist. A first-line manager or
  // supervisor is read above as a supervisor, and "front line", "line cook" or a "production line"
  // name no line of support.
  { level: 'junior', pattern: supportLine('1st|first|1e|eerste', '1|one', 'eerstelijns') },
  { level: 'mid', pattern: supportLine('2nd|second|2e|tweede', '2|two', 'tweedelijns') },
  { level: 'senior', pattern: supportLine('3rd|third|3e|derde', '3|three', 'derdelijns') },
  {
    level: 'intern',
    pattern:
      /\b(intern|internship|apprentice|apprenticeship|trainee|student|working student|werkstudent\w*|praktikant\w*|praktikum(?!sbetreu|sbeauftragt)\w*|auszubildend\w*|azubi|ausbildung(?!sbeauftragt|sberat|sbetreu|skoordinat|sreferent|sleit|smeister)\w*|lehrstelle\w*|lehrling\w*|duales studium|dual studierend\w*|stagiaire|stage|alternant\w*|alternance|apprenti\w*|lehramtsanwarter\w*|referendar\w*|vorbereitungsdienst|student teacher|trainee teacher|becari[oa]|practicas|practicante|aprendiz\w*|formacion dual|stazyst\w*|staz|praktykant\w*|stagiair\w*|leerling|bbl|apprendist[ao]|tirocin\w*|stagista|estagi\w*)\b/,
  },
  {
    // "Assistant" and "associate" before a job make a junior one ("Assistant Accountant"); after it
    // they are the job's own name ("Executive Assistant", "Sales Associate") and say nothing of level.
    level: 'junior',
    pattern:
      /^(assistant|associate|assistent|assistente) (?!to |van |de |di )\w|\bassistenzarzt\w*|\b(junior\w*|jr|entry[\s-]?level|graduate|grad|new grad|einsteiger\w*|berufseinsteiger\w*|nachwuchs\w*|debutant\w*|jeune diplome\w*|recien titulad[oa]|sin experiencia|band 5|newly qualified|nqt?|ect|early career|mlodszy|mlodsza)\b/,
  },
  // A journeyman has finished the apprenticeship: a qualified tradesperson, below a master or foreman.
  { level: 'mid', pattern: /\b(mid[\s-]?level|intermediate|mid|ii|iii|regular|qualified|band 6|geselle\w*|gesellin\w*|journeyman|journeyperson|compagnon|vakman|gezel)\b/ },
];

// NHS Agenda for Change bands name the level outright: band 5 is a newly qualified nurse, 8 a manager.
const payBands: Record<string, CareerLevel> = { '2': 'intern', '3': 'junior', '4': 'junior', '5': 'junior', '6': 'mid', '7': 'senior', '8': 'lead', '8a': 'lead', '8b': 'lead', '9': 'principal' };

/** The level a job title names, or null when it names none ("Data Analyst"). */
export function levelOfTitle(title: string): CareerLevel | null {
  // Whom a job serves is not its level: "Executive Assistant to the CEO" is not a chief.
  const folded = withoutWhomServed(foldText(title));
  const band = folded.match(/\bband (\d[ab]?)\b/);
  if (band && payBands[band[1]!]) return payBands[band[1]!]!;
  return titleLevels.find(({ pattern }) => pattern.test(folded))?.level ?? null;
}

/**
 * The usual level for years in a line of work, when no title names one. Where people are senior,
 * their title nearly always says so ("Senior", a band, "Meister", "Lead"); someone whose title names
 * no level after eight years is most often an experienced mid-level professional (a class teacher,
 * a staff pharmacist), so years alone make someone senior only after a decade, and never lead.
 */
export function levelOfYears(years: number): CareerLevel {
  if (years < 2.5) return 'junior';
  if (years < 10) return 'mid';
  return 'senior';
}

export const levelIndex = (level: CareerLevel) => careerLevels.indexOf(level);

/** Where a level was read: a title names it outright; years only suggest it. */
export type LevelBasis = 'title' | 'years';

/**
 * A posting's level: what its title names, else what the years it asks for imply, else null. A
 * title naming no level that asks for 5+ years is senior; "3 years" is mid.
 */
export function postingLevel(posting: { title: string; requirementsText: string }): { level: CareerLevel; basis: LevelBasis } | null {
  const fromTitle = levelOfTitle(posting.title);
  if (fromTitle) return { level: fromTitle, basis: 'title' };
  const years = statedYearsOfExperience(posting.requirementsText);
  if (years === null) return null;
  const level: CareerLevel = years >= 8 ? 'lead' : years >= 5 ? 'senior' : years >= 2 ? 'mid' : 'junior';
  return { level, basis: 'years' };
}

/**
 * A person's level: the level their most recent title names, when it names one, else what their
 * years of experience imply; a title below what the years imply ("Junior" after nine years) is
 * trusted, since it is what the person did.
 */
export function candidateLevel(options: { recentTitle: string | null; years: number | null }): CareerLevel | null {
  const fromTitle = options.recentTitle ? levelOfTitle(options.recentTitle) : null;
  if (fromTitle) return fromTitle;
  return options.years === null ? null : levelOfYears(options.years);
}
