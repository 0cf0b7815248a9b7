// A file with bad actors or relations offers its valid part; nothing is kept silently.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/io/importFile";

const placeholder = JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")) as {
  relations: Array<Record<string, unknown>>;
  actors: Array<Record<string, unknown>>;
};

describe("partial import", () => {
  it("sets aside relations with an unknown actor and offers the rest, with each problem's JSON path", () => {
    const broken = structuredClone(placeholder);
    const ghost = (id: string, end: "from" | "to") => ({
      id,
      from: "ada-example",
      to: "ada-example",
      kind: "funds",
      claims: [],
      [end]: "ghost",
    });
    broken.relations.push(ghost("rel-ghost-1", "to"), ghost("rel-ghost-2", "from"));
    const result = importFile("broken.json", JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.path)).toEqual([
      `broken.json relations[${placeholder.relations.length}].to`,
      `broken.json relations[${placeholder.relations.length + 1}].from`,
    ]);
    expect(result.partial?.skipped).toEqual({ actors: 0, relations: 2 });
    expect(result.partial?.dataset.relations.length).toBe(placeholder.relations.length);
  });

  it("drops the relations of a bad actor along with it", () => {
    const broken = structuredClone(placeholder);
    const victim = broken.actors[0];
    if (victim) victim.name = "";
    const result = importFile("broken.json", JSON.stringify(broken));
    if (result.ok) throw new Error("should fail");
    const claimants = (relation: Record<string, unknown>) =>
      (relation.claims as Array<{ claimedBy?: string }>).map((claim) => claim.claimedBy);
    const touching = placeholder.relations.filter(
      (relation) =>
        relation.from === victim?.id ||
        relation.to === victim?.id ||
        claimants(relation).includes(victim?.id as string),
    ).length;
    expect(result.partial?.skipped).toEqual({ actors: 1, relations: touching });
  });

  it("offers nothing when the dataset as a whole is broken", () => {
    const result = importFile("broken.json", JSON.stringify({ ...placeholder, actorKinds: [] }));
    expect(result.ok ? "ok" : result.partial).toBeUndefined();
  });
});
