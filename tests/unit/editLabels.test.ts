import { describe, expect, it } from "vitest";
import {
  applyOp,
  claimName,
  deleteActor,
  diffDatasets,
  newRelation,
  putClaim,
  putItem,
  relationNameById,
  removeClaim,
  removeItem,
} from "../../src/state/edit";
import { placeholderDataset } from "./fixtures";

describe("history labels name things, not ids", () => {
  it("names a new relation by its ends, with an arrow for a directed kind and a dash otherwise", () => {
    const dataset = placeholderDataset();
    expect(putItem(dataset, "relations", newRelation(dataset, "bob-sample", "sample-militia", "funds")).label).toBe(
      "Add relation Bob Sample → Sample Militia",
    );
    expect(
      putItem(dataset, "relations", newRelation(dataset, "bob-sample", "sample-militia", "allied-with")).label,
    ).toBe("Add relation Bob Sample — Sample Militia");
    expect(removeItem(dataset, "relations", "rel-ada-fund").label).toBe("Delete relation Ada Example → Example Fund");
  });

  it("names a claim by the start of its text and its relation", () => {
    const dataset = placeholderDataset();
    const relation = dataset.relations.find((item) => item.id === "rel-fund-militia")!;
    const claim = { ...relation.claims[0]!, status: "disputed" as const };
    expect(putClaim(dataset, relation.id, claim)?.label).toBe(
      "Edit claim “The fund pays the militia, says Bob.” on Example Fund → Sample Militia",
    );
    expect(removeClaim(dataset, relation.id, claim.id)?.label).toBe(
      "Delete claim “The fund pays the militia, says Bob.” on Example Fund → Sample Militia",
    );
    const long = {
      ...claim,
      id: "cl-new",
      text: "A very long claim text that goes on and on well past forty characters.",
    };
    expect(putClaim(dataset, relation.id, long)?.label).toBe(
      "Add claim “A very long claim text that goes on and…” on Example Fund → Sample Militia",
    );
  });

  it("names an actor, a source and a deletion by name", () => {
    const dataset = placeholderDataset();
    const ada = dataset.actors.find((actor) => actor.id === "ada-example")!;
    expect(putItem(dataset, "actors", { ...ada, summary: "x" }).label).toBe("Edit actor Ada Example");
    expect(deleteActor(dataset, "ada-example").label).toBe("Delete actor Ada Example");
    const source = dataset.sources[0]!;
    expect(removeItem(dataset, "sources", source.id).label).toBe(`Delete source ${source.title}`);
  });

  it("names a relation removed between two versions from the older one, and falls back to the id only when neither has it", () => {
    const before = placeholderDataset();
    const after = applyOp(before, deleteActor(before, "ada-example").op);
    const diff = diffDatasets(before, after);
    expect(diff.collections.relations.removed).toContain("rel-ada-fund");
    expect(relationNameById("rel-ada-fund", after, before)).toBe("Ada Example → Example Fund");
    expect(relationNameById("rel-nowhere", after, before)).toBe("rel-nowhere");
    expect(claimName({ text: "" }, { from: "gone", to: "bob-sample", kind: "funds" }, before)).toBe(
      "on gone → Bob Sample",
    );
  });
});
