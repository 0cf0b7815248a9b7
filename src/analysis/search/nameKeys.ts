// The comparison keys of one name, alias, tag or query: computed once per indexed text and once
// per keystroke, then compared by classifyMatch and fed to the MiniSearch fields.
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
  /** consonantSkeleton of each content word, empty skeletons left out. */
  readonly skeleton: readonly string[];
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
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
    skeleton: unique(content.map(consonantSkeleton).filter((skeleton) => skeleton !== "")),
  };
}
