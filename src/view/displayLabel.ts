// Labels drawn on the canvas cannot be isolated the way HTML text can (<bdi>): a right-to-left
// override in a name would display it reversed, and could make one name look like another. The
// canvas gets the text without bidi controls; the details panel shows the original.

// LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const displayLabel = (text: string): string => text.replace(BIDI_CONTROLS, "");
