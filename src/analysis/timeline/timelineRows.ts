// The timeline's rows: one per relation with a dated claim, earliest first; undated claims are
// listed apart, because a bar drawn for them would invent a time.
import { drain, type Claim, type Relation } from "../../model";
import { claimSpan, type ClaimSpan } from "./claimSpan";
import { timelineExtent, type TimelineExtent } from "./timelineExtent";

export interface TimelineClaim {
  claim: Claim;
  span: ClaimSpan;
}

export interface TimelineRow {
  relation: Relation;
  /** Dated claims, earliest first. */
  claims: TimelineClaim[];
}

export interface UndatedClaim {
  relation: Relation;
  claim: Claim;
}

export interface Timeline {
  rows: TimelineRow[];
  undated: UndatedClaim[];
  /** Relations without any claim: no evidence, so no date either (counted, not drawn). */
  unsourced: number;
  /** Undefined when no claim is dated. */
  extent: TimelineExtent | undefined;
}

/** Open starts sort first: "until 2024" began before anything we know the start of. */
const startKey = (span: ClaimSpan): number => span.start ?? Number.MIN_SAFE_INTEGER;

export function timelineRows(relations: Iterable<Relation>, asOf?: string): Timeline {
  return drain(timelineRowsInSteps(relations, asOf));
}

/** Relations handled between two pauses of `timelineRowsInSteps`. */
const RELATIONS_PER_STEP = 4000;

/**
 * The same rows, pausing (yield) every few thousand relations and before sorting, so that a
 * caller can spread 60k claims over short tasks (ui/app/runInSlices.ts).
 */
export function* timelineRowsInSteps(relations: Iterable<Relation>, asOf?: string): Generator<void, Timeline> {
  const rows: TimelineRow[] = [];
  const undated: UndatedClaim[] = [];
  const spans: ClaimSpan[] = [];
  let unsourced = 0;
  let handled = 0;
  for (const relation of relations) {
    if (++handled % RELATIONS_PER_STEP === 0) yield;
    if (relation.claims.length === 0) unsourced++;
    const claims: TimelineClaim[] = [];
    for (const claim of relation.claims) {
      const span = claimSpan(claim.time);
      if (span === undefined) undated.push({ relation, claim });
      else {
        claims.push({ claim, span });
        spans.push(span);
      }
    }
    if (claims.length === 0) continue;
    claims.sort((a, b) => startKey(a.span) - startKey(b.span));
    rows.push({ relation, claims });
  }
  yield;
  // Each row's first start once, not in every comparison.
  const firstStarts = new Map(rows.map((row) => [row, startKey((row.claims[0] as TimelineClaim).span)]));
  const first = (row: TimelineRow) => firstStarts.get(row) ?? 0;
  rows.sort(
    (a, b) => first(a) - first(b) || (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0),
  );
  yield;
  return { rows, undated, unsourced, extent: timelineExtent(spans, asOf) };
}
