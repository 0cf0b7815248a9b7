// A claim's time as the days it covers. A partial date covers its whole period ("2025-03" is all
// of March), an approximate one gets a fuzzy margin as wide as its precision, an open end stays open.
import type { TimeSpan } from "../../model";
import { dayAfter, firstDayOf, precisionOf } from "./dayNumber";

export interface ClaimSpan {
  /** First day covered; undefined when the span has no start ("until 2024-12"). */
  start: number | undefined;
  /** Day after the last day covered; undefined when open-ended ("since 2024-12"). */
  end: number | undefined;
  /** Days of uncertainty before `start` and after `end` (0 unless the date is approximate). */
  fuzzBefore: number;
  fuzzAfter: number;
}

const FUZZ_DAYS = { year: 182, month: 30, day: 7 } as const;

/** The span of a claim's time, or undefined for an undated claim (no time, or neither end). */
export function claimSpan(time: TimeSpan | undefined): ClaimSpan | undefined {
  if (!time || (time.from === undefined && time.to === undefined)) return undefined;
  const fuzz = (date: string | undefined) =>
    time.approximate && date !== undefined ? FUZZ_DAYS[precisionOf(date)] : 0;
  return {
    start: time.from === undefined ? undefined : firstDayOf(time.from),
    end: time.to === undefined ? undefined : dayAfter(time.to),
    fuzzBefore: fuzz(time.from),
    fuzzAfter: fuzz(time.to),
  };
}
