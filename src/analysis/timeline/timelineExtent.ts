// The period a timeline shows: every dated claim's known ends (and the dataset's "as of" date),
// widened to whole months with one month to spare on each side.
import { dayAfter, dayNumber, firstDayOf, monthOfDay } from "./dayNumber";
import type { ClaimSpan } from "./claimSpan";

export interface TimelineExtent {
  /** First day shown (the first of a month). */
  start: number;
  /** Day after the last day shown (the first of a month). */
  end: number;
}

const addMonths = (month: string, count: number): string => {
  const [year = "0", monthNumber = "1"] = month.split("-");
  const index = Number(year) * 12 + Number(monthNumber) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
};

/** Undefined when nothing is dated: there is no time to draw. */
export function timelineExtent(spans: Iterable<ClaimSpan>, asOf?: string): TimelineExtent | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const span of spans) {
    for (const day of [span.start, span.end === undefined ? undefined : span.end - 1]) {
      if (day === undefined) continue;
      if (day < low) low = day;
      if (day > high) high = day;
    }
  }
  if (asOf !== undefined && low !== Infinity) {
    low = Math.min(low, firstDayOf(asOf));
    high = Math.max(high, dayAfter(asOf) - 1);
  }
  if (low === Infinity) return undefined;
  return { start: firstDayOf(addMonths(monthOfDay(low), -1)), end: dayNumber(`${addMonths(monthOfDay(high), 2)}-01`) };
}
