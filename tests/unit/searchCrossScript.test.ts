// Search both ways between scripts: Latin queries find Arabic- and Cyrillic-only names, and
// Arabic or Cyrillic queries find Latin-only names, each hit saying which text matched.
import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchActors } from "../../src/analysis/search";
import { cyrillicToLatin } from "../../src/analysis/search/cyrillicToLatin";
import type { Actor } from "../../src/model";

function actor(id: string, name: string, aliases: readonly string[] = []): Actor {
  return { id, name, kind: "person", aliases: [...aliases], tags: [], sources: [] };
}

// Each actor is written in one script only, so a hit can only come from crossing scripts.
const index = buildSearchIndex([
  actor("nasrallah", "حسن نصر الله"),
  actor("makhlouf-ar", "رامي مخلوف"),
  actor("moscow-ru", "Москва"),
  actor("zelensky-uk", "Володимир Зеленський"),
  actor("lavrov-latin", "Sergei Lavrov"),
  actor("hassan-latin", "Kamal Hassan"),
  actor("damascus", "Damascus"),
]);

const firstId = (query: string): string | undefined => searchActors(index, query)[0]?.actorId;

describe("cross-script search", () => {
  it.each([
    ["Nasrallah", "nasrallah"],
    ["Hassan Nasrallah", "nasrallah"],
    ["Makhlouf", "makhlouf-ar"],
    ["Moskva", "moscow-ru"],
    ["Zelenskyi", "zelensky-uk"],
  ])("the Latin query %s finds %s", (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it.each([
    ["Лавров", "lavrov-latin"],
    ["Хассан", "hassan-latin"],
    ["كمال حسن", "hassan-latin"],
  ])("the non-Latin query %s finds the Latin-only %s", (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it("says which text matched a cross-script hit", () => {
    const hit = searchActors(index, "Nasrallah")[0];
    expect(hit).toMatchObject({ actorId: "nasrallah", field: "name", matched: "حسن نصر الله", rank: "fuzzy" });
  });

  it("does not let a Latin query match an unrelated name in another script", () => {
    expect(searchActors(index, "Damascus").map((hit) => hit.actorId)).toEqual(["damascus"]);
  });

  it("romanises Russian and Ukrainian letters", () => {
    expect(cyrillicToLatin("махлуф")).toBe("makhluf");
    expect(cyrillicToLatin("зеленський")).toBe("zelenskiy");
    expect(cyrillicToLatin("makhlouf")).toBe("makhlouf");
  });
});
