// Reproducible randomness (Louvain shuffles, layout starting points), so that the same data always
// gives the same picture.

/** A stable seed from a string (FNV-1a), e.g. the dataset id. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for shuffling; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` seeded points in a square whose side grows with √count (`spacing` per point on average,
 * so density stays even): the starting positions of every layout, the same for the same seed.
 */
export function seededSquare(count: number, seed: number, spacing: number): Array<{ x: number; y: number }> {
  const random = seededRandom(seed);
  const spread = Math.sqrt(count) * spacing;
  return Array.from({ length: count }, () => ({ x: random() * spread, y: random() * spread }));
}

/** The seeded start position of each actor (see seededSquare): every layout starts here. */
export function seededPositions(
  ids: readonly string[],
  seed: number,
  spacing: number,
): Map<string, { x: number; y: number }> {
  const square = seededSquare(ids.length, seed, spacing);
  return new Map(ids.map((id, index) => [id, square[index] ?? { x: 0, y: 0 }]));
}
