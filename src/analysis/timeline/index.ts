// Public surface of the timeline analysis: claims' uncertain dates as drawn spans, "as of" a date.
export { dayNumber, firstDayOf, dayAfter, monthOfDay, precisionOf } from "./dayNumber";
export { claimSpan, type ClaimSpan } from "./claimSpan";
export { timelineExtent, type TimelineExtent } from "./timelineExtent";
export { drawnSpan, type DrawnSpan } from "./drawnSpan";
export {
  timelineRows,
  timelineRowsInSteps,
  type Timeline,
  type TimelineRow,
  type TimelineClaim,
  type UndatedClaim,
} from "./timelineRows";
export { monthSteps } from "./monthSteps";
export { brushPeriod, type BrushedPeriod } from "./brushPeriod";
export { asOfSelection, claimHoldsAt, type AsOfSelection } from "./asOfSelection";
export { axisTicks, extentYears, type AxisTick } from "./axisTicks";
export { groupRows, type TimelineItem } from "./groupRows";
