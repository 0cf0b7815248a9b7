// Keeps the best match per actor and orders actors: rank first, then name/alias before
// summary/tags, then relevance. Built for tens of thousands of offers per keystroke and a few
// results: per-actor state lives in typed arrays, and only the top `limit` are ever sorted.
import { isNameLike } from "./searchFields";
import type { SearchRank } from "./types";

export interface Candidate {
  readonly entryId: number;
  readonly actorIndex: number;
  readonly rank: SearchRank;
  /** Rank and field class in one number, 5 (exact name/alias) … 0 (fuzzy summary/tag). */
  readonly tier: number;
  /** In [0, 1): how well the entry matched within its tier. */
  readonly relevance: number;
}

/** The best match of each actor so far (by actor index), and how many actors are at each tier. */
export interface CandidatesByActor {
  readonly tier: Int8Array; // -1: no match yet
  readonly relevance: Float64Array;
  readonly entryId: Int32Array;
  readonly field: Uint8Array;
  /** Actors with a match, in the order first found. */
  readonly matchedActors: number[];
  readonly actorsPerTier: number[];
}

const RANK_VALUE: Readonly<Record<SearchRank, number>> = { exact: 2, prefix: 1, fuzzy: 0 };
const RANK_OF_VALUE: readonly SearchRank[] = ["fuzzy", "prefix", "exact"];
const TIER_COUNT = 6;

export function tierOf(rank: SearchRank, field: number): number {
  return RANK_VALUE[rank] * 2 + (isNameLike(field) ? 1 : 0);
}

export function emptyCandidates(actorCount: number): CandidatesByActor {
  return {
    tier: new Int8Array(actorCount).fill(-1),
    relevance: new Float64Array(actorCount),
    entryId: new Int32Array(actorCount),
    field: new Uint8Array(actorCount),
    matchedActors: [],
    actorsPerTier: new Array<number>(TIER_COUNT).fill(0),
  };
}

/**
 * Records that entry `entryId` (of actor `actor`, field code `field`) matched at `tier`, keeping
 * it only if it beats the actor's current best: higher tier, else preferred field, else relevance.
 */
export function offerCandidate(
  candidates: CandidatesByActor,
  entryId: number,
  actor: number,
  field: number,
  tier: number,
  relevance: number,
): void {
  const currentTier = candidates.tier[actor];
  if (currentTier === undefined) return; // actor outside the index: cannot happen
  if (currentTier === -1) {
    candidates.matchedActors.push(actor);
  } else {
    const currentField = candidates.field[actor] ?? 0;
    const better =
      tier !== currentTier
        ? tier > currentTier
        : field !== currentField
          ? field < currentField
          : relevance > (candidates.relevance[actor] ?? 0);
    if (!better) return;
    candidates.actorsPerTier[currentTier] = (candidates.actorsPerTier[currentTier] ?? 0) - 1;
  }
  candidates.actorsPerTier[tier] = (candidates.actorsPerTier[tier] ?? 0) + 1;
  candidates.tier[actor] = tier;
  candidates.relevance[actor] = relevance;
  candidates.entryId[actor] = entryId;
  candidates.field[actor] = field;
}

/** How many actors already have a match of at least `tier`. */
export function countFromTier(candidates: CandidatesByActor, tier: number): number {
  return candidates.actorsPerTier.slice(Math.max(0, tier)).reduce((sum, count) => sum + count, 0);
}

/** The `limit` best actors, best first; ties go to the actor listed first in the dataset. */
export function rankCandidates(candidates: CandidatesByActor, limit: number): Candidate[] {
  const { tier, relevance, matchedActors } = candidates;
  // Negative when actor a ranks before actor b.
  const compare = (a: number, b: number): number =>
    (tier[b] ?? 0) - (tier[a] ?? 0) || (relevance[b] ?? 0) - (relevance[a] ?? 0) || a - b;
  let top: number[];
  if (limit >= matchedActors.length) {
    top = [...matchedActors].sort(compare);
  } else {
    top = []; // kept sorted, at most `limit` long
    for (const actor of matchedActors) {
      const last = top[top.length - 1];
      if (top.length >= limit && (last === undefined || compare(actor, last) >= 0)) continue;
      let low = 0;
      let high = top.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compare(top[middle] ?? 0, actor) <= 0) low = middle + 1;
        else high = middle;
      }
      top.splice(low, 0, actor);
      if (top.length > limit) top.pop();
    }
  }
  return top.map((actorIndex) => {
    const actorTier = tier[actorIndex] ?? 0;
    return {
      actorIndex,
      entryId: candidates.entryId[actorIndex] ?? 0,
      rank: RANK_OF_VALUE[actorTier >> 1] ?? "fuzzy",
      tier: actorTier,
      relevance: relevance[actorIndex] ?? 0,
    };
  });
}
