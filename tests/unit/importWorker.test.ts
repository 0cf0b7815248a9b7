// The import worker's handling of one request (src/workers/handleImport.ts) and keeping an
// accepted import in the library once (src/io/store/keepImported.ts).
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importWithWorkbooks } from "../../src/io/importBytes";
import { keepImported, openEditorStore, type KeepResult } from "../../src/io/store";
import type { Dataset } from "../../src/model";
import { handleImport } from "../../src/workers/handleImport";
import type { ImportWorkerMessage } from "../../src/workers/importMessages";
import { OutcomeAssembler } from "../../src/workers/outcomeParts";
import { placeholderJson } from "./fixtures";

const encoder = new TextEncoder();
const fileOf = (name: string, text: string) => ({ name, bytes: encoder.encode(text) });

async function run(text: string, keepInLibrary: boolean, keep: (dataset: Dataset) => Promise<KeepResult>) {
  const messages: ImportWorkerMessage[] = [];
  const keptIds: string[] = [];
  /** What happened, in order: the messages' types, and the page's go-ahead. */
  const events: string[] = [];
  await handleImport(
    { files: [fileOf("network.json", text)], options: {}, keepInLibrary },
    (message) => {
      messages.push(message);
      events.push(message.type);
    },
    {
      read: importWithWorkbooks,
      keep: (dataset) => {
        events.push("keep");
        keptIds.push(dataset.id);
        return keep(dataset);
      },
      goAhead: async () => {
        // The page's go-ahead comes later than the answer (after its first picture).
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push("go-ahead");
      },
    },
  );
  return { messages, keptIds, events };
}

describe("import worker requests", () => {
  it("answers with the outcome, keeps a valid dataset in the library on the page's go-ahead, then says it was kept", async () => {
    const { messages, keptIds, events } = await run(JSON.stringify(placeholderJson()), true, () =>
      Promise.resolve<KeepResult>("written"),
    );
    // The accepted dataset comes in parts (head, actors, relations), then "done".
    expect(messages.map((message) => message.type)).toEqual([
      "progress",
      "head",
      "actors",
      "relations",
      "done",
      "kept",
    ]);
    // Stored only after the page's go-ahead, which comes after the answer.
    expect(events).toEqual(["progress", "head", "actors", "relations", "done", "go-ahead", "keep", "kept"]);
    const assembler = new OutcomeAssembler();
    const outcomes = messages.slice(1, 5).map((message) => assembler.take(message));
    const whole = outcomes.at(-1);
    expect(outcomes.slice(0, -1)).toEqual([undefined, undefined, undefined]);
    expect(whole && !(whole instanceof Error) && whole.result.ok && whole.result.dataset.id).toBe("placeholder");
    expect(messages.at(-1)).toMatchObject({ type: "kept", kept: { result: "written" } });
    expect(keptIds).toEqual(["placeholder"]);
  });

  it("keeps nothing when not asked to, and never keeps an invalid file", async () => {
    const notAsked = await run(JSON.stringify(placeholderJson()), false, () => Promise.resolve<KeepResult>("written"));
    expect(notAsked.messages.map((message) => message.type)).toEqual([
      "progress",
      "head",
      "actors",
      "relations",
      "done",
    ]);
    expect(notAsked.keptIds).toEqual([]);
    const invalid = await run("{ not json", true, () => Promise.resolve<KeepResult>("written"));
    expect(invalid.messages.map((message) => message.type)).toEqual(["progress", "done", "kept"]);
    expect(invalid.messages[2]).toMatchObject({ type: "kept", kept: { result: "failed" } });
    expect(invalid.keptIds).toEqual([]);
  });

  it("says it did not keep the dataset when storage fails, so that the page can", async () => {
    const { messages } = await run(JSON.stringify(placeholderJson()), true, () =>
      Promise.reject(new Error("QuotaExceededError")),
    );
    expect(messages.at(-1)).toMatchObject({ type: "kept", kept: { result: "failed" } });
  });
});

describe("keeping an import in the library", () => {
  it("keeps it once under its own id and leaves an existing network of that id as it was", async () => {
    const store = await openEditorStore("tangle-keep-imported-test");
    const json = placeholderJson();
    const first = await importWithWorkbooks([fileOf("a.json", JSON.stringify(json))]);
    if (!first.result.ok) throw new Error("placeholder must read");
    expect(await keepImported(store, first.result.dataset, 10)).toBe("written");
    const renamed = await importWithWorkbooks([fileOf("b.json", JSON.stringify({ ...json, title: "Renamed" }))]);
    if (!renamed.result.ok) throw new Error("placeholder must read");
    expect(await keepImported(store, renamed.result.dataset, 20)).toBe("present");
    expect(await store.hasNetwork("placeholder")).toBe(true);
    expect(await store.hasNetwork("other")).toBe(false);
    const kept = await store.network("placeholder");
    expect(kept?.kind).toBe("imported");
    expect(kept?.createdAt).toBe(10);
    expect(kept?.dataset.title).toBe(first.result.dataset.title);
  });
});
