// Bytes of a file → text, with the encoding that was used, so that the import can say it. Files
// arrive from everywhere: Excel's CSV in Windows-1252, XML declaring ISO-8859-1, Windows tools'
// UTF-16 with or without a byte order mark. Reading them all as UTF-8 gave "Jos� M�ller" silently.
// The order: byte order mark, then UTF-16 recognised by its zero bytes, then the encoding the
// file declares (XML) or the caller knows, then strict UTF-8, then Windows-1252 (which decodes
// any bytes, and is what "ISO-8859-1" means on the web).

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string;
  /** Said to the user when the encoding was a guess or a declaration could not be honoured. */
  note?: string;
  /** The encoding the file declared when this platform does not know it (the note says so). */
  unknownDeclared?: string;
}

export interface DecodeOptions {
  /** An encoding the file declares outside its bytes (e.g. a charset); an XML declaration wins. */
  declaredEncoding?: string;
}

const SNIFF_BYTES = 1024;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** UTF-16 without a mark: text in Latin script has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return "utf-16be";
  return undefined;
}

/** The `encoding` of an XML declaration (read as ASCII: the declaration is ASCII in every encoding we sniff). */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // an encoding the platform does not know
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Windows-1252's 0x80–0x9F, which some engines (Node's TextDecoder) decode as Latin-1 control
// characters; the five bytes Windows-1252 leaves undefined keep their control character.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

const NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Latin-1)",
};
/** A name for people: "UTF-8", "Windows-1252 (Latin-1)", or the WHATWG name. */
export const encodingName = (encoding: string): string => NAMES[encoding] ?? encoding;

/** Never throws; any bytes give some text. A byte order mark is removed from the text. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const marked = byteOrderMark(bytes) ?? sniffUtf16(bytes);
  if (marked) return { text: decoderFor(marked)!.decode(bytes), encoding: marked };
  const declared = xmlDeclaredEncoding(bytes) ?? options.declaredEncoding;
  let note: string | undefined;
  if (declared) {
    const decoder = decoderFor(declared);
    // A declared UTF-16 in bytes that are not is a wrong declaration: fall through to the checks.
    if (decoder && !decoder.encoding.startsWith("utf-16")) {
      if (decoder.encoding === "windows-1252") return { text: windows1252(bytes), encoding: decoder.encoding };
      if (decoder.encoding !== "utf-8") return { text: decoder.decode(bytes), encoding: decoder.encoding };
    } else if (!decoder) note = `the declared encoding "${declared}" is unknown`;
  }
  const unknown = note && declared ? { unknownDeclared: declared } : {};
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined)
    return { text: utf8, encoding: "utf-8", ...(note ? { note: `${note}; read as UTF-8`, ...unknown } : {}) };
  const fallback = `${note ? `${note}; ` : ""}not valid UTF-8; read as Windows-1252 (Latin-1)`;
  return { text: windows1252(bytes), encoding: "windows-1252", note: fallback, ...unknown };
}
