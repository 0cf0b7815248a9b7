// Spelling-tolerant matches of one query word: phonetic key, consonant skeleton and typo distance.
import { consonantSkeleton } from "./consonantSkeleton";
import { latinPhoneticKey } from "./latinPhoneticKey";
import { addFuzzyMatches, addPrefixMatches, addTermMatches, type TermMatches } from "./termMatches";
import type { ActorSearchIndex } from "./types";

// A one-letter key or one-consonant skeleton ("s" for "Isa") matches far too much to help.
const MIN_KEY_LENGTH = 2;
// Skeleton prefixes only from three consonants: "mk" would start every m-k name.
const SKELETON_PREFIX_FROM_LENGTH = 3;
// How much each kind of evidence is worth, relative to a typed word (1).
const PHONETIC_WEIGHT = 0.9;
const TYPO_WEIGHT = 0.8;
const PHONETIC_TYPO_WEIGHT = 0.7;
const SKELETON_WEIGHT = 0.6;

/** Typo tolerance: one edit from 4 letters, two from 8, none below 4. */
export function allowedEdits(key: string): number {
  if (key.length >= 8) return 2;
  return key.length >= 4 ? 1 : 0;
}

/** Adds to `into` the name/alias/tag entries that `word` matches only loosely. */
export function addNameFuzzyMatches(index: ActorSearchIndex, word: string, into: TermMatches): void {
  const phonetic = latinPhoneticKey(word);
  if (phonetic.length >= MIN_KEY_LENGTH) addPrefixMatches(index.phonetic, phonetic, PHONETIC_WEIGHT, into);
  const skeleton = consonantSkeleton(word);
  if (skeleton.length >= SKELETON_PREFIX_FROM_LENGTH) {
    addPrefixMatches(index.skeleton, skeleton, SKELETON_WEIGHT, into);
  } else if (skeleton.length >= MIN_KEY_LENGTH) {
    addTermMatches(index.skeleton, skeleton, SKELETON_WEIGHT, into);
  }
  const edits = allowedEdits(word);
  if (edits > 0) addFuzzyMatches(index.words, word, edits, TYPO_WEIGHT, into);
  const phoneticEdits = allowedEdits(phonetic);
  if (phoneticEdits > 0) addFuzzyMatches(index.phonetic, phonetic, phoneticEdits, PHONETIC_TYPO_WEIGHT, into);
}

/** Adds to `into` the summaries holding a word within typo distance of `word`; `found` gets those words. */
export function addSummaryFuzzyMatches(
  index: ActorSearchIndex,
  word: string,
  into: TermMatches,
  found: Set<string>,
): void {
  const edits = allowedEdits(word);
  if (edits > 0) addFuzzyMatches(index.summaryWords, word, edits, TYPO_WEIGHT, into, found);
}
