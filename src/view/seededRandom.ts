import { seededRandom } from "../model";

/** A stable seed from a string (FNV-1a), e.g. the dataset id. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Runs `work` with Math.random replaced by a seeded generator. fcose draws its initial and
 * spectral positions from Math.random and has no seed option; this makes it deterministic.
 * Only for synchronous work.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
