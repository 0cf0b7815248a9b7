// Tick marks for the timeline's axis: years (major), and every month too (January included)
// when the extent is short enough for them to be read.
import { dayAfter, firstDayOf, monthOfDay } from "./dayNumber";
import type { TimelineExtent } from "./timelineExtent";

export interface AxisTick {
  /** Day number of the tick (the first of a month or a year). */
  day: number;
  /** "2025" for a year, "2025-03" for a month. */
  date: string;
  major: boolean;
}

/** Months are ticked when the extent holds at most `monthLimit` of them. */
export function axisTicks(extent: TimelineExtent, monthLimit = 36): AxisTick[] {
  const ticks: AxisTick[] = [];
  const months = (extent.end - extent.start) / 30.4;
  let day = extent.start;
  while (day < extent.end) {
    const month = monthOfDay(day);
    const january = month.endsWith("-01");
    if (january) ticks.push({ day, date: month.slice(0, 4), major: true });
    if (months <= monthLimit) ticks.push({ day, date: month, major: false });
    day = january && months > monthLimit ? firstDayOf(String(Number(month.slice(0, 4)) + 1)) : dayAfter(month);
  }
  return ticks;
}

/** The years an extent touches, for "show this year" buttons. */
export function extentYears(extent: TimelineExtent): string[] {
  const first = Number(monthOfDay(extent.start).slice(0, 4));
  const last = Number(monthOfDay(extent.end - 1).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => String(first + index).padStart(4, "0"));
}
