// Hostile GEXF and GraphML: entities, broken envelopes, declared encodings, foreign shapes.
import { toGexf, toGraphml } from "../../src/io";
import { write, base, latin1, utf16, renamed, deep } from "./common";

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
