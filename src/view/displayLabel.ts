// Labels drawn on the canvas cannot be isolated the way HTML text can (<bdi>): a right-to-left
// override in a name would display it reversed, and could make one name look like another. The
// canvas gets the text without bidi controls; the details panel shows the original.

// LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const displayLabel = (text: string): string => text.replace(BIDI_CONTROLS, "");

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_LETTER = /\p{L}/u;
const NEUTRAL = /[^\p{L}\p{N}\p{M}]/u;

/**
 * A label laid out in its own direction, whatever the page's: a canvas draws text in the page's
 * direction (right to left in Arabic), which would move "(Assad era)"'s brackets to the wrong end.
 * Cytoscape wraps labels at spaces and draws each line apart, so a word that starts or ends with a
 * bracket or other neutral gets an invisible mark of the label's direction (LRM or RLM) on that
 * side; words between letters need none, so "Kamal Hassan" stays as it is.
 */
export function anchoredLabel(text: string): string {
  const first = FIRST_LETTER.exec(text)?.[0];
  if (first === undefined) return text;
  const mark = RIGHT_TO_LEFT.test(first) ? "\u200F" : "\u200E";
  return text
    .split(" ")
    .map((word) => {
      const chars = [...word];
      const start = chars.length > 0 && NEUTRAL.test(chars[0] ?? "") ? mark : "";
      const end = chars.length > 0 && NEUTRAL.test(chars[chars.length - 1] ?? "") ? mark : "";
      return `${start}${word}${end}`;
    })
    .join(" ");
}
