import type { Embedder } from '../tools/embeddings/embedder.ts';
import { cosineSimilarity } from '../tools/embeddings/cosine-similarity.ts';
import { postingChunks } from '../tools/embeddings/chunk-text.ts';
import type { Random } from './random.ts';
import type { SyntheticPosting } from './synthetic-postings.ts';

export interface CatalogueVectors {
  vectors: number[][];
  realCount: number;
  embedSeconds: number;
  textsPerSecond: number;
  method: string;
  /** Mean cosine between two real vectors of one cluster, and between two derived ones: derived should not be easier. */
  sameClusterCosine: { real: number; derived: number | null };
}

// Relative size of the Gaussian noise added to each derived vector; keeps derived postings from
// collapsing onto their parents, which would make nearest-neighbour search artificially easy.
const noiseScale = 0.25;

/** The bench gives each posting one vector, that of its opening chunk: search cost, not ranking quality, is measured. */
const firstChunk = (posting: SyntheticPosting['posting'], embedder: Embedder) => postingChunks(posting, embedder.maxWords)[0]!;

function normalised(vector: number[]) {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return vector.map((value) => value / norm);
}

function meanSameClusterCosine(vectors: (number[] | undefined)[], clusterOf: (index: number) => string, random: Random, indices: number[]) {
  const byCluster = new Map<string, number[]>();
  for (const index of indices) byCluster.set(clusterOf(index), [...(byCluster.get(clusterOf(index)) ?? []), index]);
  const pairs = [...byCluster.values()].filter((members) => members.length >= 2);
  if (pairs.length === 0) return null;
  let sum = 0;
  const samples = 500;
  for (let sample = 0; sample < samples; sample++) {
    const [first, second] = random.sample(random.pick(pairs), 2);
    sum += cosineSimilarity(vectors[first!]!, vectors[second!]!);
  }
  return sum / samples;
}

/**
 * Vectors for the catalogue. A real model embeds `realCount` postings (every posting when that is
 * at least the catalogue); each other posting gets a random convex mix of two real vectors from
 * its own cluster (same profession and title) plus Gaussian noise, re-normalised. So the vector
 * side works on real embedding geometry without embedding 100k texts on a laptop.
 */
export async function catalogueVectors(options: {
  postings: SyntheticPosting[];
  embedder: Embedder;
  realCount: number;
  random: Random;
  onProgress?: (done: number, total: number) => void;
}): Promise<CatalogueVectors> {
  const { postings, embedder, random } = options;
  const realCount = Math.min(options.realCount, postings.length);
  const vectors: (number[] | undefined)[] = new Array(postings.length);
  const started = performance.now();
  const batch = 256;
  for (let start = 0; start < realCount; start += batch) {
    const end = Math.min(realCount, start + batch);
    const embedded = await embedder.embed(postings.slice(start, end).map(({ posting }) => firstChunk(posting, embedder)), 'document');
    embedded.forEach((vector, offset) => (vectors[start + offset] = vector));
    options.onProgress?.(end, realCount);
  }
  const embedSeconds = (performance.now() - started) / 1000;

  const realByCluster = new Map<string, number[]>();
  for (let index = 0; index < realCount; index++) {
    const cluster = postings[index]!.cluster;
    realByCluster.set(cluster, [...(realByCluster.get(cluster) ?? []), index]);
  }
  // A cluster the sample missed gets one posting embedded for real, so every derived vector has a parent.
  for (let index = realCount; index < postings.length; index++) {
    if (realByCluster.has(postings[index]!.cluster)) continue;
    const [vector] = await embedder.embed([firstChunk(postings[index]!.posting, embedder)], 'document');
    vectors[index] = vector;
    realByCluster.set(postings[index]!.cluster, [index]);
  }
  const dimensions = vectors[0]!.length;
  const sigma = noiseScale / Math.sqrt(dimensions);
  const derivedIndices: number[] = [];
  for (let index = realCount; index < postings.length; index++) {
    if (vectors[index]) continue;
    const parents = realByCluster.get(postings[index]!.cluster)!;
    const first = vectors[random.pick(parents)]!;
    const second = vectors[random.pick(parents)]!;
    const weight = random.next();
    vectors[index] = normalised(first.map((value, axis) => weight * value + (1 - weight) * second[axis]! + sigma * random.gaussian()));
    derivedIndices.push(index);
  }

  const realIndices = Array.from({ length: realCount }, (_, index) => index);
  const clusterOf = (index: number) => postings[index]!.cluster;
  return {
    vectors: vectors as number[][],
    realCount: postings.length - derivedIndices.length,
    embedSeconds,
    textsPerSecond: realCount / embedSeconds,
    method:
      derivedIndices.length === 0
        ? `every posting embedded with ${embedder.model}`
        : `${postings.length - derivedIndices.length} postings embedded with ${embedder.model}; the other ${derivedIndices.length} derived: a random convex mix of two real vectors of the same profession and title, plus Gaussian noise (${noiseScale} relative), re-normalised`,
    sameClusterCosine: {
      real: meanSameClusterCosine(vectors, clusterOf, random, realIndices) ?? Number.NaN,
      derived: meanSameClusterCosine(vectors, clusterOf, random, derivedIndices),
    },
  };
}
