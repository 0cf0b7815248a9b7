import { describe, expect, it } from "vitest";
import {
  applyOp,
  deleteActor,
  diffDatasets,
  legacyLabel,
  mergeActors,
  mergeFrom,
  newRelation,
  parseHistory,
  putClaim,
  putItem,
  readHistory,
  relationNameById,
  removeClaim,
  removeItem,
  renameNetwork,
  replaceWith,
  type EditLabel,
} from "../../src/state/edit";
import { messageText } from "../../src/ui/app/RichMessage";
import { editLabelMessage } from "../../src/ui/editor/editLabelMessage";
import arMessages from "../../src/ui/i18n/messages/ar.json";
import ukMessages from "../../src/ui/i18n/messages/uk.json";
import { createTranslator, englishTranslator } from "../../src/ui/i18n/translator";
import { placeholderDataset } from "./fixtures";

const uk = createTranslator("uk", ukMessages);
const ar = createTranslator("ar", arMessages);
/** The label as the interface words it, without the invisible isolates around names. */
const words = (label: EditLabel, t = englishTranslator) =>
  messageText(editLabelMessage(label), t).replace(/[\u2066-\u2069]/g, "");

describe("history labels are data: an action and the names of the things it touched", () => {
  it("names a new relation by its ends, with whether its kind is directed", () => {
    const dataset = placeholderDataset();
    const directed = putItem(dataset, "relations", newRelation(dataset, "bob-sample", "sample-militia", "funds")).label;
    expect(directed).toEqual({
      action: "add",
      collection: "relations",
      relation: { from: "Bob Sample", to: "Sample Militia", directed: true },
    });
    expect(words(directed)).toBe("Add relation Bob Sample → Sample Militia");
    expect(words(directed, uk)).toBe("Додати зв’язок Bob Sample → Sample Militia");
    // Right to left, the arrow points at the relation's end as it reads: from the right.
    expect(words(directed, ar)).toBe("إضافة العلاقة Bob Sample ← Sample Militia");
    const undirected = putItem(
      dataset,
      "relations",
      newRelation(dataset, "bob-sample", "sample-militia", "allied-with"),
    ).label;
    expect(words(undirected)).toBe("Add relation Bob Sample — Sample Militia");
    const removed = removeItem(dataset, "relations", "rel-ada-fund").label;
    expect(words(removed)).toBe("Delete relation Ada Example → Example Fund");
    expect(words(removed, uk)).toBe("Видалити зв’язок Ada Example → Example Fund");
  });

  it("names a claim by the start of its text and its relation", () => {
    const dataset = placeholderDataset();
    const relation = dataset.relations.find((item) => item.id === "rel-fund-militia")!;
    const claim = { ...relation.claims[0]!, status: "disputed" as const };
    const edited = putClaim(dataset, relation.id, claim)!.label;
    expect(edited).toEqual({
      action: "edit",
      collection: "claims",
      claim: "The fund pays the militia, says Bob.",
      relation: { from: "Example Fund", to: "Sample Militia", directed: true },
    });
    expect(words(edited)).toBe("Edit claim “The fund pays the militia, says Bob.” on Example Fund → Sample Militia");
    expect(words(edited, uk)).toBe(
      "Змінити твердження «The fund pays the militia, says Bob.» у зв’язку Example Fund → Sample Militia",
    );
    const removed = removeClaim(dataset, relation.id, claim.id)!.label;
    expect(words(removed)).toBe("Delete claim “The fund pays the militia, says Bob.” on Example Fund → Sample Militia");
    expect(words(removed, ar)).toBe(
      "حذف الإفادة «The fund pays the militia, says Bob.» من العلاقة Example Fund ← Sample Militia",
    );
    const long = {
      ...claim,
      id: "cl-new",
      text: "A very long claim text that goes on and on well past forty characters.",
    };
    expect(words(putClaim(dataset, relation.id, long)!.label)).toBe(
      "Add claim “A very long claim text that goes on and…” on Example Fund → Sample Militia",
    );
  });

  it("names actors, sources, kinds and stories with the noun of each language", () => {
    const dataset = placeholderDataset();
    const ada = dataset.actors.find((actor) => actor.id === "ada-example")!;
    const edited = putItem(dataset, "actors", { ...ada, summary: "x" }).label;
    expect(edited).toEqual({ action: "edit", collection: "actors", name: "Ada Example" });
    expect(words(edited)).toBe("Edit actor Ada Example");
    expect(words(edited, uk)).toBe("Змінити учасника Ada Example");
    expect(words(edited, ar)).toBe("تحرير الفاعل Ada Example");
    expect(words(deleteActor(dataset, "ada-example").label)).toBe("Delete actor Ada Example");
    const source = dataset.sources[0]!;
    expect(words(removeItem(dataset, "sources", source.id).label)).toBe(`Delete source ${source.title}`);
    expect(words(removeItem(dataset, "sources", source.id).label, uk)).toBe(`Видалити джерело ${source.title}`);
    const kind = { id: "ngo", label: "NGO" };
    expect(words(putItem(dataset, "actorKinds", kind).label)).toBe("Add actor kind NGO");
    expect(words(putItem(dataset, "actorKinds", kind).label, uk)).toBe("Додати тип учасника NGO");
    expect(words({ action: "delete", collection: "stories", name: "Intro" }, uk)).toBe("Видалити історію Intro");
  });

  it("names merges, files brought in and renames", () => {
    const dataset = placeholderDataset();
    const merge = mergeActors(dataset, "bob-sample", "ada-example")!.label;
    expect(merge).toEqual({ action: "merge", collection: "actors", name: "Ada Example", into: "Bob Sample" });
    expect(words(merge)).toBe("Merge Ada Example into Bob Sample");
    expect(words(merge, uk)).toBe("Об’єднати Ada Example з Bob Sample");
    expect(words(replaceWith(dataset, dataset, "file.json").label)).toBe("Replace with file.json");
    expect(words(mergeFrom(dataset, dataset, "file.json").label, uk)).toBe("Додати й оновити з файлу file.json");
    const rename = renameNetwork(dataset, " New title ").label;
    expect(rename).toEqual({ action: "rename", title: "Placeholder network", to: "New title" });
    expect(words(rename)).toBe("Rename network “Placeholder network” to “New title”");
    expect(words(rename, ar)).toBe("إعادة تسمية الشبكة «Placeholder network» إلى «New title»");
  });

  it("in an Arabic interface each Latin name is a bidi isolate inside the sentence", () => {
    const text = messageText(editLabelMessage({ action: "edit", collection: "actors", name: "Ada Example" }), ar);
    expect(text).toBe("تحرير الفاعل \u2068Ada Example\u2069");
  });

  it("names a relation removed between two versions from the older one, and falls back to the id only when neither has it", () => {
    const before = placeholderDataset();
    const after = applyOp(before, deleteActor(before, "ada-example").op);
    const diff = diffDatasets(before, after);
    expect(diff.collections.relations.removed).toContain("rel-ada-fund");
    expect(relationNameById("rel-ada-fund", after, before)).toBe("Ada Example → Example Fund");
    expect(relationNameById("rel-nowhere", after, before)).toBe("rel-nowhere");
  });
});

