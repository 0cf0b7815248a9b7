// Vite build plugin: the interface catalogues (src/ui/i18n/messages/*.json) are shipped as
// precompiled ICU message ASTs, and react-intl's message parser is replaced by its no-parser
// build, so the browser never parses a message and the first page does not carry the parser
// (~9 KB gzip). Build only: in dev and in the unit tests the catalogues stay the source strings
// (the catalogue test checks those) and react-intl parses them as usual.
import { parse } from "@formatjs/icu-messageformat-parser";
import type { Plugin } from "vite";

const CATALOGUE = /\/src\/ui\/i18n\/messages\/[a-z]{2}\.json$/;

/** A catalogue's text with every message replaced by its AST; a message that does not parse fails the build. */
export function precompileCatalogue(json: string, file: string): string {
  const messages = JSON.parse(json) as Record<string, string>;
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      compiled[id] = parse(message);
    } catch (error) {
      throw new Error(`${file}: message "${id}" is not valid ICU MessageFormat (${String(error)})`, { cause: error });
    }
  }
  return JSON.stringify(compiled);
}

export function precompiledMessages(): Plugin {
  return {
    name: "tangle-precompiled-messages",
    apply: "build",
    // Before Vite's JSON plugin, which then turns the compiled JSON into a module as usual.
    enforce: "pre",
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: "@formatjs/icu-messageformat-parser/no-parser.js",
          },
        ],
      },
    }),
    transform(code, id) {
      if (!CATALOGUE.test(id.split("?")[0] ?? "")) return null;
      return { code: precompileCatalogue(code, id), map: null };
    },
  };
}
