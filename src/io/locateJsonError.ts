// Finds the offset of the first JSON syntax error. Some engines name the bad token but not where
// it is (and Chrome's "Unexpected end of JSON input" has no position at all); a strict little
// scanner gives the user a line and column anyway. It is iterative, with an explicit stack of the
// open arrays and objects: a file of a million "[" must not overflow the call stack.

const isWhitespace = (char: string | undefined) => char === " " || char === "\t" || char === "\n" || char === "\r";
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** Offset of the first syntax error, or undefined when `text` is valid JSON. */
export function locateJsonError(text: string): number | undefined {
  let at = 0;
  // "[" or "{" for each open container; what may come next is tracked by `expect`.
  const open: string[] = [];
  const skip = () => {
    while (isWhitespace(text[at])) at++;
  };
  const string = (): boolean => {
    at++; // opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at++;
        return true;
      }
      if (char === "\\") at++;
      else if (char < " ") return false;
      at++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const char = text[at];
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) return false;
    at += match[0].length;
    return true;
  };
  // A value is expected (at the start, after ":" or ","), or after "[" a value or "]".
  let expect: "value" | "value-or-close" | "key-or-close" | "key" | "after-value" = "value";
  for (;;) {
    skip();
    const char = text[at];
    if (expect === "after-value") {
      const container = open[open.length - 1];
      if (container === undefined) return at < text.length ? at : undefined;
      if (char === ",") {
        at++;
        expect = container === "[" ? "value" : "key";
      } else if ((char === "]" && container === "[") || (char === "}" && container === "{")) {
        at++;
        open.pop();
      } else return at;
      continue;
    }
    if (expect === "key" || expect === "key-or-close") {
      if (expect === "key-or-close" && char === "}") {
        at++;
        open.pop();
        expect = "after-value";
        continue;
      }
      if (char !== '"' || !string()) return at;
      skip();
      if (text[at] !== ":") return at;
      at++;
      expect = "value";
      continue;
    }
    if (expect === "value-or-close" && char === "]") {
      at++;
      open.pop();
      expect = "after-value";
      continue;
    }
    if (char === "[" || char === "{") {
      open.push(char);
      at++;
      expect = char === "[" ? "value-or-close" : "key-or-close";
      continue;
    }
    if (!scalar()) return at;
    expect = "after-value";
  }
}
