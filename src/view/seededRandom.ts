import { seededRandom } from "../model";

/** A stable seed from a string (kept in the model: the first layout is computed there too). */
export { seedFrom } from "../model";

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
