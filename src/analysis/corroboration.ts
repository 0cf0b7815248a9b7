// How many independent sources stand behind a claim: relays of one report are one voice.
import type { Claim, Source } from "../model";

export interface Corroboration {
  /** Number of distinct original sources behind the claim. */
  independent: number;
  /** Those original sources, in the order the claim first cites them (via a relay or not). */
  sourceIds: string[];
}

/**
 * Each cited source is replaced by the source it relays, following chains (a relay of a relay
 * counts as the original). A source id absent from `sources` counts as its own origin. Validation
 * forbids self-relays but not longer cycles; a cycle counts as one origin, named by its smallest
 * id so that every member of the cycle resolves to the same one.
 */
export function corroboration(claim: Pick<Claim, "sources">, sources: readonly Source[]): Corroboration {
  const relayOf = new Map<string, string | undefined>(sources.map((source) => [source.id, source.relays]));
  const sourceIds: string[] = [];
  const seen = new Set<string>();
  for (const ref of claim.sources) {
    const origin = originOf(ref.source, relayOf);
    if (seen.has(origin)) continue;
    seen.add(origin);
    sourceIds.push(origin);
  }
  return { independent: sourceIds.length, sourceIds };
}

function originOf(start: string, relayOf: ReadonlyMap<string, string | undefined>): string {
  const chain: string[] = [];
  let current = start;
  for (;;) {
    const loopStart = chain.indexOf(current);
    if (loopStart >= 0) return chain.slice(loopStart).reduce((a, b) => (b < a ? b : a));
    chain.push(current);
    const next = relayOf.get(current);
    if (next === undefined) return current;
    current = next;
  }
}
