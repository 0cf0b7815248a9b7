import { describe, expect, it } from "vitest";
import { corroboration } from "../../src/analysis/corroboration";
import type { Source } from "../../src/model";

const source = (id: string, relays?: string): Source => ({ id, title: id, ...(relays ? { relays } : {}) });
const citing = (...ids: string[]) => ({ sources: ids.map((id) => ({ source: id })) });

const sources = [
  source("reuters"),
  source("paper-a", "reuters"),
  source("paper-b", "reuters"),
  source("blog", "paper-a"),
  source("afp"),
  source("loop-1", "loop-2"),
  source("loop-2", "loop-3"),
  source("loop-3", "loop-1"),
];

describe("corroboration", () => {
  it("counts two reports relaying one investigation as one source", () => {
    expect(corroboration(citing("paper-a", "paper-b"), sources)).toEqual({ independent: 1, sourceIds: ["reuters"] });
  });

  it("follows relay chains and keeps independent sources apart, in citation order", () => {
    expect(corroboration(citing("afp", "blog", "reuters"), sources)).toEqual({
      independent: 2,
      sourceIds: ["afp", "reuters"],
    });
  });

  it("counts each source once even when cited twice", () => {
    expect(corroboration(citing("afp", "afp"), sources).independent).toBe(1);
  });

  it("survives relay cycles, naming every member's origin the same way", () => {
    expect(corroboration(citing("loop-2"), sources).sourceIds).toEqual(["loop-1"]);
    expect(corroboration(citing("loop-3", "loop-1", "loop-2"), sources)).toEqual({
      independent: 1,
      sourceIds: ["loop-1"],
    });
  });

  it("treats sources missing from the list as their own origin", () => {
    expect(corroboration(citing("unknown", "reuters"), sources)).toEqual({
      independent: 2,
      sourceIds: ["unknown", "reuters"],
    });
    expect(corroboration(citing("x", "y"), [source("x", "gone"), source("y", "gone")])).toEqual({
      independent: 1,
      sourceIds: ["gone"],
    });
  });
});
