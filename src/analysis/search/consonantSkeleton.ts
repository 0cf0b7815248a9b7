// Consonant skeletons: the script-independent spine of a name, so that "مخلوف" meets "Makhlouf"
// and "Makhluf" (all m-k-l-f). Vowels, long-vowel letters, ʿayn and hamza are left out because
// romanisations disagree on them; consonants use the letters of latinPhoneticKey.
import { cyrillicToLatin } from "./cyrillicToLatin";
import { latinPhoneticKey } from "./latinPhoneticKey";

/** Arabic letter → skeleton letter; "" for letters that romanisations write as vowels or not at all. */
const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  "\u0627": "", // ا alef
  "\u0621": "", // ء hamza
  "\u0648": "", // و waw: w or u
  "\u064A": "", // ي yeh: y or i
  "\u0639": "", // ع ʿayn
  "\u0628": "b", // ب
  "\u062A": "t", // ت
  "\u062B": "t", // ث th
  "\u062C": "j", // ج
  "\u062D": "h", // ح
  "\u062E": "k", // خ kh
  "\u062F": "d", // د
  "\u0630": "d", // ذ dh
  "\u0631": "r", // ر
  "\u0632": "z", // ز
  "\u0633": "s", // س
  "\u0634": "x", // ش sh
  "\u0635": "s", // ص
  "\u0636": "d", // ض
  "\u0637": "t", // ط
  "\u0638": "z", // ظ
  "\u063A": "g", // غ gh
  "\u0641": "f", // ف
  "\u0642": "k", // ق q
  "\u0643": "k", // ك
  "\u0644": "l", // ل
  "\u0645": "m", // م
  "\u0646": "n", // ن
  "\u0647": "h", // ه (also ة, folded by normalizeForSearch)
  "\u067E": "p", // پ
  "\u0686": "x", // چ ch
  "\u0698": "j", // ژ
  "\u06AF": "g", // گ
  "\u06A4": "v", // ڤ
};

const LATIN_VOWELS = /[aiuw]/g; // after latinPhoneticKey, e/o/y are already i/u
const DOUBLES = /(.)\1+/g;

function arabicSkeleton(word: string): string {
  let skeleton = "";
  for (const char of word) {
    const consonant = ARABIC_CONSONANTS[char];
    if (consonant === undefined) return ""; // not (only) Arabic letters: no skeleton
    skeleton += consonant;
  }
  // latinPhoneticKey drops a final h after a vowel, so a final ه or ح goes too: that covers the
  // silent ة (Hamza/حمزة) and keeps Saleh/صالح together.
  return skeleton.replace(/h$/, "");
}

/**
 * The consonant skeleton of one normalised word (Latin a–z, Cyrillic or Arabic letters; see
 * normalizeForSearch; Cyrillic is romanised first). Doubled consonants collapse. Returns "" for words in other scripts, mixed
 * words and words with digits. Examples: makhlouf → mklf, مخلوف → mklf, tartous → trts, طرطوس → trts.
 */
export function consonantSkeleton(word: string): string {
  const latin = cyrillicToLatin(word);
  const skeleton = /^[a-z]+$/.test(latin) ? latinPhoneticKey(latin).replace(LATIN_VOWELS, "") : arabicSkeleton(word);
  return skeleton.replace(DOUBLES, "$1");
}
