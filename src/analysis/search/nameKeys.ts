// The comparison keys of one name, alias, tag or query: computed once per indexed text and once
// per keystroke, then compared by classifyMatch and looked up in the term indexes (termIndex.ts).
import { consonantSkeleton } from "./consonantSkeleton";
import { latinPhoneticKey } from "./latinPhoneticKey";
import { isNameParticle, stripArabicArticle, stripAttachedArticles } from "./nameParticles";
import { normalizeForSearch } from "./normalizeForSearch";

export interface NameKeys {
  /** normalizeForSearch of the whole text. */
  readonly normalized: string;
  /** The content words joined by a space: the text "up to particles" ("al-Assad" → "assad"). */
  readonly contentKey: string;
  /** Every word a prefix may start: the normalised words and the content words, deduplicated. */
  readonly surface: readonly string[];
  /**
   * Words without name particles, Arabic article stripped. When a text is nothing but particles
   * ("al", "Abu"), its words are kept so that it can still be found and typed.
   */
  readonly content: readonly string[];
  /** latinPhoneticKey of each content word. */
  readonly phonetic: readonly string[];
  /** consonantSkeleton of each content word and of each two neighbouring ones run together; no empty ones. */
  readonly skeleton: readonly string[];
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/**
 * Skeletons of each two neighbouring content words run together: Arabic writes "نصر الله" as two
 * words where Latin spellings write one ("Nasrallah"), and the reverse happens too ("Abdul Rahman"
 * / "عبدالرحمن"), so both the split and the joined forms are indexed.
 */
function joinedSkeletons(content: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 1; index < content.length; index += 1) {
    const pair = consonantSkeleton(content[index - 1] ?? "") + consonantSkeleton(content[index] ?? "");
    if (pair !== "") joined.push(pair.replace(/(.)\1+/g, "$1"));
  }
  return joined;
}

function splitWords(normalized: string): string[] {
  return normalized === "" ? [] : normalized.split(" ");
}

export function nameKeys(text: string): NameKeys {
  const normalized = normalizeForSearch(text);
  const words = splitWords(normalized);
  const withoutArticles = stripAttachedArticles(text);
  const contentSource = withoutArticles === text ? normalized : normalizeForSearch(withoutArticles);
  const withoutParticles = splitWords(contentSource)
    .filter((word) => !isNameParticle(word))
    .map(stripArabicArticle);
  const content = withoutParticles.length > 0 ? withoutParticles : words;
  return {
    normalized,
    contentKey: content.join(" "),
    surface: unique([...words, ...content]),
    content,
    phonetic: unique(content.map(latinPhoneticKey)),
    skeleton: unique(
      [...content.map(consonantSkeleton), ...joinedSkeletons(content)].filter((skeleton) => skeleton !== ""),
    ),
  };
}
