import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchActors, type SearchHit } from "../../src/analysis/search";
import type { Actor } from "../../src/model";

interface Extra {
  readonly kind?: string;
  readonly summary?: string;
  readonly tags?: readonly string[];
}

function actor(id: string, name: string, aliases: readonly string[] = [], extra: Extra = {}): Actor {
  return {
    id,
    name,
    kind: extra.kind ?? "person",
    aliases: [...aliases],
    tags: [...(extra.tags ?? [])],
    sources: [],
    ...(extra.summary === undefined ? {} : { summary: extra.summary }),
  };
}

// Real-world spelling variety, tiny on purpose.
const SEARCH_ACTORS: readonly Actor[] = [
  actor("rami-makhlouf", "Rami Makhlouf", ["Rami Makhluf", "رامي مخلوف"], {
    summary: "Businessman and cousin of the former president.",
  }),
  actor("bashar-al-assad", "Bashar al-Assad", ["بشار الأسد", "Bashar Assad"]),
  actor("maher-al-assad", "Maher al-Assad", [], { summary: "Commanded the Fourth Division." }),
  actor("kamal-hassan", "Kamal Hassan", ["كمال حسن", "Kamal Hasan"], { tags: ["exile"] }),
  actor("ahmed-al-sharaa", "Ahmed al-Sharaa", ["Abu Mohammed al-Jolani", "أحمد الشرع"]),
  actor("khaled-al-ahmad", "Khaled al-Ahmad"),
  actor("ahmed-al-shami", "Ahmed al-Shami"),
  actor("alawites", "Alawites", [], { kind: "group", tags: ["community"] }),
  actor("tartus", "Tartus", ["Tartous", "طرطوس"], {
    kind: "place",
    summary: "Port city on the coast, home to a naval facility leased to Moscow.",
  }),
  actor("moscow", "Moscow", [], { kind: "place" }),
];

const index = buildSearchIndex(SEARCH_ACTORS);
const ids = (hits: readonly SearchHit[]): string[] => hits.map((hit) => hit.actorId);
const first = (query: string): SearchHit | undefined => searchActors(index, query)[0];

describe("searchActors: transliteration and script", () => {
  it.each([
    ["makhluf", "alias", "Rami Makhluf", "prefix"],
    ["Makhlouf", "name", "Rami Makhlouf", "prefix"],
    ["MAKHLOUF", "name", "Rami Makhlouf", "prefix"],
    ["makh", "name", "Rami Makhlouf", "prefix"],
    ["مخلوف", "alias", "رامي مخلوف", "prefix"],
  ] as const)("%s finds Rami Makhlouf first, through the %s %s", (query, field, matched, rank) => {
    expect(first(query)).toMatchObject({ actorId: "rami-makhlouf", name: "Rami Makhlouf", field, matched, rank });
  });

  it("reaches the Latin name from Arabic script through the consonant skeleton alone", () => {
    const latinOnly = buildSearchIndex([actor("rami-makhlouf", "Rami Makhlouf"), actor("moscow", "Moscow")]);
    expect(searchActors(latinOnly, "مخلوف")).toEqual([
      expect.objectContaining({ actorId: "rami-makhlouf", rank: "fuzzy", field: "name", matched: "Rami Makhlouf" }),
    ]);
  });

  it.each(["al-Assad", "Assad", "el Assad", "assad", "El-ASSAD", "الأسد"])(
    "%s puts both Assads in the top 2",
    (query) => {
      const hits = searchActors(index, query);
      expect(ids(hits).slice(0, 2).sort()).toEqual(["bashar-al-assad", "maher-al-assad"]);
    },
  );

  it("does not need the particle, nor the particle's spelling, for an exact match", () => {
    expect(first("Bashar el-Assad")).toMatchObject({ actorId: "bashar-al-assad", rank: "exact", field: "name" });
    expect(first("ash-Shami")).toMatchObject({ actorId: "ahmed-al-shami", rank: "prefix", matched: "Ahmed al-Shami" });
  });

  it.each([
    ["Tartous", "alias", "Tartous"],
    ["tartus", "name", "Tartus"],
    ["طرطوس", "alias", "طرطوس"],
  ] as const)("%s finds Tartus exactly, through the %s", (query, field, matched) => {
    expect(first(query)).toMatchObject({ actorId: "tartus", rank: "exact", field, matched });
  });

  it("finds Kamal Hassan from Hasan (alias) and from Hasen (phonetic key of the name)", () => {
    expect(first("Hasan")).toMatchObject({
      actorId: "kamal-hassan",
      rank: "prefix",
      field: "alias",
      matched: "Kamal Hasan",
    });
    expect(first("Hasen")).toMatchObject({
      actorId: "kamal-hassan",
      rank: "fuzzy",
      field: "name",
      matched: "Kamal Hassan",
    });
  });

  it("matches a query mixing scripts word by word", () => {
    expect(first("rami مخلوف")).toMatchObject({ actorId: "rami-makhlouf", rank: "fuzzy" });
  });

  it("finds the kunya alias and tolerates one typo", () => {
    expect(first("jolani")).toMatchObject({
      actorId: "ahmed-al-sharaa",
      field: "alias",
      matched: "Abu Mohammed al-Jolani",
    });
    expect(first("Makhluof")).toMatchObject({ actorId: "rami-makhlouf", rank: "fuzzy" });
  });
});

