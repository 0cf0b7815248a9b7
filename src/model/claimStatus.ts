import { claimStatuses } from "./schema";
import type { Claim, ClaimStatus, RelationStatus } from "./types";

/** Statuses from most to least certain; the order of the schema enum is the order of trust. */
export const STATUS_ORDER: readonly ClaimStatus[] = claimStatuses;

const rank = (status: ClaimStatus): number => STATUS_ORDER.indexOf(status);

/** The most certain status among claims. Callers with a relation use `relationStatus`, which knows no claim. */
export function strongestStatus(claims: readonly Pick<Claim, "status">[]): ClaimStatus {
  let best: ClaimStatus = "denied";
  for (const claim of claims) if (rank(claim.status) < rank(best)) best = claim.status;
  return best;
}

/** The least certain of several statuses (the weakest link of a path). */
export function weakestStatus(statuses: readonly ClaimStatus[]): ClaimStatus | undefined {
  let worst: ClaimStatus | undefined;
  for (const status of statuses) if (worst === undefined || rank(status) > rank(worst)) worst = status;
  return worst;
}

/** Statuses a reader may take as fact: the source's own finding or verified. */
export const FACT_STATUSES: readonly ClaimStatus[] = ["confirmed", "reported"];

export const isFactStatus = (status: ClaimStatus): boolean => FACT_STATUSES.includes(status);

/** What a relation is drawn and counted as: its strongest claim's status, or "unsourced" without any. */
export function relationStatus(relation: { claims: readonly Pick<Claim, "status">[] }): RelationStatus {
  return relation.claims.length === 0 ? "unsourced" : strongestStatus(relation.claims);
}

export const isUnsourced = (relation: { claims: readonly unknown[] }): boolean => relation.claims.length === 0;

/** Every status a relation can be drawn as, from most to least certain, unsourced last. */
export const RELATION_STATUS_ORDER: readonly RelationStatus[] = [...claimStatuses, "unsourced"];
