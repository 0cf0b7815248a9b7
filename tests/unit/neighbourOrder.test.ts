import { expect, it } from "vitest";
import { busiestActor, neighbourOrder } from "../../src/analysis";
import { buildGraph } from "../../src/model";
import { placeholderDataset } from "./fixtures";

const graph = buildGraph(placeholderDataset());

it("lists distinct neighbours in both directions, by label", () => {
  expect(neighbourOrder(graph, "ada-example")).toEqual(["bob-sample", "example-fund"]);
  expect(neighbourOrder(graph, "example-fund")).toEqual(["ada-example", "sample-militia"]);
  expect(neighbourOrder(graph, "nobody")).toEqual([]);
});

it("walks only shown relations", () => {
  expect(neighbourOrder(graph, "ada-example", new Set(["rel-ada-fund"]))).toEqual(["example-fund"]);
});

it("starts from the actor with the most shown relations", () => {
  const all = new Set(graph.nodes());
  expect(busiestActor(graph, all, new Set(graph.edges()))).toBe("ada-example");
  expect(busiestActor(graph, all, new Set(["rel-fund-militia"]))).toBe("example-fund");
  expect(busiestActor(graph, new Set(), new Set())).toBeUndefined();
});
