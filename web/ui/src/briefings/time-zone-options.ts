/** One zone the picker offers: its IANA name, and the name with its offset from UTC now, as the list shows it. */
export interface TimeZoneOption {
  zone: string;
  label: string;
}

/**
 * The zone's offset from UTC at `at`, as "UTC+01:00". Read at `at` because most zones change it for
 * summer: Berlin is UTC+01:00 in January and UTC+02:00 in July.
 */
export function utcOffset(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // The format says "GMT" alone for a zero offset; the list reads the same for every zone.
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/**
 * Zones browsers list under their old names, with the names the IANA database gives them now: a person
 * in Kyiv or Buenos Aires searches for the name they know. Both names are the same zone to the server.
 */
const currentNames: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The zone's current IANA name where this runtime knows it, else the name as given. */
function currentName(zone: string) {
  const current = currentNames[zone];
  if (!current) return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: current });
    return current;
  } catch {
    return zone;
  }
}

/**
 * Every IANA zone this browser knows, each labelled with its offset now, sorted by name. UTC and the
 * zone already chosen are always in it: some browsers leave UTC out of their list, and a zone chosen
 * under an older name (Asia/Calcutta) is still the user's choice.
 */
export function timeZoneOptions(options: { at: Date; chosen?: string; known?: string[] }): TimeZoneOption[] {
  const zones = new Set((options.known ?? Intl.supportedValuesOf('timeZone')).map(currentName));
  zones.add('UTC');
  if (options.chosen) zones.add(options.chosen);
  return [...zones].sort().map((zone) => ({ zone, label: `${zone} (${utcOffset(zone, options.at)})` }));
}
