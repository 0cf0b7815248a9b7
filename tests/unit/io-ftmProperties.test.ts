// FollowTheMoney export → import keeps what FtM can carry, for any valid dataset (fast-check):
// every actor with its name and aliases, one link per claim (one per unsourced relation) between
// the same two actors, each claim's status and text, and no evidence invented for unsourced ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/io/importFile";
import { toFtm } from "../../src/io/ftm/toFtm";
import type { Dataset } from "../../src/model";
import { datasetArbitrary } from "./support/datasetArbitrary";

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Each link as the names of its two ends, its claims' statuses and texts. */
function links(dataset: Dataset) {
  const name = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return sorted(
    dataset.relations.flatMap((relation) => {
      const ends = [name.get(relation.from), name.get(relation.to)];
      if (relation.claims.length === 0) return [{ ends, status: "unsourced", text: undefined as string | undefined }];
      return relation.claims.map((claim) => ({
        ends,
        status: claim.status,
        text: claim.text,
      }));
    }),
  );
}

describe("FollowTheMoney round trip (fast-check)", () => {
  it(
    "keeps actors, one link per claim with its status and text, and unsourced links unsourced",
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(datasetArbitrary, (dataset) => {
          const result = importFile("export.ftm", toFtm(dataset));
          if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
          const back = result.dataset;
          expect(sorted(back.actors.map((actor) => [actor.name, sorted(actor.aliases)]))).toEqual(
            sorted(dataset.actors.map((actor) => [actor.name, sorted(actor.aliases)])),
          );
          expect(links(back)).toEqual(links(dataset));
        }),
        { numRuns: 40 },
      );
    },
  );
});
