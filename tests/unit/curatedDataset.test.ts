// The curated dataset (data/assad-exile-network.json): it validates cleanly, hangs together as one
// network, its sources and evidence follow the editorial rules, and its doc page is current.
// Key facts are in curatedFacts.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model";
import { EDITORIAL_RULES, renderDatasetDoc } from "../../scripts/dataset-doc";
import {
  DATASET_PATH,
  DOC_PATH,
  loadCurated,
  dataset,
  directedKinds,
  allClaims,
  seedSources,
  firstReport,
  secondReport,
} from "./curatedFixture";

describe("curated dataset: validation and shape", () => {
  it("validates with no errors and no warnings", () => {
    const { warnings } = loadCurated();
    expect(warnings).toEqual([]);
    expect(dataset.id).toBe("assad-exile-network");
    expect(dataset.schemaVersion).toBe(2);
    expect(dataset.asOf).toBe("2025-12");
    expect(dataset.language).toBe("en");
  });

  it("connects every actor: degree at least 1, one connected network", () => {
    const graph = buildGraph(dataset);
    const isolated = dataset.actors.filter((actor) => graph.degree(actor.id) < 1).map((actor) => actor.id);
    expect(isolated).toEqual([]);

    const seen = new Set<string>([dataset.actors[0]!.id]);
    const queue = [dataset.actors[0]!.id];
    while (queue.length > 0) {
      for (const next of graph.neighbors(queue.shift()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(dataset.actors.length);
  });

  it("has a path of relations from Kamal Hassan to Ahmed al-Sharaa", () => {
    const graph = buildGraph(dataset);
    const seen = new Set(["kamal-hassan"]);
    const queue = ["kamal-hassan"];
    while (queue.length > 0) {
      for (const next of graph.neighbors(queue.shift()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.has("ahmed-al-sharaa")).toBe(true);
  });

  it("has the two stories with 6–10 steps whose focus ids all exist", () => {
    const actorIds = new Set(dataset.actors.map((actor) => actor.id));
    const relationIds = new Set(dataset.relations.map((relation) => relation.id));
    expect(dataset.stories.map((story) => story.id)).toEqual(
      expect.arrayContaining(["exiles-and-money", "government-answer"]),
    );
    for (const story of dataset.stories) {
      expect(story.steps.length, story.id).toBeGreaterThanOrEqual(6);
      expect(story.steps.length, story.id).toBeLessThanOrEqual(10);
      for (const step of story.steps) {
        expect(step.focus.actors.length + step.focus.relations.length, `${story.id}/${step.id}`).toBeGreaterThan(0);
        for (const id of step.focus.actors) expect(actorIds.has(id), `${story.id}/${step.id} actor ${id}`).toBe(true);
        for (const id of step.focus.relations)
          expect(relationIds.has(id), `${story.id}/${step.id} relation ${id}`).toBe(true);
      }
    }
  });

  it("sets direction by kind: kinship, friendship and rivalry are undirected, funding and asylum directed", () => {
    for (const kind of ["family-of", "friend-of", "rival-of"]) expect(directedKinds.has(kind), kind).toBe(false);
    for (const kind of ["funds", "granted-asylum-to", "leads", "legal-action-against"])
      expect(directedKinds.has(kind), kind).toBe(true);
  });

  it("gives the key actors the aliases search depends on", () => {
    const aliases = (id: string) => dataset.actors.find((actor) => actor.id === id)?.aliases ?? [];
    expect(aliases("rami-makhlouf")).toEqual(expect.arrayContaining(["Rami Makhluf", "رامي مخلوف"]));
    expect(aliases("kamal-hassan")).toEqual(expect.arrayContaining(["Kamal Hasan", "Major General Kamal Hassan"]));
    expect(aliases("bashar-al-assad")).toEqual(expect.arrayContaining(["Assad", "al-Assad"]));
    expect(aliases("assad-family").some((alias) => /al-Assad/.test(alias))).toBe(true);
  });
});

describe("curated dataset: sources and evidence", () => {
  it("has the two seed reports relaying one Reuters source", () => {
    expect(firstReport).toBeDefined();
    expect(secondReport).toBeDefined();
    expect(seedSources.map((source) => source.id).sort()).toEqual([firstReport!.id, secondReport!.id].sort());
    const relayed = new Set(seedSources.map((source) => source.relays));
    expect(relayed.size).toBe(1);
    const reuters = dataset.sources.find((source) => source.id === [...relayed][0]);
    expect(reuters?.publisher).toBe("Reuters");
    expect(reuters?.relays).toBeUndefined();
    for (const source of dataset.sources) expect(source.published, source.id).toBe("2025-12");
  });

  it("names no publisher and no URL that the texts do not give", () => {
    for (const source of seedSources) {
      expect(source.publisher, source.id).toBeUndefined();
      expect(source.url, source.id).toBeUndefined();
    }
  });

  it("gives every claim at least one source reference, each located by a paragraph of that report", () => {
    const paragraphs = new Map([
      [firstReport!.id, 22],
      [secondReport!.id, 13],
    ]);
    for (const claim of allClaims) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      for (const ref of claim.sources) {
        const match = /^paragraph (\d+)$/.exec(ref.locator ?? "");
        expect(match, `${claim.id}: ${ref.locator}`).not.toBeNull();
        const count = paragraphs.get(ref.source);
        expect(count, `${claim.id} cites ${ref.source}, which is not a report we read`).toBeDefined();
        expect(Number(match![1])).toBeGreaterThanOrEqual(1);
        expect(Number(match![1])).toBeLessThanOrEqual(count!);
      }
    }
  });

  it("never calls a non-response a denial", () => {
    const denials = allClaims.filter((claim) => claim.status === "denied");
    expect(denials.filter((claim) => /respond|comment|reach/i.test(claim.text))).toEqual([]);
    // Nobody in the reports denies anything: there should be no denial at all.
    expect(denials).toEqual([]);
  });

  it("names who claims every claimed statement", () => {
    for (const claim of allClaims.filter((candidate) => candidate.status === "claimed")) {
      expect(claim.claimedBy, claim.id).toBeDefined();
    }
  });
});

describe("curated dataset: generated documentation page", () => {
  it("is up to date with the dataset (run `npx tsx scripts/dataset-doc.ts`)", () => {
    const expected = renderDatasetDoc(dataset, DATASET_PATH, EDITORIAL_RULES[dataset.id]);
    expect(readFileSync(DOC_PATH, "utf8")).toBe(expected);
  });

  it("escapes pipes in table cells and lists every actor and claim", () => {
    const page = renderDatasetDoc(dataset, DATASET_PATH, EDITORIAL_RULES[dataset.id]);
    expect(page).toContain("from Russian exile: report \\| News from the war in Syria");
    for (const actor of dataset.actors) expect(page).toContain(`\`${actor.id}\``);
    for (const claim of allClaims) expect(page).toContain(`\`${claim.id}\``);
    expect(page).toContain("## Editorial rules");
  });
});