describe("searchActors: ranking", () => {
  const ranking = buildSearchIndex([
    actor("aly-hamid", "Aly Hamid"),
    actor("alia-kamal", "Alia Kamal"),
    actor("ali", "Ali"),
    actor("zaid", "Zaid", [], { summary: "Brother-in-law of Ali Hamid." }),
  ]);

  it("orders exact > prefix > fuzzy, whatever the dataset order", () => {
    const hits = searchActors(ranking, "ali");
    expect(hits.map((hit) => [hit.actorId, hit.rank, hit.field])).toEqual([
      ["ali", "exact", "name"],
      ["alia-kamal", "prefix", "name"],
      ["zaid", "prefix", "summary"],
      ["aly-hamid", "fuzzy", "name"],
    ]);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("puts name/alias matches before summary matches of the same rank", () => {
    expect(ids(searchActors(index, "mosc"))).toEqual(["moscow", "tartus"]);
    expect(searchActors(index, "mosc").map((hit) => hit.rank)).toEqual(["prefix", "prefix"]);
    // Even when the summary word is typed in full and the name word only in part.
    const port = buildSearchIndex([
      actor("tartus", "Tartus", [], { summary: "Port city." }),
      actor("portsmouth", "Portsmouth Shipping Holdings"),
    ]);
    expect(searchActors(port, "port").map((hit) => [hit.actorId, hit.rank, hit.field])).toEqual([
      ["portsmouth", "prefix", "name"],
      ["tartus", "prefix", "summary"],
    ]);
  });

  it("prefers, at equal rank, the name that the query covers best", () => {
    const covered = buildSearchIndex([actor("long", "Hamid Ali Hassan"), actor("short", "Hassan")]);
    expect(ids(searchActors(covered, "hass"))).toEqual(["short", "long"]);
  });

  it("returns one hit per actor, and honours the limit", () => {
    const hits = searchActors(index, "a");
    expect(new Set(ids(hits)).size).toBe(hits.length);
    expect(searchActors(index, "a", 2)).toEqual(hits.slice(0, 2));
    expect(searchActors(index, "a", 0)).toEqual([]);
  });
});

describe("searchActors: why it matched", () => {
  it("says when a tag matched", () => {
    expect(first("community")).toMatchObject({
      actorId: "alawites",
      field: "tags",
      matched: "community",
      rank: "exact",
    });
    expect(first("commun")).toMatchObject({ actorId: "alawites", field: "tags", matched: "community", rank: "prefix" });
  });

  it("gives a snippet around the summary word that matched", () => {
    const hit = first("naval");
    expect(hit).toMatchObject({ actorId: "tartus", field: "summary", rank: "prefix" });
    expect(hit?.matched).toContain("naval facility");
    expect(first("Fourth")).toMatchObject({ actorId: "maher-al-assad", field: "summary" });
  });

  it("snips long summaries with ellipses and finds typo matches in them", () => {
    const long =
      "Lorem ipsum dolor sit amet. ".repeat(10) + "Runs a shipping company in Latakia. " + "Etc. ".repeat(20);
    const hits = searchActors(buildSearchIndex([actor("x", "X", [], { summary: long })]), "Latakya");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ rank: "fuzzy", field: "summary" });
    expect(hits[0]?.matched).toMatch(/^….*Latakia.*…$/);
    expect(hits[0]?.matched.length).toBeLessThan(100);
  });
});

describe("searchActors: hostile input", () => {
  it.each(["", "   ", "\u200F\u200E", "-", "al", "---al---"])("%j gives [] or matches without throwing", (query) => {
    expect(() => searchActors(index, query)).not.toThrow();
  });

  it("gives [] for empty, blank and punctuation-only queries", () => {
    expect(searchActors(index, "")).toEqual([]);
    expect(searchActors(index, "  \t\n ")).toEqual([]);
    expect(searchActors(index, "!!! ... ???")).toEqual([]);
    expect(searchActors(index, "🙂🇸🇾")).toEqual([]);
  });

  it.each([
    ".*+?^${}()|[]\\",
    "(a+)+$",
    "x".repeat(10_000),
    "makh ".repeat(2_000),
    "\u202Emakhlouf\u202C",
    "\uD800makh",
    "\u0000\u0001",
    "ﷺ ﷽",
    "𝕸𝖆𝖐𝖍𝖑𝖔𝖚𝖋",
  ])("survives %j", (query) => {
    expect(() => searchActors(index, query)).not.toThrow();
  });

  it("still finds what hides behind bidi marks and mathematical letters", () => {
    expect(first("\u202Emakhlouf\u202C")?.actorId).toBe("rami-makhlouf");
    expect(first("𝕸𝖆𝖐𝖍𝖑𝖔𝖚𝖋")?.actorId).toBe("rami-makhlouf");
  });

  it("treats odd limits sanely", () => {
    expect(searchActors(index, "a", Number.NaN)).toEqual(searchActors(index, "a"));
    expect(searchActors(index, "a", -3)).toEqual([]);
    expect(searchActors(index, "a", 1.9)).toHaveLength(1);
    expect(searchActors(index, "a", Number.POSITIVE_INFINITY).length).toBeGreaterThan(5);
  });

  it("builds an index from actors with nothing searchable, and from no actors", () => {
    expect(searchActors(buildSearchIndex([]), "a")).toEqual([]);
    const odd = buildSearchIndex([actor("dots", "...", ["🙂"], { summary: "—" })]);
    expect(searchActors(odd, "dots")).toEqual([]);
  });
});
