// The curated dataset (data/assad-exile-network.json): it validates cleanly, hangs together as one
// network, and carries key facts from the two reports with the right numbers, dates and statuses.
// Facts are looked up by what they say (endpoints, kind, quantity), never by the claim ids.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/io";
import { buildGraph, type Claim, type Dataset, type Relation } from "../../src/model";
import { EDITORIAL_RULES, renderDatasetDoc } from "../../scripts/dataset-doc";

const DATASET_PATH = "data/assad-exile-network.json";
const DOC_PATH = "docs/data/assad-exile-network.md";

function load(): { dataset: Dataset; warnings: unknown[] } {
  const result = readDataset(readFileSync(DATASET_PATH, "utf8"));
  if (!result.ok)
    throw new Error(`dataset does not validate:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join("\n")}`);
  return { dataset: result.dataset, warnings: result.warnings };
}

const { dataset } = load();
const directedKinds = new Set(dataset.relationKinds.filter((kind) => kind.directed).map((kind) => kind.id));
const allClaims: Claim[] = dataset.relations.flatMap((relation) => relation.claims);

/** Relations of `kind` joining `a` and `b`: in that direction when the kind is directed, either way otherwise. */
function relationsBetween(a: string, b: string, kind?: string): Relation[] {
  return dataset.relations.filter((relation) => {
    if (kind !== undefined && relation.kind !== kind) return false;
    if (relation.from === a && relation.to === b) return true;
    return !directedKinds.has(relation.kind) && relation.from === b && relation.to === a;
  });
}

const claimsOf = (relations: Relation[]): Claim[] => relations.flatMap((relation) => relation.claims);

function relationOf(claim: Claim): Relation {
  const relation = dataset.relations.find((candidate) => candidate.claims.includes(claim));
  if (!relation) throw new Error("claim without relation");
  return relation;
}

const seedSources = dataset.sources.filter((source) => source.relays !== undefined);
const firstReport = dataset.sources.find((source) => source.title.startsWith("Al-Assad’s inner circle plots"));
const secondReport = dataset.sources.find((source) =>
  source.title.startsWith("Pro-Assad Russians reportedly plotting"),
);
const actorByName = (pattern: RegExp) => dataset.actors.filter((actor) => pattern.test(actor.name));

