import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model";
import {
  applyEdit,
  applyOp,
  COLLECTIONS,
  diffDatasets,
  diffMarks,
  isSameDataset,
  mergeActors,
  newActor,
  putClaim,
  suggestDuplicates,
  suggestDuplicatesInSteps,
  type AnyItem,
  type Collection,
} from "../../src/state/edit";
import { placeholderDataset } from "./fixtures";

/** A random other version of `base`: items dropped, reordered, changed and added in every collection, and its own fields changed. */
function versionOf(base: Dataset): fc.Arbitrary<Dataset> {
  const collection = (name: Collection) => {
    const items = base[name] as readonly AnyItem[];
    return fc
      .record({
        kept: fc.shuffledSubarray([...items]),
        changed: fc.array(fc.boolean(), { minLength: items.length, maxLength: items.length }),
        added: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
        shuffle: fc.boolean(),
      })
      .map(({ kept, changed, added, shuffle }) => {
        const list = kept.map((item, index) => (changed[index] ? { ...item, note: `changed ${index}` } : item));
        const ordered = shuffle ? list : [...list].sort((a, b) => items.indexOf(a) - items.indexOf(b));
        const fresh = [...new Set(added)].map((n) => ({ id: `new-${name}-${n}`, name: `New ${n}` }));
        return [...fresh.slice(0, 1), ...ordered, ...fresh.slice(1)] as unknown as AnyItem[];
      });
  };
  return fc
    .record({
      lists: fc.tuple(...COLLECTIONS.map(collection)),
      title: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      dropSummary: fc.boolean(),
    })
    .map(({ lists, title, dropSummary }) => {
      const next: Record<string, unknown> = { ...base, title: title ?? base.title };
      COLLECTIONS.forEach((name, index) => (next[name] = lists[index]));
      if (dropSummary) delete next.summary;
      return next as Dataset;
    });
}

describe("diff of two datasets", () => {
  it("applying the diff of A→B to A gives B (property)", () => {
    const base = placeholderDataset();
    fc.assert(
      fc.property(versionOf(base), versionOf(base), (a, b) => {
        expect(applyOp(a, diffDatasets(a, b).op)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it("is empty between a dataset and itself", () => {
    const dataset = placeholderDataset();
    expect(isSameDataset(diffDatasets(dataset, structuredClone(dataset)))).toBe(true);
  });

  it("names added, removed and changed actors and relations, and claims whose status or sources changed", () => {
    const a = placeholderDataset();
    const withActor = applyEdit(a, { type: "put", collection: "actors", item: newActor(a, "Newcomer") });
    if (!withActor.ok) throw new Error("invalid");
    const relation = a.relations[0]!;
    const claim = relation.claims[0]!;
    const edit = putClaim(withActor.dataset, relation.id, {
      ...claim,
      status: "denied",
      sources: [{ source: "src-relay" }],
    })!;
    const b = applyOp(applyOp(withActor.dataset, edit.op), {
      type: "remove",
      collection: "relations",
      id: "rel-bob-ada",
    });
    const diff = diffDatasets(a, b);
    expect(diff.collections.actors).toEqual({ added: ["newcomer"], removed: [], changed: [] });
    expect(diff.collections.relations).toEqual({ added: [], removed: ["rel-bob-ada"], changed: [relation.id] });
    expect(diff.claims.find((change) => change.claimId === claim.id)?.changes).toEqual(["status", "sources"]);
    expect(diff.claims.find((change) => change.claimId === "cl-bob-ada")?.changes).toEqual(["removed"]);
    const marks = diffMarks(diff);
    expect([...marks.added]).toEqual(["newcomer"]);
    expect([...marks.removed]).toEqual(["rel-bob-ada"]);
    expect([...marks.changed]).toEqual([relation.id]);
  });
});

describe("duplicate suggestions", () => {
  it("pairs spellings and aliases that share a search name key, and not unrelated names", () => {
    let dataset = placeholderDataset();
    for (const name of ["Kamal Hasan", "Kamal Hassan", "Mohammed al-Assad", "Muhammad Assad", "Rami Makhlouf"]) {
      dataset = applyOp(dataset, { type: "put", collection: "actors", item: newActor(dataset, name) });
    }
    const pairs = suggestDuplicates(dataset).map((suggestion) => [suggestion.a, suggestion.b].sort().join(" + "));
    expect(pairs).toContain("kamal-hasan + kamal-hassan");
    expect(pairs).toContain("mohammed-al-assad + muhammad-assad");
    expect(pairs.some((pair) => pair.includes("rami-makhlouf"))).toBe(false);
    expect(pairs.some((pair) => pair.includes("ada-example"))).toBe(false);
  });

  it("finds a duplicate through an alias", () => {
    const base = placeholderDataset();
    const withAlias = applyOp(base, {
      type: "put",
      collection: "actors",
      item: { ...base.actors[0]!, aliases: ["Kamal Hassan"] },
    });
    const dataset = applyOp(withAlias, { type: "put", collection: "actors", item: newActor(withAlias, "Kamal Hasan") });
    const suggestion = suggestDuplicates(dataset)[0];
    expect(suggestion && [suggestion.a, suggestion.b].sort()).toEqual(["ada-example", "kamal-hasan"]);
    expect(suggestion?.reason).toContain("Kamal Hassan");
  });

  it("finds the same pairs in steps (after an import, between frames) as at once", () => {
    let dataset = placeholderDataset();
    for (let i = 0; i < 600; i++) {
      const name = ["Kamal Hasan", "Kamal Hassan", "Mohammed al-Assad", "Muhammad Assad", `Person ${i}`][i % 5]!;
      dataset = applyOp(dataset, { type: "put", collection: "actors", item: newActor(dataset, name) });
    }
    const steps = suggestDuplicatesInSteps(dataset, 20);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(next.value).toEqual(suggestDuplicates(dataset, 20));
    expect(next.value).toHaveLength(20);
    // One yield every 250 actors keyed, and one before the pairs are listed.
    expect(yields).toBe(Math.floor(dataset.actors.length / 250) + 1);
  });
});

describe("merge of two actors", () => {
  it("keeps every relation, claim, alias, tag and source, and is undone in one step", () => {
    const a = placeholderDataset();
    const ada = a.actors.find((actor) => actor.id === "ada-example")!;
    const bob = a.actors.find((actor) => actor.id === "bob-sample")!;
    const edit = mergeActors(a, "ada-example", "bob-sample")!;
    const result = applyEdit(a, edit.op);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const merged = result.dataset.actors.find((actor) => actor.id === "ada-example")!;
    expect(result.dataset.actors.some((actor) => actor.id === "bob-sample")).toBe(false);
    expect(merged.aliases).toEqual(expect.arrayContaining([...ada.aliases, bob.name, ...bob.aliases]));
    expect(merged.tags).toEqual(expect.arrayContaining([...ada.tags, ...bob.tags]));
    expect(merged.sources).toEqual(expect.arrayContaining([...ada.sources, ...bob.sources]));
    expect(result.dataset.relations.length).toBe(a.relations.length);
    const claims = (dataset: Dataset) =>
      dataset.relations.flatMap((relation) => relation.claims.map((claim) => claim.id)).sort();
    expect(claims(result.dataset)).toEqual(claims(a));
    expect(result.dataset.relations.find((relation) => relation.id === "rel-bob-ada")).toMatchObject({
      from: "ada-example",
      to: "ada-example",
    });
    expect(JSON.stringify(result.dataset)).not.toContain('"bob-sample"');
    expect(applyOp(result.dataset, result.inverse)).toEqual(a);
  });
});
