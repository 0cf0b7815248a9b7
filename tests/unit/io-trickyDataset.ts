// A small dataset full of strings that break naive serialisers: quotes, separators, newlines,
// markup, CDATA ends, entities, right-to-left text, emoji, spreadsheet formulas, comment dashes.
import { readFileSync } from "node:fs";
import { parseDataset, type Dataset } from "../../src/model";

export function placeholderDataset(): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")));
  if (!parsed.ok) throw new Error("placeholder fixture must be valid");
  return parsed.dataset;
}

export const HOSTILE = {
  title: 'Tricky "network", with <script>alert(1)</script> & ]]> &amp; -- <!-- x -->',
  name: "=cmd|' /C calc'!A0",
  arabic: "كمال حسن",
  emoji: "Web 🕸️ of 👩🏽‍💻 people",
  multiline: 'First line,\r\nsecond "line"\nthird\tline ]]> &lt; <b>bold</b>',
};

const input = {
  schemaVersion: 2,
  id: "tricky",
  title: HOSTILE.title,
  summary: HOSTILE.multiline,
  asOf: "2025-12-31",
  language: "ar",
  sources: [
    {
      id: "src-a",
      title: 'The "A" report, part 1 -- final',
      publisher: "<Press> & Co",
      published: "2025",
      url: "https://example.org/a?x=1&y=2",
    },
    { id: "src-b", title: "@relay --> of A", relays: "src-a" },
  ],
  actorKinds: [{ id: "person", label: 'Person, or "individual"', description: "=SUM(A1:A9)" }],
  relationKinds: [
    { id: "pays", label: "Pays", directed: true },
    { id: "knows", label: "Knows | meets", directed: false },
  ],
  actors: [
    {
      id: "formula",
      name: HOSTILE.name,
      kind: "person",
      aliases: [HOSTILE.arabic, "a | b", "back\\slash", "-minus", "@at", "'=already quoted", "'plain quote"],
      summary: HOSTILE.multiline,
      tags: ["+plus", "x,y", "🕸️"],
      sources: [{ source: "src-a", locator: '"quoted", comma; and ]]>' }],
    },
    { id: "arabic", name: HOSTILE.arabic, kind: "person", aliases: ["Kamal Hassan"], summary: HOSTILE.emoji },
    { id: "plain", name: "Plain Person", kind: "person" },
  ],
  relations: [
    {
      id: "rel-pays",
      from: "formula",
      to: "arabic",
      kind: "pays",
      claims: [
        {
          id: "cl-pays-1",
          text: '-5 fighters, paid "monthly" -- allegedly <i>cash</i>',
          status: "claimed",
          claimedBy: "arabic",
          time: { from: "2024-02", to: "2025", approximate: true },
          quantities: [
            {
              value: -5.5,
              unit: "USD",
              qualifier: "about",
              per: { unit: 'fighter, "armed"', period: "month" },
              about: 'paid <b>in cash</b>; "x"',
            },
            { value: 0.1, max: 0.30000000000000004, unit: "t" },
          ],
          sources: [{ source: "src-b", locator: "=1+1" }, { source: "src-a" }],
        },
        {
          id: "cl-pays-2",
          text: HOSTILE.emoji,
          status: "denied",
          time: { from: "2025-01-01", approximate: false },
          sources: [{ source: "src-a" }],
        },
      ],
    },
    {
      id: "rel-knows",
      from: "arabic",
      to: "arabic",
      kind: "knows",
      claims: [
        {
          id: "cl-knows",
          text: `${HOSTILE.arabic} ${HOSTILE.title}`,
          status: "confirmed",
          sources: [{ source: "src-b" }],
        },
      ],
    },
  ],
  stories: [
    {
      id: "story",
      title: "Story -- with <!-- comment --> inside",
      steps: [
        {
          id: "one",
          title: "=Step",
          text: HOSTILE.multiline,
          focus: { actors: ["formula"], relations: ["rel-pays"] },
          hideStatuses: ["denied"],
        },
        { id: "two", title: "Two", text: "--> ends?" },
      ],
    },
  ],
};

export function trickyDataset(): Dataset {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(`tricky dataset must be valid: ${JSON.stringify(parsed.issues)}`);
  return parsed.dataset;
}
