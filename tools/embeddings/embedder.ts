/**
 * Turns text into vectors. Gemini embeddings when a key is configured, an offline model otherwise;
 * the `model` id is stored with every vector, and vectors of different models are never compared.
 */
export interface Embedder {
  /** Identifies the model and its settings, e.g. `gemini-embedding-001@768`. */
  readonly model: string;
  /** The most words the model reads fully in one text; longer texts are embedded in chunks of this size. */
  readonly maxWords: number;
  /** Queries and documents are embedded differently by models that support task types. */
  embed(texts: string[], purpose: 'query' | 'document'): Promise<number[][]>;
}

/** Width of every stored vector column. Narrower models are zero-padded, which leaves cosine distance unchanged. */
export const storedVectorDimensions = 768;

export function toStoredVector(values: number[]): number[] {
  if (values.length > storedVectorDimensions) {
    throw new Error(`Embedding has ${values.length} dimensions; at most ${storedVectorDimensions} can be stored`);
  }
  return values.length === storedVectorDimensions
    ? values
    : [...values, ...new Array<number>(storedVectorDimensions - values.length).fill(0)];
}
