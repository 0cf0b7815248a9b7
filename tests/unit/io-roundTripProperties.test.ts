// Export → import is lossless for any valid dataset, in every exchange format Tangle writes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromGexf } from "../../src/io/gexf/fromGexf";
import { toGexf } from "../../src/io/gexf/toGexf";
import { fromGraphml } from "../../src/io/graphml/fromGraphml";
import { toGraphml } from "../../src/io/graphml/toGraphml";
import type { Dataset } from "../../src/model";
import type { ReadResult } from "../../src/io/readDataset";
import { datasetArbitrary } from "./support/datasetArbitrary";

const back = (result: ReadResult): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.dataset;
};

describe("round trips (fast-check)", { timeout: 30_000 }, () => {
  it("GEXF: fromGexf(toGexf(d)) equals d", () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(back(fromGexf(toGexf(dataset)))).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
  });

  it("GEXF with mutual relations as two directed edges: still one relation each", () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(back(fromGexf(toGexf(dataset, { mutualAsTwoEdges: true })))).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
  });

  it("GraphML: fromGraphml(toGraphml(d)) equals d, with and without the mutual option", () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(back(fromGraphml(toGraphml(dataset)))).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(back(fromGraphml(toGraphml(dataset, { mutualAsTwoEdges: true })))).toEqual(dataset);
      }),
      { numRuns: 40 },
    );
  });
});