describe("undo histories saved with English sentences (history version 1)", () => {
  it("reads each sentence an older Tangle wrote back into its label", () => {
    expect(legacyLabel("Add actor Kamal Hassan")).toEqual({
      action: "add",
      collection: "actors",
      name: "Kamal Hassan",
    });
    expect(legacyLabel("Edit actor kind Armed group")).toEqual({
      action: "edit",
      collection: "actorKinds",
      name: "Armed group",
    });
    expect(legacyLabel("Delete relation Ada Example — Bob Sample")).toEqual({
      action: "delete",
      collection: "relations",
      relation: { from: "Ada Example", to: "Bob Sample", directed: false },
    });
    expect(legacyLabel("Delete claim “Pays the fighters” on A → B")).toEqual({
      action: "delete",
      collection: "claims",
      claim: "Pays the fighters",
      relation: { from: "A", to: "B", directed: true },
    });
    expect(legacyLabel("Merge Rami into Rami Makhlouf")).toEqual({
      action: "merge",
      collection: "actors",
      name: "Rami",
      into: "Rami Makhlouf",
    });
    expect(legacyLabel("Add and update from a.json")).toEqual({ action: "update", file: "a.json" });
    expect(legacyLabel("Replace with b.gexf")).toEqual({ action: "replace", file: "b.gexf" });
    expect(legacyLabel("Rename network “Old” to “New”")).toEqual({ action: "rename", title: "Old", to: "New" });
  });

  it("keeps a sentence it cannot read unambiguously as the text it was", () => {
    for (const text of ["Add relation A → B → C", "Delete claim cl-gone", "Merge A into B into C", "Something else"])
      expect(legacyLabel(text)).toEqual({ action: "legacy", text });
    expect(words({ action: "legacy", text: "Something else" }, uk)).toBe("Something else");
  });

  it("lifts a stored version 1 history: every entry kept, labels read, and it renders in Ukrainian", () => {
    const op = { type: "batch", ops: [] };
    const stored = {
      past: [
        { label: "Add actor Kamal Hassan", op, inverse: op, at: 1 },
        { label: "Delete claim “Pays” on Kamal Hassan → Coastal Fighters", op, inverse: op, at: 2 },
        { label: "Something a newer template wrote", op, inverse: op, at: 3 },
      ],
      future: [{ label: "Rename network “A” to “B”", op, inverse: op, at: 4 }],
    };
    const history = parseHistory(stored)!;
    expect(history.version).toBe(2);
    expect(history.past.map((entry) => words(entry.label, uk))).toEqual([
      "Додати учасника Kamal Hassan",
      "Видалити твердження «Pays» зі зв’язку Kamal Hassan → Coastal Fighters",
      "Something a newer template wrote",
    ]);
    expect(history.future.map((entry) => words(entry.label))).toEqual(["Rename network “A” to “B”"]);
    // Read again after saving: version 2 parses as it is.
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });

  it("refuses a damaged history and one from a newer Tangle, saying which", () => {
    const op = { type: "batch", ops: [] };
    expect(readHistory({ past: [{ label: 7, op, inverse: op, at: 1 }], future: [] })).toEqual({
      ok: false,
      reason: "damaged",
    });
    expect(
      readHistory({ version: 2, past: [{ label: { action: "explode" }, op, inverse: op, at: 1 }], future: [] }),
    ).toEqual({ ok: false, reason: "damaged" });
    expect(readHistory({ version: 3, past: [], future: [] })).toEqual({ ok: false, reason: "newer" });
  });
});
