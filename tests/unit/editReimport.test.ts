import { describe, expect, it } from "vitest";
import { applyEdit, applyOp, deepEqual, mergeFrom, replaceWith, type EditOp } from "../../src/state/edit";
import type { Dataset } from "../../src/model";
import { placeholderDataset } from "./fixtures";

/** A file that differs from the network: one actor renamed, one relation gone, one actor and a source new. */
function fileFrom(network: Dataset): Dataset {
  const ada = network.actors.find((actor) => actor.id === "ada-example")!;
  return {
    ...network,
    id: "some-import",
    title: "The file's title",
    sources: [...network.sources, { id: "src-new", title: "A new report" }],
    actors: [
      ...network.actors.map((actor) => (actor.id === ada.id ? { ...actor, name: "Ada Exemplar" } : actor)),
      { id: "new-one", name: "New One", kind: ada.kind, aliases: [], tags: [], sources: [] },
    ],
    relations: network.relations.filter((relation) => relation.id !== "rel-bob-ada"),
  };
}

function applied(dataset: Dataset, op: EditOp): Dataset {
  const result = applyEdit(dataset, op);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(applyOp(result.dataset, result.inverse)).toEqual(dataset);
  return result.dataset;
}

describe("importing a file over the network being edited", () => {
  it("replaces the network by the file, keeping the network's id, as one undoable edit", () => {
    const network = placeholderDataset();
    const file = fileFrom(network);
    const edit = replaceWith(network, file, "file.json");
    expect(edit.label).toEqual({ action: "replace", file: "file.json" });
    const after = applied(network, edit.op);
    expect(after.id).toBe(network.id);
    expect(deepEqual({ ...after, id: file.id }, file)).toBe(true);
  });

  it("adds and updates from the file, keeping what only the network has and its own fields", () => {
    const network = placeholderDataset();
    const file = fileFrom(network);
    const after = applied(network, mergeFrom(network, file, "file.json").op);
    expect(after.title).toBe(network.title);
    expect(after.actors.find((actor) => actor.id === "ada-example")?.name).toBe("Ada Exemplar");
    expect(after.actors.map((actor) => actor.id)).toContain("new-one");
    expect(after.sources.map((source) => source.id)).toContain("src-new");
    expect(after.relations.map((relation) => relation.id)).toContain("rel-bob-ada");
    expect(after.relations.length).toBe(network.relations.length);
  });

  it("changes nothing when the file is the network itself", () => {
    const network = placeholderDataset();
    expect(mergeFrom(network, { ...network, id: "other" }, "same.json").op).toEqual({ type: "batch", ops: [] });
    expect(applyOp(network, replaceWith(network, { ...network, id: "other" }, "same.json").op)).toEqual(network);
  });
});
