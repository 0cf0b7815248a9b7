// Display hints a file brought (schema v2 `display`: positions, colours, sizes, e.g. a GEXF laid
// out and coloured in Gephi): how many actors carry each, so the app can offer "the file's
// layout and colours" when there is something to offer and use it by default when it is whole.
import type { Actor } from "./types";

export interface DisplayCoverage {
  actors: number;
  /** Actors with both x and y. */
  positioned: number;
  coloured: number;
  sized: number;
}

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export function displayCoverage(actors: readonly Actor[]): DisplayCoverage {
  let positioned = 0;
  let coloured = 0;
  let sized = 0;
  for (const { display } of actors) {
    if (!display) continue;
    if (finite(display.x) && finite(display.y)) positioned++;
    if (display.color !== undefined) coloured++;
    if (finite(display.size)) sized++;
  }
  return { actors: actors.length, positioned, coloured, sized };
}

/** Every actor carries the hint (an empty dataset carries none). */
export const coversAll = (coverage: DisplayCoverage, count: number): boolean =>
  coverage.actors > 0 && count === coverage.actors;
