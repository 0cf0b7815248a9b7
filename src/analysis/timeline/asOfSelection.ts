// "As of" a date: the relations and claims that hold then, by the claims' own dates. A claim holds
// when its span overlaps the date's whole period (a month, a year); approximate dates are taken at
// their stated value, as the time filter takes them. Undated claims hold only when asked for.
import type { Claim, Relation } from "../../model";
import { claimSpan } from "./claimSpan";
import { dayAfter, firstDayOf } from "./dayNumber";

export interface AsOfSelection {
  relations: Set<string>;
  /** The claims of each selected relation that hold at the date. */
  claims: Map<string, Claim[]>;
}

export function claimHoldsAt(claim: Claim, date: string, includeUndated: boolean): boolean {
  const span = claimSpan(claim.time);
  if (span === undefined) return includeUndated;
  const periodStart = firstDayOf(date);
  const periodEnd = dayAfter(date);
  return (span.start === undefined || span.start < periodEnd) && (span.end === undefined || span.end > periodStart);
}

export function asOfSelection(
  relations: Iterable<Relation>,
  date: string,
  options: { includeUndated: boolean },
): AsOfSelection {
  const selection: AsOfSelection = { relations: new Set(), claims: new Map() };
  for (const relation of relations) {
    const holding = relation.claims.filter((claim) => claimHoldsAt(claim, date, options.includeUndated));
    if (holding.length === 0) continue;
    selection.relations.add(relation.id);
    selection.claims.set(relation.id, holding);
  }
  return selection;
}
