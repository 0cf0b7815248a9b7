// The shapes of the actor search index and its results.
import type { TermIndex } from "./termIndex";

/** How a hit matched, best first: whole name, start of a word, or spelling-tolerant. */
export type SearchRank = "exact" | "prefix" | "fuzzy";

/** Which part of the actor matched. */
export type SearchField = "name" | "alias" | "summary" | "tags";

export interface SearchHit {
  readonly actorId: string;
  /** The actor's display name, whatever matched. */
  readonly name: string;
  readonly rank: SearchRank;
  /**
   * Higher is better, and ordering by it is the ordering of the results: the integer part encodes
   * rank and whether a name/alias matched (exact name/alias 5, exact tag 4, prefix name/alias 3,
   * prefix summary/tag 2, fuzzy name/alias 1, fuzzy summary/tag 0); the fraction is the relevance
   * within that tier (how much of the matched words was typed, how much of the name was matched).
   */
  readonly score: number;
  readonly field: SearchField;
  /** The name, alias or tag that matched, as written; for a summary, a short snippet around the word. */
  readonly matched: string;
}

/** Built once per dataset by buildSearchIndex; treat as opaque and immutable. */
export interface ActorSearchIndex {
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  // Entries are the searchable texts: each name, alias, tag and summary. Entry id = position;
  // kept as parallel arrays because a keystroke may visit tens of thousands of them.
  /** The text as written in the dataset. */
  readonly entryTexts: readonly string[];
  /** Position of the entry's actor in the list given to buildSearchIndex. */
  readonly entryActors: Int32Array;
  /** Position of the entry's field in SEARCH_FIELDS. */
  readonly entryFields: Uint8Array;
  /** Content words (see nameKeys); a query covering all of them is more relevant. */
  readonly entryWordCounts: Uint16Array;
  /** Whole normalised name/alias/tag, and the same without particles → entry ids. */
  readonly exact: TermIndex;
  /** Words of names, aliases and tags. */
  readonly words: TermIndex;
  /** Words of summaries, kept apart so that names can be answered without walking prose. */
  readonly summaryWords: TermIndex;
  readonly phonetic: TermIndex;
  readonly skeleton: TermIndex;
}
