// Moving between claims on the timeline by keyboard: ←/→ along a row, ↑/↓ to the nearest claim of
// the next row, Home/End to a row's ends, PageUp/PageDown ten rows. Pure: the view focuses the result.
import type { TimelineItem } from "../../analysis";

export interface ActiveClaim {
  item: number;
  claim: number;
}

const claimsAt = (items: readonly TimelineItem[], index: number) => {
  const item = items[index];
  return item?.kind === "row" ? item.row.claims : undefined;
};

function nextRow(items: readonly TimelineItem[], from: number, step: number): number | undefined {
  let found: number | undefined;
  for (let index = from + Math.sign(step), moved = 0; index >= 0 && index < items.length; index += Math.sign(step)) {
    if (items[index]?.kind !== "row") continue;
    found = index;
    if (++moved >= Math.abs(step)) break;
  }
  return found;
}

/** The first claim of the first row, where keyboard focus starts. */
export function firstClaim(items: readonly TimelineItem[]): ActiveClaim | undefined {
  const index = items.findIndex((item) => item.kind === "row");
  return index < 0 ? undefined : { item: index, claim: 0 };
}

/** Where `key` moves from `active`, or undefined when the key is not a move (or goes nowhere). */
export function moveActive(
  items: readonly TimelineItem[],
  active: ActiveClaim,
  key: string,
  ctrl = false,
): ActiveClaim | undefined {
  const claims = claimsAt(items, active.item);
  if (!claims) return firstClaim(items);
  if (key === "ArrowRight")
    return active.claim + 1 < claims.length ? { ...active, claim: active.claim + 1 } : undefined;
  if (key === "ArrowLeft") return active.claim > 0 ? { ...active, claim: active.claim - 1 } : undefined;
  if (key === "Home" && !ctrl) return { ...active, claim: 0 };
  if (key === "End" && !ctrl) return { ...active, claim: claims.length - 1 };
  const rowStep = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -items.length, End: items.length }[key];
  if (rowStep === undefined) return undefined;
  const target = nextRow(items, active.item, rowStep);
  if (target === undefined || target === active.item) return undefined;
  // The claim of the new row nearest in time to the one we leave.
  const here = claims[active.claim]?.span.start ?? -Infinity;
  const there = claimsAt(items, target) ?? [];
  let best = 0;
  there.forEach((entry, index) => {
    const distance = Math.abs((entry.span.start ?? -Infinity) - here);
    const bestDistance = Math.abs((there[best]?.span.start ?? -Infinity) - here);
    if (distance < bestDistance || Number.isNaN(bestDistance)) best = index;
  });
  return { item: target, claim: best };
}
