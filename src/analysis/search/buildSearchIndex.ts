// Builds the actor search index: exact-name lookup and term indexes (see termIndex.ts) of words,
// phonetic keys and consonant skeletons, each pointing at the name, alias, tag or summary it came
// from so that a hit can say why it matched.
//
// Why not a search library such as MiniSearch: it scores every matching document with BM25 before
// ranking, which took ~150 ms for a one-letter query at 20k actors (measured), and its radix tree
// held ~20 MiB there; looking terms up in sorted arrays and stopping once enough better-ranked hits
// are found stays within a keystroke and a few MiB.
import { drain, type Actor } from "../../model";
import { nameKeys } from "./nameKeys";
import { normalizeForSearch } from "./normalizeForSearch";
import { fieldCode } from "./searchFields";
import { buildTermIndexInSteps, collectTerm, type TermCollector, type TermIndex } from "./termIndex";
import type { ActorSearchIndex, SearchField } from "./types";

const MAX_WORD_COUNT = 0xffff;
/**
 * Actors indexed between two pauses: ~3 ms of work on the quiet 2-core bench machine; 200 made
 * steps of 100–400 ms when the machine was loaded (names with aliases in two scripts).
 */
const ACTORS_PER_STEP = 50;

export function buildSearchIndex(actors: readonly Actor[]): ActorSearchIndex {
  return drain(buildSearchIndexInSteps(actors));
}

/**
 * The same build, pausing (yield) every few milliseconds of work, so that a caller can spread a
 * large index over many short tasks and keep the page responsive (see ui/app/runInSlices.ts).
 */
export function* buildSearchIndexInSteps(actors: readonly Actor[]): Generator<void, ActorSearchIndex> {
  const texts: string[] = [];
  const actorOf: number[] = [];
  const fieldOf: number[] = [];
  const wordCountOf: number[] = [];
  const exact: TermCollector = new Map();
  const words: TermCollector = new Map();
  const summaryWords: TermCollector = new Map();
  const phonetic: TermCollector = new Map();
  const skeleton: TermCollector = new Map();

  const addEntry = (actorIndex: number, field: SearchField, text: string, wordCount: number): number => {
    texts.push(text);
    actorOf.push(actorIndex);
    fieldOf.push(fieldCode(field));
    wordCountOf.push(Math.min(wordCount, MAX_WORD_COUNT));
    return texts.length - 1;
  };
  const addName = (actorIndex: number, field: SearchField, text: string): void => {
    const keys = nameKeys(text);
    if (keys.surface.length === 0) return; // nothing searchable in it (punctuation, emoji)
    const id = addEntry(actorIndex, field, text, keys.content.length);
    collectTerm(exact, keys.normalized, id);
    collectTerm(exact, keys.contentKey, id);
    for (const word of keys.surface) collectTerm(words, word, id);
    for (const key of keys.phonetic) collectTerm(phonetic, key, id);
    for (const key of keys.skeleton) collectTerm(skeleton, key, id);
  };
  // Summaries are prose: only their words are indexed, not phonetic keys or skeletons, which
  // would make every short query match half of the dataset.
  const addSummary = (actorIndex: number, text: string): void => {
    const normalized = normalizeForSearch(text);
    if (normalized === "") return;
    const summaryTerms = new Set(normalized.split(" "));
    const id = addEntry(actorIndex, "summary", text, summaryTerms.size);
    for (const word of summaryTerms) collectTerm(summaryWords, word, id);
  };

  for (const [actorIndex, actor] of actors.entries()) {
    addName(actorIndex, "name", actor.name);
    for (const alias of actor.aliases) addName(actorIndex, "alias", alias);
    for (const tag of actor.tags) addName(actorIndex, "tags", tag);
    if (actor.summary !== undefined) addSummary(actorIndex, actor.summary);
    if (actorIndex % ACTORS_PER_STEP === ACTORS_PER_STEP - 1) yield;
  }
  const termIndexes: TermIndex[] = [];
  for (const collector of [exact, words, summaryWords, phonetic, skeleton])
    termIndexes.push(yield* buildTermIndexInSteps(collector));
  const [exactIndex, wordIndex, summaryIndex, phoneticIndex, skeletonIndex] = termIndexes as [
    TermIndex,
    TermIndex,
    TermIndex,
    TermIndex,
    TermIndex,
  ];
  return {
    actors: actors.map(({ id, name }) => ({ id, name })),
    entryTexts: texts,
    entryActors: Int32Array.from(actorOf),
    entryFields: Uint8Array.from(fieldOf),
    entryWordCounts: Uint16Array.from(wordCountOf),
    exact: exactIndex,
    words: wordIndex,
    summaryWords: summaryIndex,
    phonetic: phoneticIndex,
    skeleton: skeletonIndex,
  };
}
