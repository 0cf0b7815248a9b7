// An accepted import sent from the worker in slices (src/workers/outcomeParts.ts) and put back
// together on the page: the same outcome, in the same order; a failed one goes whole.
import { describe, expect, it } from "vitest";
import type { BytesImport } from "../../src/io/importBytes";
import { OutcomeAssembler, outcomeInParts } from "../../src/workers/outcomeParts";
import { syntheticDataset } from "../../scripts/synthetic";
import { parseDataset } from "../../src/model";

function accepted(size: number): BytesImport {
  const parsed = parseDataset(syntheticDataset(size));
  if (!parsed.ok) throw new Error("the synthetic dataset must be valid");
  return {
    result: { ok: true, dataset: parsed.dataset, warnings: parsed.issues },
    files: [{ name: "network.json", text: "{}" }],
    headerKey: "",
    decodingNotes: [],
  };
}

/** Through a structured clone, as a worker's message is. */
const assemble = (messages: ReturnType<typeof outcomeInParts>) => {
  const assembler = new OutcomeAssembler();
  return messages.map((message) => assembler.take(structuredClone(message)));
};

describe("an import's outcome in parts", () => {
  it("sends an accepted dataset in slices that put back together equal the outcome", () => {
    const outcome = accepted(250);
    const messages = outcomeInParts(outcome, 100);
    // 250 actors in 3 slices, 750 relations in 8.
    expect(messages.map((message) => message.type)).toEqual([
      "head",
      ...Array<string>(3).fill("actors"),
      ...Array<string>(8).fill("relations"),
      "done",
    ]);
    const head = messages[0];
    expect(head?.type === "head" && head.outcome.result.ok && head.outcome.result.dataset.actors).toEqual([]);
    const taken = assemble(messages);
    expect(taken.slice(0, -1).every((value) => value === undefined)).toBe(true);
    expect(taken.at(-1)).toEqual(outcome);
  });

  it("leaves the worker's outcome as it was", () => {
    const outcome = accepted(30);
    outcomeInParts(outcome, 7);
    expect(outcome.result.ok && outcome.result.dataset.actors).toHaveLength(30);
  });

  it("sends a failed import whole, in one message", () => {
    const failed: BytesImport = {
      result: { ok: false, issues: [{ path: "a.json", message: "is not JSON", severity: "error" }] },
      files: [{ name: "a.json", text: "{" }],
      headerKey: "",
      decodingNotes: [],
    };
    const messages = outcomeInParts(failed);
    expect(messages).toEqual([{ type: "done", outcome: failed }]);
    expect(assemble(messages)).toEqual([failed]);
  });

  it("reports parts that do not add up instead of a dataset missing some", () => {
    const messages = outcomeInParts(accepted(50), 20);
    const assembler = new OutcomeAssembler();
    const withoutOneSlice = messages.filter((_, index) => index !== 1);
    const taken = withoutOneSlice.map((message) => assembler.take(message));
    expect(taken.at(-1)).toBeInstanceOf(Error);
  });
});
