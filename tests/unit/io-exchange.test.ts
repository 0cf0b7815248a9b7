import { describe, expect, it } from "vitest";
import { createIdAllocator } from "../../src/io/exchange/idAllocator";
import { slugify } from "../../src/model";
import { joinList, splitList } from "../../src/io/exchange/listCell";
import { escapeXmlAttribute, jsonComment, jsonFromComment, quoteXmlAttribute } from "../../src/io/exchange/xmlText";
import { parseXmlTree } from "../../src/io/exchange/xmlTree";
import { uniqueId } from "../../src/model";

describe("list cells", () => {
  it("round-trips items containing the separator and backslashes", () => {
    const items = ["a | b", "c|d", "back\\slash", "end\\", "كمال", "🕸️"];
    expect(joinList(items)).toBe("a \\| b | c\\|d | back\\\\slash | end\\\\ | كمال | 🕸️");
    expect(splitList(joinList(items))).toEqual(items);
  });

  it("reads hand-written lists and empty cells", () => {
    expect(splitList("x|y | z ||")).toEqual(["x", "y", "z"]);
    expect(splitList("")).toEqual([]);
  });
});

describe("id allocation", () => {
  it("slugifies, keeps valid ids and makes duplicates unique", () => {
    const ids = createIdAllocator();
    expect([
      ids.take("Café Nord", "node"),
      ids.take("cafe-nord", "node"),
      ids.take("كمال", "node"),
      ids.take("ok-1", "node"),
    ]).toEqual(["cafe-nord", "cafe-nord-2", "node", "ok-1"]);
    expect(ids.changed).toEqual([
      ["Café Nord", "cafe-nord"],
      ["cafe-nord", "cafe-nord-2"],
      ["كمال", "node"],
    ]);
  });

  it("keeps ids within the length limit when suffixing", () => {
    const ids = createIdAllocator();
    const long = "x".repeat(80);
    expect(ids.take(long, "node")).toBe(long);
    expect(ids.take(long, "node")).toBe(`${"x".repeat(78)}-2`);
    expect(slugify("--A  b--")).toBe("a-b");
  });

  it("makes an id unique with the first free numeric suffix, shortened to fit", () => {
    const taken = new Set(["fund", "fund-2", "abcdef"]);
    expect(uniqueId("fund", (id) => taken.has(id))).toBe("fund-3");
    expect(uniqueId("free", (id) => taken.has(id))).toBe("free");
    expect(uniqueId("abcdef", (id) => taken.has(id), 6)).toBe("abcd-2");
  });
});

describe("XML text", () => {
  it("escapes attribute values so that parsers give them back unchanged", () => {
    const value = 'a "b" <c> & d\n\te\r';
    // Literal tabs and newlines would be normalised to spaces by conforming parsers (browsers, Gephi).
    expect(escapeXmlAttribute(value)).toBe("a &quot;b&quot; &lt;c&gt; &amp; d&#10;&#9;e&#13;");
    const tree = parseXmlTree(`<x v="${escapeXmlAttribute(value)}"/>`);
    expect(tree.ok && tree.root.attributes.get("v")).toBe(value);
  });

  it("quotes attribute values with the quote that needs less escaping", () => {
    expect(quoteXmlAttribute('{"a":"it\'s"}')).toBe('\'{"a":"it&apos;s"}\'');
    expect(quoteXmlAttribute("it's \"x\" or 'y'")).toBe("\"it's &quot;x&quot; or 'y'\"");
    const tree = parseXmlTree(`<x v=${quoteXmlAttribute('{"a":"it\'s <b>"}')}/>`);
    expect(tree.ok && tree.root.attributes.get("v")).toBe('{"a":"it\'s <b>"}');
  });

  it("decodes the five XML entities and character references, and nothing else", () => {
    const tree = parseXmlTree(
      `<x v="&lt;&#233;&amp;amp;">&lt;&gt;&amp;&quot;&apos; &#233;&#x1F578; &amp;amp; &nbsp;</x>`,
    );
    expect(tree.ok && [tree.root.text, tree.root.attributes.get("v")]).toEqual(["<>&\"' é🕸 &amp; &nbsp;", "<é&amp;"]);
  });

  it("keeps local names and drops namespace declarations", () => {
    const tree = parseXmlTree(
      `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"><viz:color viz:r="1"/></gexf>`,
    );
    expect(
      tree.ok && [
        tree.root.name,
        [...tree.root.attributes.keys()],
        tree.root.children[0]?.name,
        tree.root.children[0]?.attributes.get("r"),
      ],
    ).toEqual(["gexf", [], "color", "1"]);
  });

  it("refuses nesting deeper than any graph file needs, with the line", () => {
    const deep = parseXmlTree(`${"<a>\n".repeat(300)}${"</a>".repeat(300)}`);
    expect(deep.ok ? [] : deep.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      "line 201: not valid XML: elements nested deeper than 200",
    ]);
  });

  it("carries JSON with -- and markup through a comment", () => {
    const value = { text: "a -- b --> <!-- c --> ]]> & \\--" };
    const comment = jsonComment("label", value);
    expect(comment.slice(4, -3)).not.toContain("--");
    const tree = parseXmlTree(`<r>${comment}</r>`);
    const json = tree.ok ? jsonFromComment("label", tree.root.comments[0] ?? "") : undefined;
    expect(JSON.parse(json ?? "null")).toEqual(value);
  });

  it("gives the line of an element and of a syntax error", () => {
    const tree = parseXmlTree("<a>\n\n  <b/>\n</a>");
    expect(tree.ok && tree.root.children[0]?.line).toBe(3);
    const broken = parseXmlTree("<a>\n<b>\n</a>");
    expect(broken.ok ? [] : broken.issues.map((issue) => issue.path)).toEqual(["line 3"]);
  });

  it("does not expand entities declared in a DOCTYPE", () => {
    const tree = parseXmlTree(
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n<r v="&b;">&b;</r>',
    );
    expect(tree.ok && [tree.root.attributes.get("v"), tree.root.text]).toEqual(["&b;", "&b;"]);
  });
});
