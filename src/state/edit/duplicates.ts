// Likely duplicate actors: two actors share a name key as the search computes it (content words,
// Latin phonetic key, consonant skeleton), over names and aliases. "Kamal Hasan" and "Kamal
// Hassan" share a phonetic key; "al-Assad" and "Assad" share content words.
import { nameKeys } from "../../analysis/search";
import { drain, type Actor, type Dataset } from "../../model";

export interface DuplicateSuggestion {
  a: string;
  b: string;
  /** What the two have in common, in words: "same name up to spelling (Kamal Hasan / Kamal Hassan)". */
  reason: string;
}

interface Keyed {
  actor: Actor;
  text: string;
}

function keysOf(text: string): { key: string; reason: string }[] {
  const keys = nameKeys(text);
  if (keys.content.length === 0) return [];
  const keyed = [
    { key: `c:${keys.contentKey}`, reason: "same name" },
    {
      key: `p:${keys.content.map((word) => nameKeys(word).phonetic.join("")).join(" ")}`,
      reason: "same name up to spelling",
    },
  ];
  // Skeletons of one short word match too much ("Ali" / "Ala"); two words or more are specific.
  if (keys.skeleton.length >= 2)
    keyed.push({ key: `s:${keys.skeleton.join(" ")}`, reason: "same consonants (a transliteration?)" });
  return keyed;
}

export function suggestDuplicates(dataset: Dataset, limit = 50): DuplicateSuggestion[] {
  return drain(suggestDuplicatesInSteps(dataset, limit));
}

/** Actors keyed between two yields of `suggestDuplicatesInSteps` (a few ms). */
const ACTORS_PER_STEP = 250;

/**
 * `suggestDuplicates` yielding every few hundred actors: keying 5,000 names takes ~0.1–0.25 s,
 * which right after an import would be one long task (the caller runs it between frames).
 */
export function* suggestDuplicatesInSteps(dataset: Dataset, limit = 50): Generator<void, DuplicateSuggestion[]> {
  const groups = new Map<string, Keyed[]>();
  let keyed = 0;
  for (const actor of dataset.actors) {
    if (++keyed % ACTORS_PER_STEP === 0) yield;
    for (const text of [actor.name, ...actor.aliases]) {
      for (const { key } of keysOf(text)) {
        const members = groups.get(key);
        if (members) members.push({ actor, text });
        else groups.set(key, [{ actor, text }]);
      }
    }
  }
  yield;
  const seen = new Set<string>();
  const suggestions: DuplicateSuggestion[] = [];
  for (const [key, members] of groups) {
    const reason = key.startsWith("c:")
      ? "same name"
      : key.startsWith("p:")
        ? "same name up to spelling"
        : "same consonants (a transliteration?)";
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const left = members[i] as Keyed;
        const right = members[j] as Keyed;
        if (left.actor.id === right.actor.id) continue;
        const pair = [left.actor.id, right.actor.id].sort().join("\u0000");
        if (seen.has(pair)) continue;
        seen.add(pair);
        suggestions.push({ a: left.actor.id, b: right.actor.id, reason: `${reason} (${left.text} / ${right.text})` });
        if (suggestions.length >= limit) return suggestions;
      }
    }
  }
  return suggestions;
}
