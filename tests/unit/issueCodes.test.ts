// Every problem a reader or validator can report has a code, a sentence for it in the English
// catalogue, and the numbers and names the sentence needs; the interface says it in the reader's
// language and falls back to the English message for an issue without a known code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromGexf } from "../../src/io/gexf/fromGexf";
import { importFile } from "../../src/io/importFile";
import { parseJson } from "../../src/io/parseJson";
import { readNetworkRecord, RECORD_VERSION } from "../../src/io/store/records";
import { checkKeptImport } from "../../src/ui/files/importedStore";
import { ISSUE_CODES, validate, type Issue } from "../../src/model";
import ar from "../../src/ui/i18n/messages/ar.json";
import en from "../../src/ui/i18n/messages/en.json";
import uk from "../../src/ui/i18n/messages/uk.json";
import { formProblems } from "../../src/ui/editor/formProblems";
import { issueText } from "../../src/ui/i18n/issueText";
import { createTranslator, englishTranslator } from "../../src/ui/i18n/translator";
import { placeholderJson } from "./fixtures";

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });

describe("issue codes", () => {
  it("each code has an English sentence, and each issue sentence belongs to a code", () => {
    const keys = Object.keys(en);
    expect(ISSUE_CODES.filter((code) => !keys.includes(`issue.${code}`))).toEqual([]);
    const codes: readonly string[] = ISSUE_CODES;
    expect(keys.filter((key) => key.startsWith("issue.") && !codes.includes(key.slice(6)))).toEqual([]);
  });

  it("io and model build every issue with error() or warning(), which take a code", () => {
    // An object literal with a severity would be an issue without a code: the UI could only show its English.
    const literals = [...sourceFiles("src/io"), ...sourceFiles("src/model")]
      .filter((path) => !/model\/(issue|zodIssues)\.ts$/.test(path))
      .filter((path) => /severity:\s*"(error|warning)"/.test(readFileSync(path, "utf8")));
    expect(literals).toEqual([]);
  });
});

const only = (issues: readonly Issue[], path: string) => issues.filter((issue) => issue.path === path);

describe("representative bad inputs give a code and values", () => {
  it("broken JSON: where, and which character", () => {
    const result = parseJson('{\n  "a": 1,\n  x\n}');
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "line 3, column 3",
        message: 'not valid JSON: unexpected character "x"',
        severity: "error",
        code: "json.unexpectedCharacter",
        values: { line: 3, column: 3, character: '"x"' },
      },
    ]);
  });

  it("a GEXF node without an id: a warning at its line", () => {
    const gexf =
      '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes>\n<node label="A"/>\n<node id="b" label="B"/>\n</nodes>\n</graph>\n</gexf>';
    const result = fromGexf(gexf);
    const warnings = result.ok ? result.warnings : result.issues;
    expect(only(warnings, "line 5")).toEqual([
      {
        path: "line 5",
        message: "a node without an id was skipped",
        severity: "warning",
        code: "import.nodeWithoutId",
      },
    ]);
  });

  it("schema type errors: the expected and received types, a missing field, an unknown field, a rule", () => {
    const data = placeholderJson();
    data.actors[0].name = 5;
    delete data.actors[1].kind;
    data.actors[2].colour = "red";
    data.sources[0].id = "Not An Id";
    const issues = validate(data);
    expect(only(issues, "actors[0].name")).toMatchObject([
      { code: "schema.wrongType", values: { expected: "string", received: "number" } },
    ]);
    expect(only(issues, "actors[1].kind")).toMatchObject([{ code: "schema.missing", values: { expected: "string" } }]);
    expect(only(issues, "actors[2]")).toMatchObject([
      { code: "schema.unknownFields", values: { count: 1, fields: '"colour"' }, message: 'unknown field "colour"' },
    ]);
    expect(only(issues, "sources[0].id")).toMatchObject([
      {
        code: "schema.idAlphabet",
        message: "must use only a-z, 0-9 and '-' (and start with a letter or digit)",
      },
    ]);
  });

  it("an unknown reference names what it refers to and the id", () => {
    const data = placeholderJson();
    data.relations[0].to = "nobody";
    expect(only(validate(data), "relations[0].to")).toEqual([
      {
        path: "relations[0].to",
        message: 'unknown actor "nobody"',
        severity: "error",
        code: "ref.unknown",
        values: { what: "actor", id: "nobody" },
      },
    ]);
  });

  it("a located claim problem keeps its field apart from the line it is on", () => {
    const result = importFile(
      "g.graphml",
      '<graphml><key id="c" for="edge" attr.name="claims"/><graph edgedefault="directed">\n<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"><data key="c">[{"id":"c1","text":"","status":"reported","sources":[{"source":"s"}]}]</data></edge>\n</graph></graphml>',
    );
    const issue = (result.ok ? [] : result.issues).find((found) => found.code === "schema.empty");
    expect(issue).toMatchObject({ path: "g.graphml line 4", field: "text", message: "text: must not be empty" });
  });
});

