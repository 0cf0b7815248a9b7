// A transliteration-folding key for Latin-script words, so that the many romanisations of one
// Arabic name meet: "Makhlouf"/"Makhluf", "Hassan"/"Hasan", "Khaled"/"Khalid", "Tartus"/"Tartous".

/**
 * Rewrites applied in this order, each to the whole word, left to right. The order matters:
 * "x" is freed first because it then stands for the "sh" sound; "sch"/"sh"/"ch" are folded before
 * the lone "c" and "h" are touched; vowels are folded after the consonant digraphs that contain them.
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/x/g, "ks"],
  [/sch|sh|ch/g, "x"], // ش: Shami, Chami (French), Schami (German)
  [/kh/g, "k"], // خ: Makhlouf; also meets k/q spellings
  [/gh/g, "g"], // غ
  [/ph/g, "f"],
  [/th/g, "t"], // ث: Uthman/Utman
  [/dh/g, "d"], // ذ: Dhahabi/Dahabi
  [/dj|zh/g, "j"], // ج: Djamal (French), Zhamal
  [/ck|q|c/g, "k"], // ق/ك: Qasim, Kasim, Cassim
  [/o/g, "u"], // Arabic has three vowels: o is a spelling of u (Mohammed/Muhammad)
  [/e|y/g, "i"], // and e/y spell i (Khaled/Khalid, Husayn/Husein)
  [/([aiu])h$/, "$1"], // a silent final h (Fatimah/Fatima, Hamzah/Hamza)
  [/(.)\1+/g, "$1"], // doubled letters are spelling, not sound (Hassan/Hasan, Assad/Asad)
];

import { cyrillicToLatin } from "./cyrillicToLatin";

const LATIN_WORD = /^[a-z]+$/;

/**
 * The phonetic key of one normalised word (see normalizeForSearch). Cyrillic words are romanised
 * first (cyrillicToLatin), so "Махлуф" and "Makhlouf" share a key; words that are not plain a–z
 * after that (other scripts, digits) come back unchanged. Deterministic and total: never throws.
 *
 * Examples: makhlouf → makluf, makhluf → makluf, hassan → hasan, khaled → kalid, tartous → tartus.
 */
export function latinPhoneticKey(word: string): string {
  const latin = cyrillicToLatin(word);
  if (!LATIN_WORD.test(latin)) return word;
  let key = latin;
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return key;
}
