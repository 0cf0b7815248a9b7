// Builds the actor search index: exact-name lookup plus term indexes (see termIndex.ts) of words,
// phonetic keys and consonant skeletons, each pointing at the name, alias, tag or summary it came
// from so that a hit can say why it matched.
//
// Why not the MiniSearch class itself: it scores every matching document with BM25 before
// ranking, which took ~150 ms for a one-letter query at 20k actors (measured); looking terms up
// directly (MiniSearch's radix tree for typos) and stopping once enough better-ranked hits are
// found stays within a keystroke.
import type { Actor } from "../../model";
import { nameKeys } from "./nameKeys";
import { normalizeForSearch } from "./normalizeForSearch";
import { fieldCode } from "./searchFields";
import { buildTermIndex, collectTerm, type TermCollector } from "./termIndex";
import type { ActorSearchIndex, SearchField } from "./types";

const MAX_WORD_COUNT = 0xffff;

export function buildSearchIndex(actors: readonly Actor[]): ActorSearchIndex {
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

  actors.forEach((actor, actorIndex) => {
    addName(actorIndex, "name", actor.name);
    for (const alias of actor.aliases) addName(actorIndex, "alias", alias);
    for (const tag of actor.tags) addName(actorIndex, "tags", tag);
    if (actor.summary !== undefined) addSummary(actorIndex, actor.summary);
  });
  return {
    actors: actors.map(({ id, name }) => ({ id, name })),
    entryTexts: texts,
    entryActors: Int32Array.from(actorOf),
    entryFields: Uint8Array.from(fieldOf),
    entryWordCounts: Uint16Array.from(wordCountOf),
    exact,
    words: buildTermIndex(words),
    summaryWords: buildTermIndex(summaryWords),
    phonetic: buildTermIndex(phonetic),
    skeleton: buildTermIndex(skeleton),
  };
}
