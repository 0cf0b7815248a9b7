import { expect, it } from "vitest";
import { parseJson, readDataset } from "../../src/io";

it("reports a JSON syntax error with its line and column", () => {
  const result = parseJson('{\n  "a": 1,\n  "b": }\n');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues[0]?.path).toBe("line 3, column 8");
  expect(result.issues[0]?.message).toMatch(/^not valid JSON/);
});

it("readDataset returns issues, never throws, for empty or wrong input", () => {
  for (const text of ["", "[]", "null", '{"schemaVersion":1}']) {
    const result = readDataset(text);
    expect(result.ok).toBe(false);
  }
});

it("locates errors however the engine words them", () => {
  const cases: Array<[string, string]> = [
    ['{"a": [1, 2,]}', "line 1, column 13"],
    ['{"a": tru}', "line 1, column 7"],
    ['{"a": 1}\n{"b": 2}', "line 2, column 1"],
    ['{"a": "unterminated', "line 1, column 20"],
  ];
  for (const [text, where] of cases) {
    const result = parseJson(text);
    expect(result.ok ? "parsed" : result.issues[0]?.path, text).toBe(where);
  }
});
