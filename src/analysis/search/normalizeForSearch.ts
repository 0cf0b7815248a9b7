// Folds a text to the form the search index compares: case, accents, Arabic spelling variants
// and punctuation stop mattering, so "Makhlouf", "MAKHLOÛF" and "makhlouf" become one string.

/** Letters that Unicode decomposition leaves alone but that people type interchangeably. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  // Latin letters without a decomposition.
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  // Arabic letter variants (hamza carriers and madda decompose under NFKD; these do not).
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0649": "\u064A", // ى alef maqsura → ي
  "\u0629": "\u0647", // ة ta marbuta → ه
  "\u06CC": "\u064A", // ی Persian yeh → ي
  "\u06A9": "\u0643", // ک keheh → ك
};

/** Arabic-Indic and Persian digits become ASCII digits so "١٩٧٠" finds "1970". */
function foldDigit(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return char;
}

// Combining marks cover Latin accents and Arabic tashkeel (U+064B–U+065F, U+0670) alike; tatweel
// (U+0640) is a letter-like stretcher, not a mark, so it is listed on its own.
const MARKS_AND_STRETCHERS = /[\p{M}\u0640]/gu;
// Apostrophes and the ʿayn/hamza modifier letters of scholarly transliteration sit inside a word
// ("Sa'id", "Saʿīd"): removing them keeps the word whole instead of splitting it in two.
const INNER_APOSTROPHES = /['’‘`´ʻʼʾʿ]/gu;
// Bidi controls, zero-width joiners and the byte-order mark are invisible: drop them.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
const FOLDABLE = /[ßæœøđðłıþ\u0671\u0649\u0629\u06CC\u06A9]/gu;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
// Everything that is not a letter or a digit (hyphens, punctuation, symbols, emoji) separates words.
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds `text` for comparison: NFKD, combining marks and tatweel removed, lower case, Arabic
 * letter variants unified (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), apostrophes removed, every
 * other non-letter folded to a single space, trimmed. Never throws; the empty string folds to "".
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(INNER_APOSTROPHES, "")
    .normalize("NFKD")
    .replace(MARKS_AND_STRETCHERS, "")
    .replace(INVISIBLES, "")
    .toLowerCase()
    .replace(FOLDABLE, (char) => LETTER_FOLDS[char] ?? char)
    .replace(ARABIC_DIGITS, foldDigit)
    .replace(SEPARATORS, " ")
    .trim();
}
