// Named transitions of the timeline: brushing a period and stepping "as of" a month both set the
// time filter, so that the graph, the table and the link follow without knowing the timeline.
import type { AppState } from "./appState";

/** Brushing the timeline: claims whose time overlaps from…to (partial ISO dates). */
export const setTimeWindow =
  (from: string | undefined, to: string | undefined) =>
  (state: AppState): AppState => ({ ...state, filters: { ...state.filters, timeFrom: from, timeTo: to } });

/** Clearing the brush: every time again. */
export const clearTimeWindow = (state: AppState): AppState => setTimeWindow(undefined, undefined)(state);

/** "As of" a month: the network as the claims that hold during that month describe it. */
export const showAsOf = (month: string) => setTimeWindow(month, month);

/** The month an "as of" view shows, when the time window is exactly one month. */
export function asOfMonth(state: Pick<AppState, "filters">): string | undefined {
  const { timeFrom, timeTo } = state.filters;
  return timeFrom !== undefined && timeFrom === timeTo && /^\d{4}-\d{2}$/.test(timeFrom) ? timeFrom : undefined;
}

export const showTimeline = (state: AppState): AppState => ({ ...state, view: "timeline" });

/** Whether claims without a date count while looking at a period. */
export const setIncludeUndated =
  (includeUndated: boolean) =>
  (state: AppState): AppState => ({ ...state, filters: { ...state.filters, includeUndated } });
