// Where a claim's span is drawn inside the timeline's extent: open ends run to the edge and fade
// out (we do not know where they stop), approximate ends carry a fuzzy margin.
import type { ClaimSpan } from "./claimSpan";
import type { TimelineExtent } from "./timelineExtent";

export interface DrawnSpan {
  /** Fractions of the extent's width, 0 at its start and 1 at its end. */
  left: number;
  right: number;
  /** Widths of the fuzzy margins, as fractions of the extent (drawn inside left…right). */
  fuzzLeft: number;
  fuzzRight: number;
  /** The span has no known start or end here: drawn fading out towards the edge. */
  fadeLeft: boolean;
  fadeRight: boolean;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

export function drawnSpan(span: ClaimSpan, extent: TimelineExtent): DrawnSpan {
  const width = Math.max(1, extent.end - extent.start);
  const at = (day: number) => clamp((day - extent.start) / width);
  const left = span.start === undefined ? 0 : at(span.start - span.fuzzBefore);
  const right = span.end === undefined ? 1 : at(span.end + span.fuzzAfter);
  return {
    left,
    right: Math.max(right, left),
    fuzzLeft: span.start === undefined ? 0 : at(span.start) - left,
    fuzzRight: span.end === undefined ? 0 : right - at(span.end),
    fadeLeft: span.start === undefined,
    fadeRight: span.end === undefined,
  };
}
