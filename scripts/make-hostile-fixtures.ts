// Writes the small hostile fixtures of tests/fixtures/hostile/ (run: npx tsx scripts/make-hostile-fixtures.ts).
// Each is listed, with what it attacks and what must happen, in tests/fixtures/hostile/README.md.
// Big cases (20k actors, a million brackets) are generated inside the tests, never committed.
import { readFileSync, writeFileSync } from "node:fs";
import { serializeDataset, toCsv, toGexf, toGraphml } from "../src/io";
import { parseDataset, type Dataset } from "../src/model";

const folder = "tests/fixtures/hostile";
const write = (name: string, content: string | Uint8Array) => writeFileSync(`${folder}/${name}`, content);
const base = (): Dataset => {
  const result = parseDataset(JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")));
  if (!result.ok) throw new Error("placeholder is invalid");
  return structuredClone(result.dataset);
};
const json = (dataset: Dataset) => serializeDataset(dataset);
// Windows-1252 bytes; what it cannot encode (the placeholder's Arabic aliases) becomes "?".
const WINDOWS_1252: Record<string, number> = { "–": 0x96, "“": 0x93, "”": 0x94, "€": 0x80 };
const latin1 = (text: string) =>
  Uint8Array.from(
    [...text].map((char) => WINDOWS_1252[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)),
  );
const utf16 = (text: string, endian: "le" | "be", bom: boolean) => {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    out.push(...(endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
};
const renamed = (dataset: Dataset, names: Record<string, string>): Dataset => ({
  ...dataset,
  actors: dataset.actors.map((actor) => ({ ...actor, name: names[actor.id] ?? actor.name })),
});

// Ids special to JavaScript objects, cytoscape or graphology, valid in our id alphabet.
const specialIds = (): Dataset => {
  const dataset = base();
  const ids: Record<string, string> = {
    "ada-example": "constructor",
    "bob-sample": "tostring",
    "example-fund": "0",
    "sample-militia": "hasownproperty",
  };
  const map = (id: string) => ids[id] ?? id;
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => ({ ...actor, id: map(actor.id) })),
    relations: dataset.relations.map((relation, index) => ({
      ...relation,
      id: ["valueof", "1", "prototype"][index] ?? relation.id,
      from: map(relation.from),
      to: map(relation.to),
      claims: relation.claims.map((claim) => ({
        ...claim,
        ...(claim.claimedBy ? { claimedBy: map(claim.claimedBy) } : {}),
      })),
    })),
    stories: [],
  };
};
const relationIdsEqualActorIds = (): Dataset => {
  const dataset = base();
  return {
    ...dataset,
    relations: dataset.relations.map((relation, index) => ({ ...relation, id: dataset.actors[index]!.id })),
    stories: [],
  };
};

// JSON
const deep = (open: number) => "[".repeat(open);
write("deep-unclosed-arrays.json", deep(5000));
write("truncated-in-deep-arrays.json", `{"schemaVersion": 2, "id": "x", "actors": ${deep(3000)}1,`);
write("deep-closed-arrays.json", `${deep(2000)}${"]".repeat(2000)}`);
write("deep-objects.json", `${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`);
write("empty.json", "");
write("whitespace-only.json", " \n\t\r\n ");
write("nul-bytes.json", "\u0000\u0000\u0000{}");
write("html-page.json", "<!DOCTYPE html><html><body>Not found</body></html>");
write("array-root.json", "[1, 2, 3]\n");
write(
  "newer-schema.json",
  json({ ...base(), schemaVersion: 99 } as unknown as Dataset).replace('"schemaVersion": 2', '"schemaVersion": 99'),
);
write("infinite-number.json", json(base()).replace('"value": 1000', '"value": 1e400'));
write("trailing-garbage.json", `${json(base())}\u202E}garbage`);
write("bidi-in-syntax-error.json", '{"schemaVersion": 2,\n  "id": "\u202Eevil\u202C", oops}');
write("lone-surrogate.json", json(renamed(base(), { "ada-example": "\ud800Ada" })).replace("\ud800", "\\ud800"));
write(
  "bidi-override-names.json",
  json({
    ...renamed(base(), { "ada-example": "\u202Eexe.txt", "bob-sample": "\u2067Bob\u2069 \u202Bمرحبا" }),
    title: "\u202ETitle reversed",
  }),
);
write("zero-width-names.json", json(renamed(base(), { "ada-example": "\u200B", "bob-sample": "\u2060\uFEFF\u200D" })));
write("special-ids.json", json(specialIds()));
write("relation-ids-equal-actor-ids.json", json(relationIdsEqualActorIds()));
write("shipped-dataset-id.json", json({ ...base(), id: "assad-exile-network" }));
write("utf8-bom.json", `\uFEFF${json(renamed(base(), { "ada-example": "José Müller" }))}`);
write("utf16le-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "le", true));
write("utf16be-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "be", true));
write("utf16le-no-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "le", false));
write("windows-1252.json", latin1(json(renamed(base(), { "ada-example": "José Müller – “quoted” €" }))));
write(
  "duplicate-keys.json",
  json(base()).replace('"title": "Placeholder network"', '"title": "First", "title": "Second"'),
);
write("huge-text-field.json", json(renamed(base(), { "ada-example": "A".repeat(20_000) })));
write("control-characters.json", json(renamed(base(), { "ada-example": "Ada\u0007\u001b[31m red\u0000" })));
write(
  "prototype-keys-in-attributes.json",
  json(base()).replace(
    '"name": "Ada Example"',
    '"name": "Ada Example", "attributes": {"constructor": 1, "toString": "x", "__defineGetter__": true}',
  ),
);
write("unknown-kind.json", json(base()).replace('"kind": "person"', '"kind": "constructor"'));
const copyOfFirst = (id: string, to?: string) => {
  const first = base().relations[0]!;
  return {
    ...first,
    id,
    to: to ?? first.to,
    claims: first.claims.map((claim) => ({ ...claim, id: `${claim.id}-${id}` })),
  };
};
write(
  "self-loop-and-multi.json",
  json({
    ...base(),
    relations: [...base().relations, copyOfFirst("loop", base().relations[0]!.from), copyOfFirst("again")],
  }),
);

// GEXF
const gexf = toGexf(base());
write(
  "envelope-deep-unclosed.gexf",
  gexf.replace(/<!-- tangle-dataset [\s\S]*?-->/, `<!-- tangle-dataset ${deep(5000)} -->`),
);
write("envelope-not-json.gexf", gexf.replace(/<!-- tangle-dataset [\s\S]*?-->/, "<!-- tangle-dataset {oops -->"));
write(
  "latin1-declared.gexf",
  latin1(
    toGexf(renamed(base(), { "ada-example": "José Müller" })).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
  ),
);
write(
  "utf16le-no-bom.gexf",
  utf16(
    toGexf(renamed(base(), { "ada-example": "José Müller" })).replace('encoding="UTF-8"', 'encoding="UTF-16"'),
    "le",
    false,
  ),
);
write("unknown-encoding.gexf", gexf.replace('encoding="UTF-8"', 'encoding="x-klingon"'));
const tinyGexf = (nodes: string, edges: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>\n') =>
  `${declaration}<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n${nodes}</nodes>\n<edges>\n${edges}</edges>\n</graph>\n</gexf>\n`;
write(
  "numeric-ids-shared.gexf",
  tinyGexf(
    '<node id="1" label="One"/>\n<node id="2" label="Two"/>\n<node id="3" label="Three"/>\n',
    '<edge id="1" source="1" target="2"/>\n<edge id="2" source="2" target="3"/>\n<edge id="3" source="3" target="1"/>\n',
  ),
);
write(
  "special-ids.gexf",
  tinyGexf(
    '<node id="constructor" label="constructor"/>\n<node id="__proto__" label="__proto__"/>\n<node id="toString" label="toString"/>\n<node id="&#x200B;" label="&#x200B;"/>\n<node id="-0" label="-0"/>\n',
    '<edge id="constructor" source="constructor" target="__proto__"/>\n<edge id="__proto__" source="toString" target="&#x200B;"/>\n<edge id="hasOwnProperty" source="-0" target="constructor"/>\n',
  ),
);
write(
  "xxe.gexf",
  tinyGexf(
    '<node id="a" label="&xxe;"/>\n',
    "",
    '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
  ),
);
write(
  "billion-laughs.gexf",
  tinyGexf(
    '<node id="a" label="&lol9;"/>\n',
    "",
    `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n || ""};`.repeat(10)}">`).join("")}]>\n`,
  ),
);
write(
  "xinclude.gexf",
  tinyGexf(
    '<node id="a" label="A"><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/></node>\n',
    "",
  ),
);
write(
  "edge-to-missing-node.gexf",
  tinyGexf('<node id="a" label="A"/>\n', '<edge id="e" source="a" target="nowhere"/>\n'),
);
write("no-nodes.gexf", tinyGexf("", ""));
write("deep-elements.gexf", tinyGexf(`${"<node>".repeat(400)}${"</node>".repeat(400)}\n`, ""));
write(
  "duplicate-node-ids.gexf",
  tinyGexf('<node id="a" label="A"/>\n<node id="a" label="Again"/>\n', '<edge id="e" source="a" target="a"/>\n'),
);
write(
  "non-latin-ids.gexf",
  tinyGexf(
    Array.from({ length: 30 }, (_, n) => `<node id="عقدة-${n}" label="عقدة ${n}"/>\n`).join(""),
    '<edge source="عقدة-0" target="عقدة-1"/>\n',
  ),
);
write(
  "nan-weights.gexf",
  tinyGexf(
    '<node id="a" label="A"/>\n<node id="b" label="B"/>\n',
    '<edge id="e1" source="a" target="b" weight="NaN"/>\n<edge id="e2" source="a" target="b" weight="-Infinity"/>\n<edge id="e3" source="a" target="b" weight="1e999"/>\n',
  ),
);
write("truncated.gexf", gexf.slice(0, Math.floor(gexf.length / 2)));
write("wrong-root.gexf", '<?xml version="1.0"?>\n<html><body>not a graph</body></html>\n');

// GraphML
const graphml = toGraphml(base());
write("claims-deep-unclosed.graphml", graphml.replace(/(<data key="e-claims">)[^<]*/, `$1${deep(5000)}`));
write("envelope-deep-unclosed.graphml", graphml.replace(/(<data key="g-tangle-dataset">)[^<]*/, `$1${deep(5000)}`));
write(
  "latin1-declared.graphml",
  latin1(
    toGraphml(renamed(base(), { "ada-example": "José Müller" })).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
  ),
);
const tinyGraphml = (body: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>\n') =>
  `${declaration}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph id="G" edgedefault="undirected">\n${body}</graph>\n</graphml>\n`;
write(
  "special-ids.graphml",
  tinyGraphml(
    '<node id="constructor"/>\n<node id="__proto__"/>\n<node id="toString"/>\n<edge id="constructor" source="constructor" target="__proto__"/>\n<edge id="__proto__" source="toString" target="constructor"/>\n',
  ),
);
write(
  "xxe.graphml",
  tinyGraphml(
    '<node id="&xxe;"/>\n',
    '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
  ),
);
write(
  "hyperedge.graphml",
  tinyGraphml('<node id="a"/>\n<node id="b"/>\n<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>\n'),
);
write(
  "key-for-all-unknown.graphml",
  tinyGraphml(
    '<key id="k" for="all" attr.name="constructor" attr.type="string"/>\n<node id="a"><data key="k">x</data><data key="missing">y</data></node>\n',
  ),
);
write("not-xml.graphml", "id,name\na,Ana\n");

// CSV pairs (read together: <case>.actors.csv with <case>.relations.csv)
const csv = toCsv(base());
const pair = (name: string, actors: string | Uint8Array, relations: string | Uint8Array) => {
  write(`${name}.actors.csv`, actors);
  write(`${name}.relations.csv`, relations);
};
pair(
  "quantities-deep-unclosed",
  csv.actorsCsv,
  csv.relationsCsv.replace(/"\[\{""value"":1000[^\n]*?\]"/, `"${deep(5000)}"`),
);
pair("windows-1252", latin1(toCsv(renamed(base(), { "ada-example": "José Müller" })).actorsCsv), csv.relationsCsv);
pair(
  "utf16le-bom",
  utf16(toCsv(renamed(base(), { "ada-example": "José Müller" })).actorsCsv, "le", true),
  csv.relationsCsv,
);
pair("unclosed-quote", csv.actorsCsv.replace("Ada Example", '"Ada Example'), csv.relationsCsv);
pair("formula-injection", csv.actorsCsv.replace("Ada Example", '=HYPERLINK(""http://x"")'), csv.relationsCsv);
pair("headers-only", csv.actorsCsv.split("\r\n")[0]!, csv.relationsCsv.split("\r\n")[0]!);

// Formats other engineers are adding readers for: each must already give data or issues.
write("deep-unclosed.gml", `graph [\n${"  node [\n".repeat(3000)}`);
write(
  "special-ids.gml",
  'graph [\n  node [ id 0 label "constructor" ]\n  node [ id 1 label "__proto__" ]\n  edge [ source 0 target 1 ]\n  edge [ source 0 target 99 ]\n]\n',
);
write("deep-unclosed.cyjs", `{"elements": {"nodes": ${deep(5000)}`);
write(
  "special-ids.cyjs",
  JSON.stringify({
    elements: {
      nodes: [{ data: { id: "constructor" } }, { data: { id: "__proto__" } }],
      edges: [
        { data: { id: "constructor", source: "constructor", target: "__proto__" } },
        { data: { id: "x", source: "nowhere", target: "constructor" } },
      ],
    },
  }),
);
write(
  "special-ids.jgf.json",
  JSON.stringify({
    graph: {
      nodes: { constructor: { label: "c" }, __proto__: { label: "p" } },
      edges: [
        { source: "constructor", target: "__proto__" },
        { source: "missing", target: "constructor" },
      ],
    },
  }),
);
write(
  "bad-lines.ftm",
  '{"id": "a", "schema": "Person", "properties": {"name": ["Ana"]}}\n{not json\n' +
    deep(3000) +
    '\n{"id": "__proto__", "schema": "Constructor", "properties": {"constructor": ["x"]}}\n',
);
write("deep-unclosed.ijson", `${deep(5000)}\n`);
write("not-a-zip.xlsx", "PK\u0003\u0004 this is not really a zip file");
write("empty.xlsx", "");
