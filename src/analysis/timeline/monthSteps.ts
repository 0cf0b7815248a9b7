// The months a timeline covers, as "YYYY-MM": the steps of the "as of" slider.
import { dayAfter, monthOfDay } from "./dayNumber";
import type { TimelineExtent } from "./timelineExtent";

/** Every month from the extent's first to its last, at most `limit` of them (the last ones dropped). */
export function monthSteps(extent: TimelineExtent, limit = 1200): string[] {
  const months: string[] = [];
  let day = extent.start;
  while (day < extent.end && months.length < limit) {
    const month = monthOfDay(day);
    months.push(month);
    day = dayAfter(month);
  }
  return months;
}
