// Without JavaScript the page cannot choose a language: its <noscript> says what is missing in
// every language of the interface, each marked with its language (and direction).
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { UI_LANGUAGES } from "../../src/state";

const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");
const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? "";

it("says that JavaScript is needed in each interface language", () => {
  const languages = [...noscript.matchAll(/<p lang="([a-z]+)"/g)].map((match) => match[1]);
  expect([...languages].sort()).toEqual([...UI_LANGUAGES].sort());
  expect(noscript).toMatch(/<p lang="ar" dir="rtl">/);
});
