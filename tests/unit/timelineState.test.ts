// The timeline's state transitions and the timeline view in the link.
import { describe, expect, it } from "vitest";
import {
  asOfMonth,
  clearTimeWindow,
  DEFAULT_STATE,
  hashToState,
  setTimeWindow,
  showAsOf,
  showTimeline,
  stateToHash,
} from "../../src/state";

describe("timeline state", () => {
  it("puts the timeline view in the link and reads it back", () => {
    const state = showTimeline({ ...DEFAULT_STATE, datasetId: "demo" });
    expect(stateToHash(state)).toBe("#d=demo&view=timeline");
    expect(hashToState("#d=demo&view=timeline").state.view).toBe("timeline");
  });

  it("brushing sets the time filter, keeping the other filters", () => {
    const start = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, hiddenStatuses: ["denied" as const] } };
    const brushed = setTimeWindow("2025", "2025")(start);
    expect(brushed.filters).toMatchObject({ timeFrom: "2025", timeTo: "2025", hiddenStatuses: ["denied"] });
    expect(stateToHash(brushed)).toContain("tf=2025&tt=2025");
    expect(clearTimeWindow(brushed).filters).toEqual(start.filters);
  });

  it("'as of' a month is a one-month window, and is recognised as such", () => {
    const asOf = showAsOf("2025-03")(DEFAULT_STATE);
    expect(asOf.filters).toMatchObject({ timeFrom: "2025-03", timeTo: "2025-03" });
    expect(asOfMonth(asOf)).toBe("2025-03");
    expect(asOfMonth(setTimeWindow("2025", "2025")(DEFAULT_STATE))).toBeUndefined();
    expect(asOfMonth(setTimeWindow("2025-03", "2025-04")(DEFAULT_STATE))).toBeUndefined();
    expect(asOfMonth(DEFAULT_STATE)).toBeUndefined();
  });
});
