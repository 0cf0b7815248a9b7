// Name particles: the articles and kinship words that romanisations of Arabic names add, drop or
// spell differently ("al-Assad", "el Assad", "Assad"), so that a name matches without them.

/**
 * Standalone tokens (after normalizeForSearch) that do not have to be typed for a name to match.
 * Kept short on purpose: "ben" and "as" are also ordinary words and names, so they are not here.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "ul",
  "il",
  "bin",
  "ibn",
  "bint",
  "abu",
  "abou",
  "\u0627\u0628\u0648", // ابو (أبو once folded)
  "\u0628\u0646", // بن
  "\u0627\u0628\u0646", // ابن
  "\u0628\u0646\u062A", // بنت
]);

const ARABIC_ARTICLE = "\u0627\u0644"; // ال, written joined to the word: الأسد

// Sun-letter forms of the article are only particles when hyphen-joined to a name ("ash-Shami",
// "ad-Din", "an-Nahhas"); standalone "as", "at" or "an" are left alone because they are words.
const ATTACHED_ASSIMILATED_ARTICLE = /(^|\s)[ae](?:[dnrstz]|sh|th|dh)[-\u2010-\u2014](?=\p{L})/giu;

export function isNameParticle(token: string): boolean {
  return NAME_PARTICLES.has(token);
}

/** Removes hyphen-joined sun-letter articles from raw text, before normalisation. */
export function stripAttachedArticles(text: string): string {
  return text.replace(ATTACHED_ASSIMILATED_ARTICLE, "$1");
}

/** Removes the joined Arabic article ال when at least two letters remain ("الاسد" → "اسد"). */
export function stripArabicArticle(token: string): string {
  return token.startsWith(ARABIC_ARTICLE) && token.length >= ARABIC_ARTICLE.length + 2
    ? token.slice(ARABIC_ARTICLE.length)
    : token;
}
