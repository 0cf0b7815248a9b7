// The index at the budget's size (DESIGN §5: 20k actors). No timing here: the per-keystroke
// budget is measured by the bench; this checks that a 20k index builds and answers correctly.
import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchActors } from "../../src/analysis/search";
import type { Actor } from "../../src/model";

function actor(
  id: string,
  name: string,
  aliases: readonly string[],
  extra: { tags: string[]; summary: string },
): Actor {
  return { id, name, kind: "person", aliases: [...aliases], sources: [], ...extra };
}

const FIRST = ["Ahmed", "Rami", "Khaled", "Layla", "Omar", "Yusuf", "Fatima", "Samir", "Hiba", "Walid"];
const LAST = ["Haddad", "Khoury", "Nasser", "Saleh", "Darwish", "Jaber", "Mansour", "Barakat", "Hamdan", "Zein"];
const WORDS = ["trade", "port", "fund", "militia", "bank", "family", "exile", "oil", "army", "group"];

function generatedActors(count: number): Actor[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length] ?? "";
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? "";
    return actor(`actor-${i}`, `${first} ${last} ${i}`, [`${first} al-${last}`], {
      tags: [WORDS[i % WORDS.length] ?? ""],
      summary: `Runs a ${WORDS[(i * 7) % WORDS.length] ?? ""} business with ${WORDS[(i * 3) % WORDS.length] ?? ""} ties.`,
    });
  });
}

describe("search at 20k actors", () => {
  const actors = generatedActors(20_000);
  actors.push(actor("rami-makhlouf", "Rami Makhlouf", ["رامي مخلوف"], { tags: [], summary: "Businessman." }));
  const index = buildSearchIndex(actors);

  it("answers one-letter, prefix, exact, Arabic and no-match queries", () => {
    expect(searchActors(index, "a")).toHaveLength(20);
    expect(searchActors(index, "makh")[0]?.actorId).toBe("rami-makhlouf");
    expect(searchActors(index, "مخلوف")[0]?.actorId).toBe("rami-makhlouf");
    const [exact, ...others] = searchActors(index, "Layla Zein 19993");
    expect(exact).toMatchObject({ actorId: "actor-19993", rank: "exact", field: "name" });
    // The rest are one typo away in the number ("19983", "19992", …).
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((hit) => hit.rank === "fuzzy")).toBe(true);
    expect(searchActors(index, "qqqq zzzz")).toEqual([]);
  });

  it("ranks the many exact alias matches of a common name before its prefix matches", () => {
    const hits = searchActors(index, "Omar al-Saleh", 50);
    expect(hits).toHaveLength(50);
    expect(hits.every((hit) => hit.rank === "exact" && hit.field === "alias")).toBe(true);
  });
});
