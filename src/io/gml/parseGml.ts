// GML (Graph Modelling Language, as networkx, igraph and Gephi write it) → a tree of key/value
// lists. Hand-written: no maintained JavaScript GML parser exists, and the grammar is four tokens.
import { error, type Issue } from "../../model";

export type GmlValue = string | number | GmlList;
export interface GmlEntry {
  key: string;
  value: GmlValue;
  line: number;
}
export type GmlList = GmlEntry[];

const MAX_DEPTH = 100;
const TOKEN = /\s+|#[^\n]*|\[|\]|"[^"]*"|[^\s[\]"]+/y;

/** Never throws: a syntax error comes back as an issue at `line N`. */
export function parseGml(text: string): { ok: true; list: GmlList } | { ok: false; issues: Issue[] } {
  const root: GmlList = [];
  const stack: GmlList[] = [root];
  let pendingKey: { key: string; line: number } | undefined;
  let line = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match)
      return {
        ok: false,
        issues: [
          error(`line ${line}`, `not valid GML: unexpected "${text.slice(at, at + 10)}"`, "gml.unexpectedText", {
            text: text.slice(at, at + 10),
          }),
        ],
      };
    const token = match[0];
    const startLine = line;
    line += token.split("\n").length - 1;
    if (/^\s/.test(token) || token.startsWith("#")) continue;
    const current = stack.at(-1) ?? root;
    if (token === "]") {
      if (pendingKey || stack.length === 1)
        return {
          ok: false,
          issues: [error(`line ${startLine}`, 'not valid GML: "]" without a matching "["', "gml.unmatchedClose")],
        };
      stack.pop();
      continue;
    }
    if (!pendingKey) {
      if (token === "[" || token.startsWith('"'))
        return {
          ok: false,
          issues: [
            error(
              `line ${startLine}`,
              `not valid GML: expected a key, found ${token.slice(0, 20)}`,
              "gml.expectedKey",
              {
                found: token.slice(0, 20),
              },
            ),
          ],
        };
      pendingKey = { key: token, line: startLine };
      continue;
    }
    if (token === "[") {
      if (stack.length > MAX_DEPTH)
        return {
          ok: false,
          issues: [
            error(`line ${startLine}`, `not valid GML: lists nested deeper than ${MAX_DEPTH}`, "gml.tooDeep", {
              depth: MAX_DEPTH,
            }),
          ],
        };
      const list: GmlList = [];
      current.push({ ...pendingKey, value: list });
      stack.push(list);
    } else if (token.startsWith('"')) current.push({ ...pendingKey, value: decodeEntities(token.slice(1, -1)) });
    else {
      const number = Number(token);
      current.push({ ...pendingKey, value: Number.isFinite(number) ? number : token });
    }
    pendingKey = undefined;
  }
  if (stack.length > 1 || pendingKey)
    return {
      ok: false,
      issues: [
        error(`line ${line}`, 'not valid GML: the file ends inside a list (a "]" is missing)', "gml.unclosedList"),
      ],
    };
  return { ok: true, list: root };
}

/** networkx escapes `"`, `&` and non-ASCII as HTML character references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" }[lower] ?? whole;
  });
}

const safeCodePoint = (code: number, fallback: string): string =>
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
