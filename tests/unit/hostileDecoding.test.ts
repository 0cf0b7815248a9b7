// Text decoding, JSON error location at any depth, and id allocation at scale.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/io/decodeText";
import { locateJsonError } from "../../src/io/locateJsonError";
import { importFile, parseJson } from "../../src/io";
import { createIdAllocator } from "../../src/io/exchange/idAllocator";

const utf16le = (text: string) => new Uint8Array(Uint16Array.from([...text].map((char) => char.charCodeAt(0))).buffer);

describe("decodeText", () => {
  it("follows byte order marks, and removes them", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: "A", encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0xe9, 0]))).toEqual({ text: "Aé", encoding: "utf-16le" });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0xe9]))).toEqual({ text: "Aé", encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a mark by its zero bytes", () => {
    expect(decodeText(utf16le('{"name": "José"}'))).toEqual({ text: '{"name": "José"}', encoding: "utf-16le" });
  });

  it("honours an XML declaration, and says when it names an unknown encoding", () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Jos\xe9 \x80</a>';
    expect(decodeText(Uint8Array.from([...xml].map((char) => char.charCodeAt(0))))).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>José €</a>',
      encoding: "windows-1252",
    });
    const unknown = decodeText(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a>é</a>'));
    expect(unknown).toEqual({
      text: '<?xml version="1.0" encoding="x-klingon"?><a>é</a>',
      encoding: "utf-8",
      note: 'the declared encoding "x-klingon" is unknown; read as UTF-8',
      unknownDeclared: "x-klingon",
    });
  });

  it("reads valid UTF-8 as UTF-8, and anything else as Windows-1252, saying so", () => {
    expect(decodeText(new TextEncoder().encode("Müller – ok"))).toEqual({ text: "Müller – ok", encoding: "utf-8" });
    const latin = decodeText(
      Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
    );
    expect(latin).toEqual({
      text: "Müller – “ok”",
      encoding: "windows-1252",
      note: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    });
  });

  it("decodes nothing to nothing", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("JSON errors at any depth", () => {
  it("locates the end of a million unclosed brackets without overflowing the stack", () => {
    const text = "[".repeat(1_000_000);
    expect(locateJsonError(text)).toBe(1_000_000);
    expect(locateJsonError(`{"a": ${"[".repeat(500_000)}1, }`)).toBe(500_000 + 9);
    const result = parseJson(text);
    expect(result.ok ? [] : result.issues[0]?.path).toBe("line 1, column 1000001");
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const text of ['{"a": [1, {"b": null}], "c": "\\u00e9"}', "[]", "{}", '"x"', "-0.5e3", " true "])
      expect(locateJsonError(text), text).toBeUndefined();
    for (const text of ["[1,]", '{"a" 1}', "{,}", "[1 2]", "tru", '"a\nb"', "01", "[", "{", ""])
      expect(locateJsonError(text), text).not.toBeUndefined();
  });

  it("refuses deep but valid nesting with a message, not a stack overflow", () => {
    const result = importFile("deep.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "deep.json",
        message: "nested more than 64 levels deep; a dataset never is",
        severity: "error",
        code: "json.tooDeep",
        values: { depth: 64 },
      },
    ]);
  });
});

describe("id allocation", () => {
  it("hands out 20 000 ids for non-Latin names in linear time", () => {
    const allocator = createIdAllocator();
    const started = performance.now();
    const ids = Array.from({ length: 20_000 }, (_, index) => allocator.take(index % 2 ? "عقدة" : "узел", "node"));
    // Quadratic allocation took ~100 s here; linear takes milliseconds. A wide bound, not a benchmark.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(["node", "node-2", "node-3"]);
  });

  it("skips ids reserved in between", () => {
    const allocator = createIdAllocator();
    allocator.reserve(["a", "a-2", "a-4"]);
    expect([allocator.take("a", "x"), allocator.take("a", "x"), allocator.take("a", "x")]).toEqual([
      "a-3",
      "a-5",
      "a-6",
    ]);
  });
});
