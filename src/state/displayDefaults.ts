// What "the dataset's default" layout and colours are when the link names none: a file that
// placed (or coloured) every actor is shown as its author laid it out; anything else is laid out
// by force and coloured by actor kind, as before schema v2 had display hints.
import { coversAll, type Actor, type DisplayCoverage } from "../model";
import type { AppState, ColourBy, LayoutName } from "./appState";

export interface DisplayOffer {
  /** Some actor has a position: "File's layout" is offered. */
  layout: boolean;
  colours: boolean;
  sizes: boolean;
}

export function displayOffer(coverage: DisplayCoverage): DisplayOffer {
  return { layout: coverage.positioned > 0, colours: coverage.coloured > 0, sizes: coverage.sized > 0 };
}

export function defaultLayout(coverage: DisplayCoverage): LayoutName {
  return coversAll(coverage, coverage.positioned) ? "file" : "force";
}

export function defaultColourBy(coverage: DisplayCoverage): ColourBy {
  return coversAll(coverage, coverage.coloured) ? "file" : "kind";
}

/** The layout shown: the one the state names, unless it is the file's and the file placed nobody. */
export function layoutShown(state: Pick<AppState, "layout">, coverage: DisplayCoverage): LayoutName {
  const named = state.layout ?? defaultLayout(coverage);
  return named === "file" && coverage.positioned === 0 ? "force" : named;
}

export function colourByShown(state: Pick<AppState, "colourBy">, coverage: DisplayCoverage): ColourBy {
  const named = state.colourBy ?? defaultColourBy(coverage);
  return named === "file" && coverage.coloured === 0 ? "kind" : named;
}

/** The colours the file gave its actors, by actor id (actors it left uncoloured are absent). */
export function fileColourMap(actors: readonly Actor[]): ReadonlyMap<string, string> {
  const colours = new Map<string, string>();
  for (const actor of actors) if (actor.display?.color !== undefined) colours.set(actor.id, actor.display.color);
  return colours;
}

/**
 * The file's sizes scaled to 0..1 by the largest (the scene's node sizes), by actor id; actors
 * without one get 0 (the smallest size).
 */
export function fileSizeMap(actors: readonly Actor[]): ReadonlyMap<string, number> {
  const max = Math.max(...actors.map((actor) => actor.display?.size ?? 0), Number.EPSILON);
  return new Map(actors.map((actor) => [actor.id, (actor.display?.size ?? 0) / max]));
}
