// Answers one keystroke: the actors whose name, aliases, tags or summary match the query, best
// first, each saying which text matched. Works in stages from the best rank down and stops as soon
// as enough actors are found that no later stage could outrank, so short queries stay cheap.
import { addNameFuzzyMatches, addSummaryFuzzyMatches } from "./fuzzyWordMatches";
import { nameKeys } from "./nameKeys";
import {
  countFromTier,
  emptyCandidates,
  offerCandidate,
  rankCandidates,
  tierOf,
  type Candidate,
  type CandidatesByActor,
} from "./rankCandidates";
import { SEARCH_FIELDS } from "./searchFields";
import { summarySnippet } from "./summarySnippet";
import { addPrefixMatches, emptyMatches, forEachCommonMatch, type TermMatches } from "./termMatches";
import { idsOfTerm, type TermIndex } from "./termIndex";
import type { ActorSearchIndex, SearchHit, SearchRank } from "./types";

export const DEFAULT_SEARCH_LIMIT = 20;
// Bounds that keep any input cheap: no name is longer than 200 characters (schema LIMITS.name), so
// longer queries cannot match better, and a 10k-character paste must not stall the keystroke.
const MAX_QUERY_CHARS = 400;
const MAX_QUERY_WORDS = 8;
const MAX_WORD_CHARS = 64;
// Relevance within a tier: mostly how much of the matched words was typed, a little how much of
// the name the query covers (so "Assad" prefers "Assad" to "Bashar al-Assad" at equal rank).
const TYPED_SHARE = 0.8;
const COVERED_SHARE = 0.19;
const SUMMARY_FIELD = SEARCH_FIELDS.indexOf("summary");
// Tiers (see tierOf): the best tier each later stage can produce.
const PREFIX_SUMMARY_TIER = 2;
const FUZZY_NAME_TIER = 1;
const FUZZY_SUMMARY_TIER = 0;

function prefixMatchesPerWord(index: ActorSearchIndex, terms: TermIndex, words: readonly string[]): TermMatches[] {
  return words.map((word) => {
    const matches = emptyMatches(index.entryTexts.length);
    addPrefixMatches(terms, word, 1, matches);
    return matches;
  });
}

/** Offers every entry that all words matched, as `rank`. */
function offerCommon(
  index: ActorSearchIndex,
  best: CandidatesByActor,
  perWord: readonly TermMatches[],
  rank: SearchRank,
): void {
  const { entryActors, entryFields, entryWordCounts } = index;
  forEachCommonMatch(perWord, (entryId, quality) => {
    const field = entryFields[entryId] ?? SUMMARY_FIELD;
    const words = entryWordCounts[entryId] ?? 1;
    const covered = field === SUMMARY_FIELD ? 0 : Math.min(1, perWord.length / Math.max(1, words));
    const relevance = TYPED_SHARE * quality + COVERED_SHARE * covered;
    offerCandidate(best, entryId, entryActors[entryId] ?? 0, field, tierOf(rank, field), relevance);
  });
}

function offerExact(index: ActorSearchIndex, best: CandidatesByActor, keys: readonly string[]): void {
  for (const key of new Set(keys)) {
    for (const entryId of idsOfTerm(index.exact, key)) {
      const field = index.entryFields[entryId] ?? SUMMARY_FIELD;
      const actor = index.entryActors[entryId] ?? 0;
      offerCandidate(best, entryId, actor, field, tierOf("exact", field), TYPED_SHARE + COVERED_SHARE);
    }
  }
}

function toHit(index: ActorSearchIndex, candidate: Candidate, isMatchedWord: (word: string) => boolean): SearchHit {
  const actor = index.actors[candidate.actorIndex];
  const field = SEARCH_FIELDS[index.entryFields[candidate.entryId] ?? SUMMARY_FIELD] ?? "summary";
  const text = index.entryTexts[candidate.entryId] ?? "";
  return {
    actorId: actor?.id ?? "",
    name: actor?.name ?? "",
    rank: candidate.rank,
    score: candidate.tier + candidate.relevance,
    field,
    matched: field === "summary" ? summarySnippet(text, isMatchedWord) : text,
  };
}

function cleanLimit(limit: number): number {
  return typeof limit !== "number" || Number.isNaN(limit) ? DEFAULT_SEARCH_LIMIT : Math.max(0, Math.floor(limit));
}

/**
 * The best `limit` actors for `query`, ranked exact > prefix > fuzzy, and within a rank name/alias
 * matches before summary/tags matches, then by relevance. One hit per actor, shown with its best
 * matching text. An empty or blank query gives []; no input throws.
 */
export function searchActors(index: ActorSearchIndex, query: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const cap = cleanLimit(limit);
  if (typeof query !== "string") return []; // a caller outside TypeScript's reach
  const keys = nameKeys(query.slice(0, MAX_QUERY_CHARS));
  const words = keys.content.slice(0, MAX_QUERY_WORDS).map((word) => word.slice(0, MAX_WORD_CHARS));
  if (words.length === 0 || cap === 0) return [];

  const best = emptyCandidates(index.actors.length);
  const fuzzySummaryWords = new Set<string>();
  const finish = (): SearchHit[] => {
    const isMatchedWord = (word: string): boolean =>
      fuzzySummaryWords.has(word) || words.some((queryWord) => word.startsWith(queryWord));
    return rankCandidates(best, cap).map((candidate) => toHit(index, candidate, isMatchedWord));
  };
  // Later stages can still add actors below the current ones, never above: stop once enough.
  const enoughAbove = (nextStageTier: number): boolean => countFromTier(best, nextStageTier + 1) >= cap;

  offerExact(index, best, [keys.normalized, keys.contentKey]);
  const namePrefix = prefixMatchesPerWord(index, index.words, words);
  offerCommon(index, best, namePrefix, "prefix");
  if (enoughAbove(PREFIX_SUMMARY_TIER)) return finish();

  const summaryPrefix = prefixMatchesPerWord(index, index.summaryWords, words);
  offerCommon(index, best, summaryPrefix, "prefix");
  if (enoughAbove(FUZZY_NAME_TIER)) return finish();

  // A word that already matched by prefix still counts: "rami مخلوف" is one typed word and one
  // skeleton match of "Rami Makhlouf".
  namePrefix.forEach((matches, i) => addNameFuzzyMatches(index, words[i] ?? "", matches));
  offerCommon(index, best, namePrefix, "fuzzy");
  if (enoughAbove(FUZZY_SUMMARY_TIER)) return finish();

  summaryPrefix.forEach((matches, i) => addSummaryFuzzyMatches(index, words[i] ?? "", matches, fuzzySummaryWords));
  offerCommon(index, best, summaryPrefix, "fuzzy");
  return finish();
}
