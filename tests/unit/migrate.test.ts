import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrate, parseDataset, parseRate, SCHEMA_VERSION, validate, type Quantity } from "../../src/model";
import { readDataset } from "../../src/io";

const v1Text = readFileSync("tests/fixtures/assad-exile-network.v1.json", "utf8");
const v1 = () => JSON.parse(v1Text) as Record<string, unknown>;

function quantitiesOf(
  dataset: { relations: Array<{ claims: Array<{ id: string; quantities: Quantity[] }> }> },
  claimId: string,
): Quantity[] {
  for (const relation of dataset.relations)
    for (const claim of relation.claims) if (claim.id === claimId) return claim.quantities;
  throw new Error(`no claim ${claimId}`);
}

describe("parseRate", () => {
  it("reads a rate's denominator where the text is one", () => {
    expect(parseRate("fighter per month")).toEqual({ unit: "fighter", period: "month" });
    expect(parseRate("per fighter per month")).toEqual({ unit: "fighter", period: "month" });
    expect(parseRate("a month")).toEqual({ period: "month" });
    expect(parseRate("monthly")).toEqual({ period: "month" });
    expect(parseRate("per fighter")).toEqual({ unit: "fighter" });
  });
  it("leaves what is counted to `about`", () => {
    expect(parseRate("people interviewed")).toBeUndefined();
    expect(parseRate("salaries")).toBeUndefined();
    expect(parseRate("length of the Syrian civil war")).toBeUndefined();
    expect(parseRate("officers confirming the rooms exist")).toBeUndefined();
  });
});

describe("migrate", () => {
  it("lifts the curated v1 file to the current version: rates structured, counts in `about`", () => {
    const input = v1();
    const before = JSON.stringify(input);
    const result = parseDataset(input);
    expect(JSON.stringify(input)).toBe(before); // pure: the input is not changed
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(quantitiesOf(result.dataset, "cl-pay-20-30-dollars")[0]).toEqual({
      value: 20,
      max: 30,
      unit: "USD",
      per: { unit: "fighter", period: "month" },
    });
    expect(quantitiesOf(result.dataset, "cl-reuters-48-interviews")[0]).toEqual({
      value: 48,
      unit: "people",
      about: "people interviewed",
    });
    expect(quantitiesOf(result.dataset, "cl-makhlouf-spent-6-million")[0]).toMatchObject({ about: "salaries" });
    expect(quantitiesOf(result.dataset, "cl-makhlouf-spent-6-million")[0]?.per).toBeUndefined();
  });

  it("is applied when a v1 file is read from text, and validate reports nothing for it", () => {
    expect(readDataset(v1Text).ok).toBe(true);
    expect(validate(v1()).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("leaves a current file as it is", () => {
    const current = JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")) as unknown;
    const result = migrate(current);
    expect(result.ok && result.value).toBe(current);
  });

  it("refuses a newer version with a message naming both versions", () => {
    const result = parseDataset({ ...v1(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe("schemaVersion");
    expect(result.issues[0]?.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(result.issues[0]?.message).toContain(`schema version ${SCHEMA_VERSION}`);
  });

  it("passes data it cannot read on to validation, which says what is wrong", () => {
    expect(migrate(null)).toEqual({ ok: true, value: null, from: undefined });
    expect(validate({ schemaVersion: 1, relations: "nope" }).length).toBeGreaterThan(0);
  });
});
