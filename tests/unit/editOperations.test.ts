import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model";
import {
  applyEdit,
  applyOp,
  deleteActor,
  EMPTY_HISTORY,
  invertOp,
  issuesUnder,
  newActor,
  newRelation,
  pathOf,
  previewActorDeletion,
  putClaim,
  putItem,
  record,
  redo,
  removeItem,
  undo,
  type EditOp,
} from "../../src/state/edit";
import { placeholderDataset } from "./fixtures";

describe("edit operations", () => {
  it("adds an actor with a fresh id and undoes it exactly", () => {
    const dataset = placeholderDataset();
    const actor = newActor(dataset, "Kamal Hassan");
    expect(actor.id).toBe("kamal-hassan");
    const result = applyEdit(dataset, putItem(dataset, "actors", actor).op);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.actors.map((item) => item.name)).toContain("Kamal Hassan");
    expect(applyOp(result.dataset, result.inverse)).toEqual(dataset);
    expect(newActor(result.dataset, "Kamal Hassan").id).toBe("kamal-hassan-2");
  });

  it("rejects an invalid change with an issue naming the field, and leaves the dataset alone", () => {
    const dataset = placeholderDataset();
    const actor = { ...dataset.actors[0]!, name: "   " };
    const result = applyEdit(dataset, putItem(dataset, "actors", actor).op);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = issuesUnder(result.issues, pathOf(dataset, "actors", actor.id));
    expect(fields.get("name")).toEqual(["must not be empty"]);
    expect(dataset.actors[0]!.name).not.toBe("   ");
  });

  it("rejects a source URL that is not http(s)", () => {
    const dataset = placeholderDataset();
    const source = { ...dataset.sources[0]!, url: "javascript:alert(1)" };
    const result = applyEdit(dataset, putItem(dataset, "sources", source).op);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(issuesUnder(result.issues, "sources[0]").get("url")).toEqual(["must be an http(s) address"]);
  });

  it("edits a claim's status inside its relation and inverts it", () => {
    const dataset = placeholderDataset();
    const relation = dataset.relations[0]!;
    const claim: Claim = { ...relation.claims[0]!, status: "disputed" };
    const edit = putClaim(dataset, relation.id, claim)!;
    const result = applyEdit(dataset, edit.op);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.relations[0]!.claims[0]!.status).toBe("disputed");
    expect(applyOp(result.dataset, result.inverse)).toEqual(dataset);
  });

  it("refuses a claim without a source and a relation to an unknown actor", () => {
    const dataset = placeholderDataset();
    const relation = dataset.relations[0]!;
    const bare = putClaim(dataset, relation.id, { ...relation.claims[0]!, id: "cl-new", sources: [] })!;
    const bareResult = applyEdit(dataset, bare.op);
    expect(bareResult.ok ? [] : bareResult.issues.map((issue) => `${issue.path}: ${issue.message}`)).toContain(
      "relations[0].claims[1].sources: needs at least one source",
    );
    const dangling = {
      ...newRelation(dataset, "ada-example", "nobody"),
      claims: relation.claims.map((claim) => ({ ...claim, id: "cl-x" })),
    };
    const danglingResult = applyEdit(dataset, putItem(dataset, "relations", dangling).op);
    expect(danglingResult.ok).toBe(false);
    if (!danglingResult.ok) expect(danglingResult.issues.some((issue) => issue.path === "relations[3].to")).toBe(true);
  });

  it("refuses to delete a kind still in use", () => {
    const dataset = placeholderDataset();
    const result = applyEdit(dataset, removeItem(dataset, "actorKinds", "person").op);
    expect(result.ok).toBe(false);
  });

  it("previews and performs an actor deletion with its relations, claims and story steps, in one undo", () => {
    const dataset = placeholderDataset();
    const preview = previewActorDeletion(dataset, "ada-example");
    expect(preview.relations.map((relation) => relation.id).sort()).toEqual(["rel-ada-fund", "rel-bob-ada"]);
    expect(preview.claims).toBe(2);
    expect(preview.steps.map((step) => step.stepId)).toEqual(["ada", "money"]);
    const result = applyEdit(dataset, deleteActor(dataset, "ada-example").op);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.actors.map((actor) => actor.id)).not.toContain("ada-example");
    expect(result.dataset.relations.map((relation) => relation.id)).toEqual(["rel-fund-militia"]);
    expect(result.dataset.stories[0]!.steps[1]!.focus.relations).toEqual(["rel-fund-militia"]);
    expect(applyOp(result.dataset, result.inverse)).toEqual(dataset);
  });

  it("edits the dataset's own fields and removes optional ones", () => {
    const dataset = placeholderDataset();
    const op: EditOp = { type: "meta", patch: { title: "Renamed", summary: undefined } };
    const next = applyOp(dataset, op);
    expect(next.title).toBe("Renamed");
    expect("summary" in next).toBe(false);
    expect(applyOp(next, invertOp(dataset, op))).toEqual(dataset);
  });
});

describe("undo history", () => {
  it("undoes and redoes in order, and a new edit clears the redo list", () => {
    const start = placeholderDataset();
    let dataset = start;
    let history = EMPTY_HISTORY;
    for (const name of ["One", "Two"]) {
      const edit = putItem(dataset, "actors", newActor(dataset, name));
      const result = applyEdit(dataset, edit.op);
      if (!result.ok) throw new Error("invalid");
      history = record(history, { label: edit.label, op: edit.op, inverse: result.inverse, at: 0 });
      dataset = result.dataset;
    }
    const afterTwo = dataset;
    const once = undo(dataset, history)!;
    expect(once.entry.label).toEqual({ action: "add", collection: "actors", name: "Two" });
    const twice = undo(once.dataset, once.history)!;
    expect(twice.dataset).toEqual(start);
    expect(undo(twice.dataset, twice.history)).toBeUndefined();
    const again = redo(redo(twice.dataset, twice.history)!.dataset, redo(twice.dataset, twice.history)!.history)!;
    expect(again.dataset).toEqual(afterTwo);
    const cleared = record(once.history, {
      label: { action: "legacy", text: "x" },
      op: { type: "batch", ops: [] },
      inverse: { type: "batch", ops: [] },
      at: 0,
    });
    expect(cleared.future).toEqual([]);
  });
});
