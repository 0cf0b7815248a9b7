import { expect, it } from "vitest";
import { importFiles, toCsv } from "../../src/io";
import { placeholderDataset } from "./fixtures";

it("reads an actors + relations CSV pair in either order", () => {
  const dataset = placeholderDataset();
  const { actorsCsv, relationsCsv } = toCsv(dataset);
  for (const files of [
    [
      { name: "net-actors.csv", text: actorsCsv },
      { name: "net-relations.csv", text: relationsCsv },
    ],
    [
      { name: "net-relations.csv", text: relationsCsv },
      { name: "net-actors.csv", text: actorsCsv },
    ],
  ]) {
    const result = importFiles(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.title).toBe("net");
    expect(result.dataset.actors.map((actor) => actor.id)).toEqual(dataset.actors.map((actor) => actor.id));
    expect(result.dataset.relations.flatMap((relation) => relation.claims.map((claim) => claim.text))).toEqual(
      dataset.relations.flatMap((relation) => relation.claims.map((claim) => claim.text)),
    );
  }
});

it("refuses other combinations with a message naming the files", () => {
  const result = importFiles([
    { name: "a.json", text: "{}" },
    { name: "b.csv", text: "" },
  ]);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues[0]?.path).toBe("a.json, b.csv");
  expect(result.issues[0]?.message).toBe(
    "choose one dataset or graph file, or spreadsheets (one edge list, or nodes and edges) together",
  );
  expect(importFiles([]).ok).toBe(false);
});
