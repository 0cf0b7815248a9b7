// An accepted import's outcome sent from the worker in parts, and put back together on the page.
// Structured cloning 20k actors and 60k relations in one message blocked the page for ~0.4 s (one
// task: a message is deserialised whole); in slices of a few thousand, each slice is a short task
// of its own, and the page stays responsive between them.
import type { BytesImport } from "../io/importBytes";
import type { Actor, Relation } from "../model";
import type { ImportWorkerMessage } from "./importMessages";
import { StringInterner } from "./internStrings";

/** Items per message: about 10 ms of deserialising on this machine. */
export const ITEMS_PER_PART = 2500;

function slices<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

/**
 * The messages that carry `outcome`: for an accepted file, its outcome without actors and
 * relations, then their slices, then `done`; otherwise one `done` with the whole outcome.
 */
export function outcomeInParts(outcome: BytesImport, size = ITEMS_PER_PART): ImportWorkerMessage[] {
  const { result } = outcome;
  if (!result.ok) return [{ type: "done", outcome }];
  const { actors, relations } = result.dataset;
  const head: BytesImport = {
    ...outcome,
    result: { ...result, dataset: { ...result.dataset, actors: [], relations: [] } },
  };
  return [
    { type: "head", outcome: head, actors: actors.length, relations: relations.length },
    ...slices(actors, size).map((items): ImportWorkerMessage => ({ type: "actors", items })),
    ...slices(relations, size).map((items): ImportWorkerMessage => ({ type: "relations", items })),
    { type: "done" },
  ];
}

/**
 * Puts the parts back together, each repeated short text kept once (`StringInterner`); `take`
 * returns the outcome once it is whole.
 */
export class OutcomeAssembler {
  private head: BytesImport | undefined;
  private actors: Actor[] = [];
  private relations: Relation[] = [];
  private expected = { actors: 0, relations: 0 };
  private interner = new StringInterner();

  /** The outcome when `message` completes it; an Error when the parts do not add up (a bug). */
  take(message: ImportWorkerMessage): BytesImport | Error | undefined {
    switch (message.type) {
      case "head":
        this.head = this.interner.internAll(message.outcome);
        this.expected = { actors: message.actors, relations: message.relations };
        return undefined;
      case "actors":
        for (const actor of this.interner.internAll(message.items)) this.actors.push(actor);
        return undefined;
      case "relations":
        for (const relation of this.interner.internAll(message.items)) this.relations.push(relation);
        return undefined;
      case "done": {
        const whole = message.outcome ?? this.assembled();
        this.clear();
        return whole;
      }
      default:
        return undefined;
    }
  }

  /** Lets go of the parts: the worker (and this with it) can outlive the answer by seconds. */
  private clear(): void {
    this.head = undefined;
    this.actors = [];
    this.relations = [];
    this.interner = new StringInterner();
  }

  private assembled(): BytesImport | Error {
    const head = this.head;
    if (!head?.result.ok) return new Error("the import's parts came without their head");
    if (this.actors.length !== this.expected.actors || this.relations.length !== this.expected.relations)
      return new Error("the import's parts do not add up");
    const dataset = { ...head.result.dataset, actors: this.actors, relations: this.relations };
    return { ...head, result: { ...head.result, dataset } };
  }
}