describe("issue sentences in the reader's language", () => {
  const ukrainian = createTranslator("uk", uk);
  const arabic = createTranslator("ar", ar);
  const unknownActor: Issue = {
    path: "relations[0].to",
    message: 'unknown actor "nobody"',
    severity: "error",
    code: "ref.unknown",
    values: { what: "actor", id: "nobody" },
  };

  it("says a reference problem in English, Ukrainian and Arabic (the id isolated in Arabic)", () => {
    expect(issueText(unknownActor, englishTranslator)).toBe('unknown actor "nobody"');
    expect(issueText(unknownActor, ukrainian)).toBe("невідомий учасник «nobody»");
    expect(issueText(unknownActor, arabic)).toBe("فاعل غير معروف «\u2068nobody\u2069»");
  });

  it("spells out plurals and type names", () => {
    const shortened: Issue = { ...unknownActor, code: "import.textsShortened", values: { count: 3 } };
    expect(issueText(shortened, ukrainian)).toBe("3 назви чи описи вузлів було задовгими й їх скорочено");
    const wrongType: Issue = {
      ...unknownActor,
      code: "schema.wrongType",
      values: { expected: "string", received: "number" },
    };
    expect(issueText(wrongType, ukrainian)).toBe("має бути текстом, а не числом");
    expect(issueText(wrongType, arabic)).toBe("يجب أن يكون نصًا، لا رقمًا");
  });

  it("says the field of a located problem, and the problem behind a wrapped one", () => {
    const located: Issue = {
      path: "g.gml line 4",
      message: "text: must not be empty",
      severity: "error",
      code: "schema.empty",
      field: "text",
    };
    expect(issueText(located, ukrainian)).toBe("\u2068text\u2069: не може бути порожнім");
    const wrapped: Issue = {
      path: "(root)",
      message: "the dataset details stored in the file were not read: …",
      severity: "warning",
      code: "envelope.notRead",
      cause: { ...unknownActor, code: "migrate.newerVersion", values: { version: 9, known: 2 } },
    };
    expect(issueText(wrapped, ukrainian)).toMatch(
      /^відомості про набір даних, збережені у файлі, не прочитано: цей файл має версію схеми 9/,
    );
  });

  it("puts an editor form's problems at its fields in the interface language", () => {
    const data = placeholderJson();
    data.actors[0].name = " ";
    data.actors[0].sources = [{ source: "src-missing" }];
    data.relations[0].to = "nobody";
    const problems = formProblems(validate(data), "actors[0]", ukrainian);
    expect(problems.at("name")).toEqual(["не може бути порожнім"]);
    expect(problems.under("sources")).toEqual(["\u2068sources[0].source\u2069 невідоме джерело «src-missing»"]);
    expect(problems.other).toEqual(["\u2068relations[0].to\u2069: невідомий учасник «nobody»"]);
  });

  it("says why saved work or a kept import could not be read", () => {
    const read = readNetworkRecord({ recordVersion: RECORD_VERSION + 5 });
    expect(read.ok ? undefined : read.issue).toMatchObject({
      code: "store.newerRecord",
      values: { version: RECORD_VERSION + 5, known: RECORD_VERSION },
    });
    expect(read.ok ? "" : read.reason).toMatch(/^it was saved by a newer Tangle/);
    if (!read.ok) expect(issueText(read.issue, ukrainian)).toMatch(/^його збережено новішою версією Tangle/);
    const kept = checkKeptImport({ datasetId: "x", files: [{ name: "a.json" }] });
    expect("files" in kept ? undefined : issueText(kept, arabic)).toBe("الملف 1 ليس اسمًا ونصًا");
  });

  it("falls back to the English message for an issue without a known code", () => {
    const plain: Issue = { path: "x", message: "something new", severity: "error" };
    expect(issueText(plain, ukrainian)).toBe("something new");
  });
});
