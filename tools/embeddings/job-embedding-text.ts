/** Gemini reads at most 2,048 tokens per text and the offline model slows with length; a posting's opening carries its gist. */
const maximumCharacters = 6_000;

/** What a posting's vector is made from: title, company, locations, then the description. */
export function jobEmbeddingText(job: { title: string; company: string; locations: string[]; description: string }): string {
  const heading = [`${job.title} at ${job.company}`, job.locations.join(', ')].filter(Boolean).join('\n');
  return `${heading}\n\n${job.description}`.slice(0, maximumCharacters);
}
