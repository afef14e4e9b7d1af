/** About Gemini's limit of 2,048 tokens per text; the offline model reads only the first hundred or so words. */
const maximumCharacters = 8_000;

/** What a posting's vector is made from: title, company and locations first, where every model reads them, then the description. */
export function jobEmbeddingText(job: { title: string; company: string; locations: string[]; description: string }): string {
  const heading = [`${job.title} at ${job.company}`, job.locations.join(', ')].filter(Boolean).join('\n');
  return `${heading}\n\n${job.description}`.slice(0, maximumCharacters);
}
