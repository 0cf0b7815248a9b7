// How a claim's bar looks: its place, a mask for fuzzy (approximate) and fading (open) ends, and
// the status drawn as the graph draws it — the line pattern and opacity of STATUS_PRESENTATION.
import type { CSSProperties } from "react";
import type { DrawnSpan } from "../../analysis";
import type { ClaimStatus } from "../../model";
import { STATUS_PRESENTATION } from "../../state";

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** The share of an open end's bar that fades out: we do not know where it stops. */
const FADE = 35;

function maskOf(span: DrawnSpan): string | undefined {
  const width = span.right - span.left;
  if (width <= 0) return undefined;
  const inner = (fraction: number) => Math.min(50, (fraction / width) * 100);
  const leftStop = span.fadeLeft ? FADE : inner(span.fuzzLeft);
  const rightStop = span.fadeRight ? FADE : inner(span.fuzzRight);
  if (leftStop === 0 && rightStop === 0) return undefined;
  return `linear-gradient(to right, ${leftStop > 0 ? "transparent" : "#000"} 0%, #000 ${leftStop.toFixed(1)}%, #000 ${(100 - rightStop).toFixed(1)}%, ${rightStop > 0 ? "transparent" : "#000"} 100%)`;
}

export function barStyle(span: DrawnSpan, status: ClaimStatus, colour: string): CSSProperties {
  const mask = maskOf(span);
  return {
    left: percent(span.left),
    width: `max(4px, ${percent(span.right - span.left)})`,
    opacity: STATUS_PRESENTATION[status].line.opacity,
    ["--bar-colour" as string]: colour,
    ["--bar-line" as string]: STATUS_PRESENTATION[status].line.style,
    ...(mask ? { maskImage: mask, WebkitMaskImage: mask } : {}),
  };
}
