// The sorted-array fuzzy lookup finds exactly the terms a brute-force Levenshtein finds, with the
// same distances, whatever the terms share (property-based, small alphabets to share prefixes).
import fc from "fast-check";
import { expect, it } from "vitest";
import { forEachTermWithin } from "../../src/analysis/search/termsNear";

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

const sortedUnique = (terms: string[]) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function near(terms: readonly string[], key: string, edits: number): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  forEachTermWithin(terms, key, edits, (position, distance) => found.push([terms[position] ?? "", distance]));
  return found;
}

const word = fc.stringMatching(/^[abc\uffff]{0,7}$/);

it("finds the terms within the edits and their distances, as brute force does", () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 3 }), (raw, key, edits) => {
      const terms = sortedUnique(raw);
      const expected = terms
        .map((term) => [term, levenshtein(term, key)] as [string, number])
        .filter(([, distance]) => distance <= edits);
      expect(near(terms, key, edits)).toEqual(expected);
    }),
    { numRuns: 400 },
  );
});

it("answers a misspelt name among similar ones", () => {
  const terms = sortedUnique(["makhlouf", "makhluf", "maklouf", "mahmoud", "assad", "asad", "zzz"]);
  expect(near(terms, "makhlof", 1)).toEqual([
    ["makhlouf", 1],
    ["makhluf", 1],
  ]);
  expect(near(terms, "asd", 1)).toEqual([["asad", 1]]);
  expect(near(terms, "", 0)).toEqual([]);
  expect(near([""], "", 0)).toEqual([["", 0]]);
});
