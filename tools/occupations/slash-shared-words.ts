/**
 * Two jobs written with a slash share what follows the second: "Projektleiter / Oberbauleiter
 * Hochbau" is a Projektleiter Hochbau or an Oberbauleiter Hochbau, "Buyer / Category Manager Food"
 * a buyer of food or its category manager. Returns the first job with the shared words added
 * ("Projektleiter Hochbau"), or null when the title holds no such pair.
 */
export function firstJobWithSharedWords(title: string): string | null {
  const parts = title.split(/\s+\/\s+/);
  if (parts.length !== 2) return null;
  const first = parts[0]!.trim().split(/\s+/);
  const second = parts[1]!.trim().split(/\s+/);
  // The first job is a word or two ("Projektleiter", "Site Manager"); what the second adds after its
  // own first word is shared only when there is something to share.
  if (first.length > 2 || second.length < 2) return null;
  return [...first, ...second.slice(1)].join(' ');
}
