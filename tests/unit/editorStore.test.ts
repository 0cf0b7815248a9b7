import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { copyOf, DATABASE_VERSION, newNetwork, openEditorStore } from "../../src/io/store";
import { parseHistory } from "../../src/state/edit";
import { placeholderDataset, placeholderJson } from "./fixtures";

let counter = 0;
const freshName = () => `tangle-editor-test-${++counter}`;

describe("editor store", () => {
  it("keeps a network, its history and its versions across openings", async () => {
    const name = freshName();
    const store = await openEditorStore(name);
    expect(store.saving).toBe(true);
    const record = copyOf(placeholderDataset(), new Set(), 1000);
    expect(record.id).toBe("placeholder-copy");
    expect(record.dataset.title).toBe("Placeholder network (copy)");
    const history = {
      past: [
        {
          label: "Add actor X",
          op: { type: "remove", collection: "actors", id: "x" },
          inverse: { type: "batch", ops: [] },
          at: 5,
        },
      ],
      future: [],
    };
    expect(await store.putNetwork({ ...record, history })).toBe(true);
    expect(
      await store.addVersion({
        recordVersion: 1,
        networkId: record.id,
        note: "first",
        savedAt: 2000,
        dataset: record.dataset,
      }),
    ).toBeTypeOf("number");

    const again = await openEditorStore(name);
    const read = await again.network(record.id);
    expect(read?.dataset).toEqual(record.dataset);
    // Saved as history version 1 (an English sentence): read back as the label it was made from.
    expect(parseHistory(read?.history)?.past[0]?.label).toEqual({ action: "add", collection: "actors", name: "X" });
    expect((await again.versions(record.id)).map((version) => version.note)).toEqual(["first"]);
    expect(again.problems).toEqual([]);
  });

  it("keeps a damaged record aside with the reason, and still lists the good ones", async () => {
    const name = freshName();
    const store = await openEditorStore(name);
    await store.putNetwork(newNetwork("Good one", new Set(), 1));
    const database = await openDB(name, DATABASE_VERSION);
    await database.put("networks", {
      id: "broken",
      recordVersion: 1,
      kind: "own",
      createdAt: 1,
      updatedAt: 1,
      dataset: { nonsense: true },
    });
    database.close();

    const again = await openEditorStore(name);
    expect((await again.networks()).map((record) => record.id)).toEqual(["good-one"]);
    expect(again.problems[0]?.what).toBe('Saved network "broken"');
    expect(again.problems[0]?.reason).toMatch(/does not pass validation.*kept aside/);
    expect(await again.asideCount()).toBe(1);
    const raw = await openDB(name, DATABASE_VERSION);
    const aside = (await raw.getAll("aside")) as { value: { dataset: unknown } }[];
    expect(aside[0]?.value.dataset).toEqual({ nonsense: true });
    raw.close();
  });

  it("lifts a version 1 dataset kept in a record to the current schema", async () => {
    const name = freshName();
    await openEditorStore(name);
    const json = placeholderJson();
    const v1 = { ...json, schemaVersion: 1 };
    const database = await openDB(name, DATABASE_VERSION);
    await database.put("networks", {
      id: "old",
      recordVersion: 1,
      kind: "own",
      createdAt: 1,
      updatedAt: 1,
      dataset: v1,
    });
    database.close();
    const read = await (await openEditorStore(name)).network("old");
    expect(read?.dataset.schemaVersion).toBe(2);
  });

  it("reports a newer store, leaves it untouched and works without saving", async () => {
    const name = freshName();
    const newer = await openDB(name, DATABASE_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore("future").put("kept", "key"),
    });
    newer.close();
    const store = await openEditorStore(name);
    expect(store.saving).toBe(false);
    expect(store.problems[0]?.reason).toMatch(/newer Tangle; it is kept unchanged/);
    expect(await store.putNetwork(newNetwork("Scratch", new Set(), 1))).toBe(true);
    expect((await store.networks()).map((record) => record.id)).toEqual(["scratch"]);
    const untouched = await openDB(name);
    expect(untouched.version).toBe(DATABASE_VERSION + 1);
    expect(await untouched.get("future", "key")).toBe("kept");
    untouched.close();
  });

  it("refuses a history that does not parse instead of applying it", () => {
    expect(
      parseHistory({
        past: [{ label: "x", op: { type: "explode" }, inverse: { type: "batch", ops: [] }, at: 1 }],
        future: [],
      }),
    ).toBeUndefined();
    expect(parseHistory(undefined)).toBeUndefined();
  });
});
