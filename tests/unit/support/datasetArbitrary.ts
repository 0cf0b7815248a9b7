// Random valid datasets (schema v2) for property-based round trips: actors with foreign
// attributes and display hints, relations of directed and undirected kinds with and without
// claims, weights, sources. Texts avoid only what XML 1.0 cannot carry at all.
import fc from "fast-check";
import { parseDataset, type Dataset } from "../../../src/model";

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot hold
const XML_SAFE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\r]*$/;
const text = fc
  .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
  .filter((value) => value.trim() !== "" && XML_SAFE.test(value));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((value) => value + 0);
const attributeValue = fc.oneof(text, finite, fc.boolean());
const attributes = fc.dictionary(
  text.map((key) => key.trim() || "k"),
  attributeValue,
  { minKeys: 1, maxKeys: 3 },
);
const color = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, "0")}`);
const display = fc
  .record({ x: finite, y: finite, color, size: fc.double({ noNaN: true, min: 0.5, max: 100 }) }, { requiredKeys: [] })
  .filter((value) => (value.x === undefined) === (value.y === undefined) && Object.keys(value).length > 0);
const status = fc.constantFrom("confirmed", "reported", "claimed", "disputed", "denied");

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    actorCount: fc.integer({ min: 1, max: 6 }),
    names: fc.array(text, { minLength: 6, maxLength: 6 }),
    actorExtras: fc.array(
      fc.record({
        kind: fc.integer({ min: 0, max: 1 }),
        attributes: fc.option(attributes, { nil: undefined }),
        display: fc.option(display, { nil: undefined }),
        summary: fc.option(text, { nil: undefined }),
      }),
      { minLength: 6, maxLength: 6 },
    ),
    relations: fc.array(
      fc.record({
        from: fc.nat(5),
        to: fc.nat(5),
        kind: fc.integer({ min: 0, max: 1 }),
        weight: fc.option(
          fc.double({ noNaN: true, min: 0, max: 1000 }).map((value) => value + 0),
          { nil: undefined },
        ),
        attributes: fc.option(attributes, { nil: undefined }),
        claims: fc.array(
          fc.record({
            text,
            status,
            year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
            value: fc.option(finite, { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 8 },
    ),
    title: text,
  })
  .map(({ actorCount, names, actorExtras, relations, title }) => {
    const actors = names.slice(0, actorCount).map((name, index) => {
      const extra = actorExtras[index];
      return {
        id: `a${index}`,
        name,
        kind: extra?.kind === 1 ? "org" : "person",
        ...(extra?.summary !== undefined && { summary: extra.summary }),
        ...(extra?.attributes !== undefined && { attributes: extra.attributes }),
        ...(extra?.display !== undefined && { display: extra.display }),
      };
    });
    const json = {
      schemaVersion: 2,
      id: "random",
      title,
      sources: [{ id: "src-a", title: "A report", url: "https://example.org/a" }],
      actorKinds: [
        { id: "person", label: "Person" },
        { id: "org", label: "Organisation" },
      ],
      relationKinds: [
        { id: "funds", label: "Funds", directed: true },
        { id: "allied", label: "Allied with", directed: false },
      ],
      actors,
      relations: relations.map((relation, index) => ({
        id: `r${index}`,
        from: `a${relation.from % actorCount}`,
        to: `a${relation.to % actorCount}`,
        kind: relation.kind === 1 ? "allied" : "funds",
        ...(relation.weight !== undefined && { weight: relation.weight }),
        ...(relation.attributes !== undefined && { attributes: relation.attributes }),
        claims: relation.claims.map((claim, claimIndex) => ({
          id: `c${index}-${claimIndex}`,
          text: claim.text,
          status: claim.status,
          ...(claim.status === "claimed" && { claimedBy: "a0" }),
          ...(claim.year !== undefined && { time: { from: String(claim.year) } }),
          quantities: claim.value === undefined ? [] : [{ value: claim.value, unit: "USD" }],
          sources: [{ source: "src-a" }],
        })),
      })),
    };
    const parsed = parseDataset(json);
    if (!parsed.ok)
      throw new Error(`the arbitrary made an invalid dataset: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    return parsed.dataset;
  });