describe("curated dataset: validation and shape", () => {
  it("validates with no errors and no warnings", () => {
    const { warnings } = load();
    expect(warnings).toEqual([]);
    expect(dataset.id).toBe("assad-exile-network");
    expect(dataset.schemaVersion).toBe(1);
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
    expect(aliases("kamal-hassan")).toContain("كمال حسن");
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

describe("curated dataset: key facts", () => {
  it("Hassan's 12,000 fighters are his own claim", () => {
    const found = claimsOf(relationsBetween("kamal-hassan", "coastal-fighters")).filter((claim) =>
      claim.quantities.some((q) => q.value === 12000 && q.unit === "fighters"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    expect(found[0]!.claimedBy).toBe("kamal-hassan");
  });

  it("Makhlouf's at least 54,000 fighters are his own claim", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "coastal-fighters")).filter((claim) =>
      claim.quantities.some((q) => q.value === 54000 && q.unit === "fighters" && q.qualifier === "at least"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    expect(found[0]!.claimedBy).toBe("rami-makhlouf");
  });

  it("Hassan has spent $1.5 million since March 2025 (financial records: reported)", () => {
    const found = claimsOf(relationsBetween("kamal-hassan", "coastal-fighters", "funds")).filter((claim) =>
      claim.quantities.some((q) => q.value === 1_500_000 && q.unit === "USD"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(found[0]!.time?.from).toBe("2025-03");
  });

  it("Makhlouf has spent at least $6 million on salaries (reported)", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "coastal-fighters", "funds")).filter((claim) =>
      claim.quantities.some((q) => q.value === 6_000_000 && q.unit === "USD" && q.qualifier === "at least"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
  });

  it("fighters are paid $20–30 a month, according to the commanders", () => {
    const found = allClaims.filter((claim) =>
      claim.quantities.some((q) => q.value === 20 && q.max === 30 && q.unit === "USD" && /month/.test(q.per ?? "")),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    const speaker = dataset.actors.find((actor) => actor.id === found[0]!.claimedBy);
    expect(speaker?.name).toMatch(/commander/i);
    expect(relationOf(found[0]!).kind).toBe("funds");
  });

  it("more than 50,000 fighters are funded, in both reports", () => {
    const found = allClaims.filter((claim) =>
      claim.quantities.some((q) => q.value === 50000 && q.unit === "fighters" && q.qualifier === "more than"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(relationOf(found[0]!).kind).toBe("funds");
    expect(relationOf(found[0]!).to).toBe("coastal-fighters");
    expect(new Set(found[0]!.sources.map((ref) => ref.source))).toEqual(new Set([firstReport!.id, secondReport!.id]));
  });

  it("the 14 underground command rooms are confirmed, citing the second report", () => {
    const found = allClaims.filter(
      (claim) =>
        claim.status === "confirmed" && claim.quantities.some((q) => q.value === 14 && /command room/.test(q.unit)),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.sources.map((ref) => ref.source)).toContain(secondReport!.id);
    expect(relationOf(found[0]!).from).toBe("coastal-command-rooms");
  });

  it("the Ministry of Justice issued an arrest warrant for Assad in September 2025", () => {
    const [ministry] = actorByName(/Ministry of Justice/);
    expect(ministry).toBeDefined();
    const found = claimsOf(relationsBetween(ministry!.id, "bashar-al-assad", "legal-action-against")).filter(
      (claim) => claim.time?.from === "2025-09",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(found[0]!.text).toMatch(/warrant/i);
  });

  it("Assad fled to Russia in December 2024, and Russia granted him asylum", () => {
    const fled = claimsOf(relationsBetween("bashar-al-assad", "russia")).filter(
      (claim) => claim.time?.from === "2024-12",
    );
    expect(fled).toHaveLength(1);
    expect(fled[0]!.time?.approximate).not.toBe(true);
    expect(fled[0]!.status).toBe("reported");

    const asylum = claimsOf(relationsBetween("russia", "bashar-al-assad", "granted-asylum-to"));
    expect(asylum.length).toBeGreaterThan(0);
    expect(asylum.every((claim) => claim.status === "reported" || claim.status === "confirmed")).toBe(true);
  });

  it("resolves 'a year ago' to an approximate December 2024", () => {
    const exile = claimsOf(relationsBetween("bashar-al-assad", "moscow"));
    expect(exile.some((claim) => claim.time?.from === "2024-12" && claim.time.approximate === true)).toBe(true);
  });

  it("Makhlouf is Bashar al-Assad's cousin", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "bashar-al-assad", "family-of"));
    expect(found.some((claim) => /cousin/i.test(claim.text) && claim.status === "reported")).toBe(true);
  });

  it("Khaled al-Ahmad is a childhood friend of al-Sharaa, enlisted by his government", () => {
    const friends = claimsOf(relationsBetween("khaled-al-ahmad", "ahmed-al-sharaa", "friend-of"));
    expect(friends.some((claim) => /childhood/i.test(claim.text) && claim.status === "reported")).toBe(true);
    const leads = relationsBetween("ahmed-al-sharaa", "syrian-government", "leads");
    expect(leads).toHaveLength(1);
    expect(relationsBetween("syrian-government", "khaled-al-ahmad").length).toBeGreaterThan(0);
  });

  it("the Tartus governor's statements are claimed by him", () => {
    const byShami = allClaims.filter((claim) => claim.claimedBy === "ahmed-al-shami");
    expect(byShami.length).toBeGreaterThanOrEqual(2);
    expect(byShami.every((claim) => claim.status === "claimed")).toBe(true);
  });

  it("keeps both versions where the reports differ: Lebanon and mobilisation appear only in the second report", () => {
    const lebanon = claimsOf(relationsBetween("coastal-fighters", "lebanon"));
    expect(lebanon.length).toBeGreaterThan(0);
    expect(lebanon.every((claim) => claim.sources.every((ref) => ref.source === secondReport!.id))).toBe(true);
    const mobilised = allClaims.filter((claim) => /mobili[sz]ed/i.test(claim.text));
    expect(mobilised.length).toBeGreaterThan(0);
    expect(mobilised.every((claim) => claim.sources.every((ref) => ref.source === secondReport!.id))).toBe(true);
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
