// A period brushed on the timeline as the time filter's From/To: each end snaps to the nearest
// month boundary (a hand is not precise to the day), and a brush over January to December of one
// year becomes that year.
import { dayAfter, firstDayOf, monthOfDay } from "./dayNumber";

export interface BrushedPeriod {
  from: string;
  to: string;
}

/** The first of the month nearest to `day` (a day number). */
function nearestMonthBoundary(day: number): number {
  const start = firstDayOf(monthOfDay(day));
  const next = dayAfter(monthOfDay(day));
  return day - start <= next - day ? start : next;
}

/** `dayA` and `dayB` are the two ends of the brush, in either order (day numbers). */
export function brushPeriod(dayA: number, dayB: number): BrushedPeriod {
  const low = nearestMonthBoundary(Math.min(dayA, dayB));
  const high = Math.max(nearestMonthBoundary(Math.max(dayA, dayB)), dayAfter(monthOfDay(low)));
  const from = monthOfDay(low);
  const to = monthOfDay(high - 1);
  const year = from.slice(0, 4);
  if (from === `${year}-01` && to === `${year}-12`) return { from: year, to: year };
  return { from, to };
}
