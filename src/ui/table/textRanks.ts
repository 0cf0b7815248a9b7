// Ranking texts once (each distinct text's place in the collator's order), so that sorting a
// column compares numbers. The dataset's actor names are ranked once per dataset and shared by
// both tables; `warmActorNameRanks` ranks them in steps while the page is idle, before the table
// is first opened (at 20k actors that was ~30–100 ms of the table's first paint).
import { drain, type DatasetLookup } from "../../model";

/** Above this many distinct texts, they are sorted on folded keys rather than by the collator. */
const FOLDED_FROM = 2000;
/** Texts folded or ranked between two yields of `textRanksInSteps`. */
const STEP = 2000;
const ASCII = /^[ -~]*$/;

/** Each distinct text's place in the collator's order (texts that collate equal share one). */
export function textRanks(texts: Iterable<string>): Map<string, number> {
  return drain(textRanksInSteps(texts));
}

/** `textRanks`, yielding every few thousand texts (for `runInSlices`). */
export function* textRanksInSteps(texts: Iterable<string>): Generator<void, Map<string, number>> {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const distinct = [...new Set(texts)];
  let sorted: string[];
  if (distinct.length > FOLDED_FROM) {
    sorted = yield* sortFolded(distinct);
    yield;
  } else sorted = distinct.sort(collator.compare);
  const rank = new Map<string, number>();
  for (let index = 0; index < sorted.length; index++) {
    const text = sorted[index] ?? "";
    const previous = sorted[index - 1] ?? "";
    rank.set(text, index > 0 && collator.compare(previous, text) === 0 ? (rank.get(previous) ?? index) : index);
    if (index % STEP === STEP - 1) yield;
  }
  return rank;
}

/**
 * The collator's order, nearly, at a fraction of its cost (~2 µs a comparison here): accents
 * and case folded away, digit runs padded so that "actor 9" comes before "actor 10".
 */
function* sortFolded(texts: string[]): Generator<void, string[]> {
  // Printable ASCII has no marks to fold away: most names of most datasets skip the normalisation.
  const fold = (text: string) =>
    (ASCII.test(text) ? text : text.normalize("NFD").replace(/\p{M}/gu, ""))
      .toLowerCase()
      .replace(/\d+/g, (digits) => digits.padStart(12, "0"));
  const keyed: Array<{ text: string; key: string }> = [];
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? "";
    keyed.push({ text, key: fold(text) });
    if (index % STEP === STEP - 1) yield;
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.text);
}

const nameRanksOf = new WeakMap<object, Map<string, number>>();

/**
 * The ranks of a dataset's actor names, computed once per dataset (`owner`, its lookup): the
 * actors table sorts by name and the relations table by the names at either end, so opening the
 * table on 20k actors and 60k relations collates nothing twice.
 */
export function cachedNameRanks(owner: object, names: () => Iterable<string>): ReadonlyMap<string, number> {
  const known = nameRanksOf.get(owner);
  if (known) return known;
  const ranks = textRanks(names());
  nameRanksOf.set(owner, ranks);
  return ranks;
}

const actorNames = (lookup: DatasetLookup) => lookup.dataset.actors.map((actor) => actor.name);

/** The dataset's actor names ranked, shared by both tables (one cache entry per lookup). */
export const actorNameRanks = (lookup: DatasetLookup): ReadonlyMap<string, number> =>
  cachedNameRanks(lookup, () => actorNames(lookup));

/** Ranks the dataset's actor names in steps into the same cache, unless they are there already. */
export function* warmActorNameRanks(lookup: DatasetLookup): Generator<void, void> {
  if (nameRanksOf.has(lookup)) return;
  const ranks = yield* textRanksInSteps(actorNames(lookup));
  if (!nameRanksOf.has(lookup)) nameRanksOf.set(lookup, ranks);
}
