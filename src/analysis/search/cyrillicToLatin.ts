// Romanises Russian and Ukrainian words so that Cyrillic names meet their Latin spellings through
// the same phonetic keys and consonant skeletons: "Махлуф" → "makhluf", "Асад" → "asad".
// The scheme is a plain reading aid (close to BGN/PCGN), not a standard to print: it only has to
// land on the letters latinPhoneticKey folds together.

// prettier-ignore
const CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "e", є: "ye", ж: "zh", з: "z",
  и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "yu", я: "ya",
};

const CYRILLIC_WORD = /^[\u0400-\u04FF]+$/;

/** True when `word` (normalised: lower case, no marks) is written in Cyrillic letters only. */
export function isCyrillicWord(word: string): boolean {
  return CYRILLIC_WORD.test(word);
}

/**
 * The Latin reading of a normalised Cyrillic word; letters outside the table are dropped, so the
 * result is plain a–z. Other words come back unchanged.
 */
export function cyrillicToLatin(word: string): string {
  if (!isCyrillicWord(word)) return word;
  let latin = "";
  for (const char of word) latin += CYRILLIC_LETTERS[char] ?? "";
  return latin;
}
