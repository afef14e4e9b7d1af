import type { CvPassage, Evidence } from './cv-evidence.ts';
import { quotePassage } from './cv-evidence.ts';

export interface LocationFit {
  /** 0–1; null when the posting names no place and is not remote. */
  fit: number | null;
  note: string;
  /** The CV passage naming the posting's place, when there is one. */
  evidence: Evidence | null;
}

// Words in a location that name a way of working, not a place.
const notPlaces = /^(remote|hybrid|on-?site|in[\s-]office|office|hq|headquarters|anywhere|worldwide|global|flexible)$/i;
// A candidate already in the posting's country can often move or commute; one in the city fits outright.
const sameRegionFit = 0.6;
const elsewhereFit = { hybrid: 0.3, onsite: 0.2 };

function escapePattern(words: string) {
  return words.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** "Berlin, Germany" → city "Berlin" and wider areas ["Germany"]. */
function placesOf(location: string) {
  const parts = location
    .split(/[,/|;()]|\s[-–]\s/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && !notPlaces.test(part));
  return { city: parts[0] ?? null, regions: parts.slice(1) };
}

function passageNaming(place: string, passages: CvPassage[]) {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapePattern(place)}(?![\p{L}\p{N}])`, place.length <= 3 ? 'u' : 'iu');
  return passages.find((passage) => pattern.test(passage.text)) ?? null;
}

/** Where the user said, in their profile, they want to work. */
export interface LocationPreference {
  locations: string[];
  remoteOnly: boolean;
}

function preferredLocation(locations: string[], preferred: string[]) {
  for (const wanted of preferred) {
    const place = wanted.trim().toLowerCase();
    const match = locations.find((location) => location.toLowerCase().includes(place));
    if (place && match) return { wanted, match };
  }
  return null;
}

/**
 * Whether the candidate can work where the posting is: judged against the places in the user's
 * profile when they stated some, otherwise only from places the CV names.
 */
export function locationFit(options: {
  workplaceType: string | null;
  locations: string[];
  passages: CvPassage[];
  preference: LocationPreference | null;
}): LocationFit {
  const { workplaceType, locations, passages, preference } = options;
  const where = locations.join('; ');
  if (workplaceType === 'remote') {
    return { fit: 1, note: where ? `Remote role (${where})` : 'Remote role', evidence: null };
  }
  if (locations.length === 0) return { fit: null, note: 'The posting names no location', evidence: null };
  const mode = workplaceType === 'hybrid' ? 'hybrid' : 'onsite';
  const wording = mode === 'hybrid' ? 'Hybrid' : 'On-site';

  if (preference?.remoteOnly) {
    return { fit: elsewhereFit[mode], note: `${wording} in ${where}; your profile asks for remote work`, evidence: null };
  }
  if (preference && preference.locations.length > 0) {
    const hit = preferredLocation(locations, preference.locations);
    if (hit) return { fit: 1, note: `${wording} in ${hit.match}, one of your preferred locations`, evidence: null };
    return { fit: elsewhereFit[mode], note: `${wording} in ${where}, not among your preferred locations`, evidence: null };
  }

  const places = locations.map(placesOf);
  for (const { city } of places) {
    const passage = city ? passageNaming(city, passages) : null;
    if (passage) return { fit: 1, note: `The CV mentions ${city}`, evidence: quotePassage(passage) };
  }
  for (const { city, regions } of places) {
    for (const region of regions) {
      const passage = passageNaming(region, passages);
      if (passage) {
        return { fit: sameRegionFit, note: `The CV mentions ${region}, though not ${city ?? where}`, evidence: quotePassage(passage) };
      }
    }
  }
  return { fit: elsewhereFit[mode], note: `${wording} in ${where}; the CV does not mention it`, evidence: null };
}
