// Partial and approximate dates as the spans the timeline draws.
import { describe, expect, it } from "vitest";
import {
  axisTicks,
  brushPeriod,
  extentYears,
  claimSpan,
  dayNumber,
  drawnSpan,
  monthOfDay,
  monthSteps,
  timelineExtent,
  timelineRows,
} from "../../src/analysis";
import type { Claim, Relation } from "../../src/model";

const day = dayNumber;

describe("claimSpan", () => {
  it("covers the whole period a partial date names", () => {
    expect(claimSpan({ from: "2025-03", to: "2025-03" })).toEqual({
      start: day("2025-03-01"),
      end: day("2025-04-01"),
      fuzzBefore: 0,
      fuzzAfter: 0,
    });
    expect(claimSpan({ from: "2025", to: "2025" })).toMatchObject({ start: day("2025-01-01"), end: day("2026-01-01") });
    expect(claimSpan({ from: "2024-02-29", to: "2024-02-29" })).toMatchObject({
      start: day("2024-02-29"),
      end: day("2024-03-01"),
    });
    expect(claimSpan({ from: "2025-03", to: "2025-12" })).toMatchObject({
      start: day("2025-03-01"),
      end: day("2026-01-01"),
    });
  });

  it("leaves open ends open and undated claims undated", () => {
    expect(claimSpan({ from: "2024-12" })).toMatchObject({ start: day("2024-12-01"), end: undefined });
    expect(claimSpan({ to: "2024-12" })).toMatchObject({ start: undefined, end: day("2025-01-01") });
    expect(claimSpan(undefined)).toBeUndefined();
    expect(claimSpan({ approximate: true })).toBeUndefined();
  });

  it("gives approximate dates a margin as wide as their precision", () => {
    expect(claimSpan({ from: "2024-12", approximate: true })).toMatchObject({ fuzzBefore: 30, fuzzAfter: 0 });
    expect(claimSpan({ from: "2024", to: "2025-06-02", approximate: true })).toMatchObject({
      fuzzBefore: 182,
      fuzzAfter: 7,
    });
  });
});

describe("drawnSpan", () => {
  const extent = { start: day("2025-01-01"), end: day("2026-01-01") };
  const width = extent.end - extent.start;

  it("places a span as fractions of the extent", () => {
    const drawn = drawnSpan({ start: day("2025-07-01"), end: day("2026-01-01"), fuzzBefore: 0, fuzzAfter: 0 }, extent);
    expect(drawn.left).toBeCloseTo(181 / width);
    expect(drawn.right).toBe(1);
    expect(drawn).toMatchObject({ fuzzLeft: 0, fuzzRight: 0, fadeLeft: false, fadeRight: false });
  });

  it("runs open ends to the edge, fading", () => {
    const drawn = drawnSpan({ start: undefined, end: day("2025-02-01"), fuzzBefore: 0, fuzzAfter: 0 }, extent);
    expect(drawn).toMatchObject({ left: 0, fadeLeft: true, fadeRight: false });
    expect(drawn.right).toBeCloseTo(31 / width);
  });

  it("draws the fuzzy margin outside the stated date", () => {
    const drawn = drawnSpan(
      { start: day("2025-03-01"), end: day("2025-04-01"), fuzzBefore: 30, fuzzAfter: 30 },
      extent,
    );
    expect(drawn.left).toBeCloseTo((day("2025-03-01") - 30 - extent.start) / width);
    expect(drawn.fuzzLeft).toBeCloseTo(30 / width);
    expect(drawn.fuzzRight).toBeCloseTo(30 / width);
  });

  it("clamps spans beyond the extent", () => {
    const drawn = drawnSpan({ start: day("2020-01-01"), end: day("2030-01-01"), fuzzBefore: 0, fuzzAfter: 0 }, extent);
    expect([drawn.left, drawn.right]).toEqual([0, 1]);
  });
});

describe("timelineExtent and monthSteps", () => {
  it("spans whole months with one to spare on each side, and the dataset's as-of date", () => {
    const spans = [claimSpan({ from: "2024-12" }), claimSpan({ from: "2025-09", to: "2025-09" })].flatMap((span) =>
      span ? [span] : [],
    );
    const extent = timelineExtent(spans);
    expect(extent).toEqual({ start: day("2024-11-01"), end: day("2025-11-01") });
    expect(timelineExtent(spans, "2025-12")).toEqual({ start: day("2024-11-01"), end: day("2026-02-01") });
    expect(timelineExtent([])).toBeUndefined();
  });

  it("steps through every month of the extent", () => {
    const steps = monthSteps({ start: day("2024-11-01"), end: day("2025-03-01") });
    expect(steps).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthSteps({ start: day("1900-01-01"), end: day("2100-01-01") }, 24)).toHaveLength(24);
  });
});

describe("brushPeriod", () => {
  it("snaps each end to the nearest month boundary", () => {
    expect(brushPeriod(day("2025-03-03"), day("2025-05-28"))).toEqual({ from: "2025-03", to: "2025-05" });
    expect(brushPeriod(day("2025-05-28"), day("2025-03-03"))).toEqual({ from: "2025-03", to: "2025-05" });
    expect(brushPeriod(day("2025-03-20"), day("2025-03-22"))).toEqual({ from: "2025-04", to: "2025-04" });
  });

  it("names a whole year as the year", () => {
    expect(brushPeriod(day("2024-12-29"), day("2026-01-02"))).toEqual({ from: "2025", to: "2025" });
    expect(monthOfDay(day("2025-12-31"))).toBe("2025-12");
  });
});

describe("timelineRows", () => {
  const claim = (id: string, time?: Claim["time"]): Claim => ({
    id,
    text: id,
    status: "reported",
    quantities: [],
    sources: [{ source: "s" }],
    ...(time ? { time } : {}),
  });
  const relation = (id: string, claims: Claim[]): Relation => ({ id, from: "a", to: "b", kind: "k", claims });

  it("orders relations by their earliest claim and lists undated claims apart", () => {
    const timeline = timelineRows([
      relation("late", [claim("l1", { from: "2025-09" })]),
      relation("mixed", [claim("m1"), claim("m2", { from: "2025-03" }), claim("m3", { to: "2024" })]),
      relation("undated", [claim("u1")]),
      relation("unsourced", []),
    ]);
    expect(timeline.unsourced).toBe(1);
    expect(timeline.rows.map((row) => row.relation.id)).toEqual(["mixed", "late"]);
    expect(timeline.rows[0]?.claims.map((entry) => entry.claim.id)).toEqual(["m3", "m2"]);
    expect(timeline.undated.map((entry) => entry.claim.id)).toEqual(["m1", "u1"]);
    expect(timeline.extent).toEqual({ start: day("2024-11-01"), end: day("2025-11-01") });
  });
});

describe("axisTicks", () => {
  it("ticks years, and every month when the extent is short", () => {
    const short = axisTicks({ start: day("2024-11-01"), end: day("2025-03-01") });
    expect(short.map((tick) => tick.date)).toEqual(["2024-11", "2024-12", "2025", "2025-01", "2025-02"]);
    expect(short.filter((tick) => tick.major).map((tick) => tick.day)).toEqual([day("2025-01-01")]);
    const long = axisTicks({ start: day("2010-06-01"), end: day("2025-01-01") });
    expect(long.every((tick) => tick.major)).toBe(true);
    expect(long.map((tick) => tick.date)).toEqual(Array.from({ length: 14 }, (_, index) => String(2011 + index)));
    expect(extentYears({ start: day("2024-11-01"), end: day("2026-02-01") })).toEqual(["2024", "2025", "2026"]);
  });
});
