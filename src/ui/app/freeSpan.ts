// The part of the graph's canvas a drawer leaves free, so the camera keeps a selection there
// rather than under the drawer. Physical pixels, left to right, whatever the text direction.

export interface HorizontalExtent {
  left: number;
  right: number;
}

/** Canvas pixels [start, end) left free beside `cover` (the wider side); undefined when it covers none of the canvas. */
export function freeSpan(
  canvas: HorizontalExtent,
  cover: HorizontalExtent,
): { start: number; end: number } | undefined {
  const left = Math.max(canvas.left, cover.left);
  const right = Math.min(canvas.right, cover.right);
  if (right <= left) return undefined;
  const before = left - canvas.left;
  const after = canvas.right - right;
  return before >= after ? { start: 0, end: before } : { start: right - canvas.left, end: canvas.right - canvas.left };
}
