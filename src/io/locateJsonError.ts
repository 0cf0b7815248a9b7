// Finds the offset of the first JSON syntax error. Some engines (Node 20) name the bad token but
// not where it is; a strict little scanner gives the user a line and column anyway.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

class SyntaxErrorAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

export function locateJsonError(text: string): number | undefined {
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new SyntaxErrorAt(at);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail();
  };
  const string = () => {
    at++; // opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') return void at++;
      if (char === "\\") at++;
      else if (char < " ") fail();
      at++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match![0].length;
  };
  const sequence = (close: string, item: () => void) => {
    at++;
    skip();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      skip();
      if (text[at] === ",") {
        at++;
        skip();
      } else if (text[at] === close) return void at++;
      else fail();
    }
  };
  const value = (): void => {
    skip();
    const char = text[at];
    if (char === "{") {
      sequence("}", () => {
        if (text[at] !== '"') fail();
        string();
        skip();
        if (text[at] !== ":") fail();
        at++;
        value();
      });
    } else if (char === "[") sequence("]", value);
    else if (char === '"') string();
    else if (char === "t") literal("true");
    else if (char === "f") literal("false");
    else if (char === "n") literal("null");
    else number();
  };
  try {
    value();
    skip();
    return at < text.length ? at : undefined;
  } catch (failure) {
    if (failure instanceof SyntaxErrorAt) return failure.offset;
    throw failure;
  }
}
