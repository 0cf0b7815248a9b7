import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model";
import { placeholderDataset } from "./fixtures";

describe("buildGraph", () => {
  it("makes actors nodes and relations edges, directed by relation kind", () => {
    const graph = buildGraph(placeholderDataset());
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.type).toBe("mixed");
    expect(graph.isDirected("rel-ada-fund")).toBe(true);
    expect(graph.isUndirected("rel-bob-ada")).toBe(true);
    expect(graph.source("rel-ada-fund")).toBe("ada-example");
    expect(graph.getNodeAttribute("ada-example", "label")).toBe("Ada Example");
    expect(graph.getEdgeAttribute("rel-fund-militia", "status")).toBe("claimed");
    expect(graph.getAttribute("title")).toBe("Placeholder network");
  });

  it("keeps parallel relations between the same pair", () => {
    const dataset = placeholderDataset();
    const twin = { ...dataset.relations[0]!, id: "rel-ada-fund-2" };
    const graph = buildGraph({ ...dataset, relations: [...dataset.relations, twin] });
    expect(graph.edges("ada-example", "example-fund").sort()).toEqual(["rel-ada-fund", "rel-ada-fund-2"]);
  });
});
