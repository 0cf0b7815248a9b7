// The teacher's stories in browser storage: written as one JSON document, and read back the way
// Excalidraw restores a file: keep what is sound, drop what is not with a reason, never throw.
import type { z } from "zod";
import { describeZodIssue, type Issue } from "../../model";
import type { DraftStep, DraftStory } from "./draft";
import {
  SAVED_LIMITS,
  SAVED_STORIES_FORMAT,
  SAVED_STORIES_VERSION,
  SavedStepSchema,
  SavedStoryHeadSchema,
} from "./savedStoriesSchema";

/** A saved story named in a problem: its place in the save and its title when it had one. */
export interface SavedStoryRef {
  number: number;
  title?: string;
}

/**
 * Why something of a save was left out, as data: the interface words it (`story.saved.<code>`),
 * the saved texts (titles, ids, fields) drawn isolated. `detail` is the first problem found (an Issue, worded by the interface), `more` how many others.
 */
export type SavedStoriesProblem =
  | { code: "tooLarge"; chars: number }
  | { code: "notJson" }
  | { code: "notASave" }
  | { code: "newerVersion"; version: number }
  | { code: "unknownVersion"; version: string }
  | { code: "otherDataset"; saved: string; current: string }
  | { code: "noList" }
  | { code: "unknownFields"; fields: string; count: number }
  | { code: "tooManyStories"; extra: number; limit: number }
  | { code: "badSaveTime" }
  | { code: "storyDropped"; story: SavedStoryRef; detail: Issue; more: number }
  | { code: "storyRepeatsId"; story: SavedStoryRef; id: string }
  | { code: "stepDropped"; story: SavedStoryRef; step: number; detail: Issue; more: number }
  | { code: "stepRepeatsId"; story: SavedStoryRef; step: number; id: string }
  | { code: "tooManySteps"; story: SavedStoryRef; extra: number; limit: number }
  | { code: "moreStepProblems"; story: SavedStoryRef; count: number };

export interface RestoredStories {
  stories: DraftStory[];
  /** One problem per thing left out; empty when everything was restored. */
  dropped: SavedStoriesProblem[];
  /** When the save was written, as the writer gave it (an ISO timestamp from the UI). */
  savedAt?: string;
}

const ENVELOPE_KEYS = new Set(["format", "version", "datasetId", "savedAt", "stories"]);
/** Step reasons listed per story before the rest are only counted. */
const STEP_REASONS_SHOWN = 5;

/** `savedAt` is passed in rather than read from the clock, so that encoding stays pure. */
export function encodeSavedStories(datasetId: string, drafts: readonly DraftStory[], savedAt?: string): string {
  return JSON.stringify({
    format: SAVED_STORIES_FORMAT,
    version: SAVED_STORIES_VERSION,
    datasetId,
    ...(savedAt === undefined ? {} : { savedAt }),
    stories: drafts,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Untrusted text shown in a reason: one line, short. */
function short(value: unknown): string {
  const text = typeof value === "string" ? value : String(JSON.stringify(value));
  return (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, " ");
}

const quote = (value: unknown): string => `"${short(value)}"`;

/** The first problem zod found, as an Issue (the saved filters' own limit named by its code), and how many more. */
function describe(error: z.ZodError): { detail: Issue; more: number } {
  const [first] = error.issues;
  const more = Math.max(0, error.issues.length - 1);
  if (first === undefined)
    return { detail: { path: "(root)", message: "invalid", severity: "error", code: "schema.invalid" }, more };
  const detail = describeZodIssue(first);
  if (first.code === "custom" && first.path[0] === "filters")
    return {
      detail: { ...detail, code: "schema.filterStateTooLong", values: { max: SAVED_LIMITS.filterChars } },
      more,
    };
  return { detail, more };
}

const nothing = (problem: SavedStoriesProblem): RestoredStories => ({ stories: [], dropped: [problem] });

function restoreSteps(rawSteps: readonly unknown[], story: SavedStoryRef, dropped: SavedStoriesProblem[]): DraftStep[] {
  const steps: DraftStep[] = [];
  const ids = new Set<string>();
  const reasons: SavedStoriesProblem[] = [];
  rawSteps.slice(0, SAVED_LIMITS.steps).forEach((raw, index) => {
    const parsed = SavedStepSchema.safeParse(raw);
    if (!parsed.success) reasons.push({ code: "stepDropped", story, step: index + 1, ...describe(parsed.error) });
    else if (ids.has(parsed.data.id))
      reasons.push({ code: "stepRepeatsId", story, step: index + 1, id: short(parsed.data.id) });
    else {
      ids.add(parsed.data.id);
      steps.push(parsed.data);
    }
  });
  if (rawSteps.length > SAVED_LIMITS.steps) {
    reasons.push({
      code: "tooManySteps",
      story,
      extra: rawSteps.length - SAVED_LIMITS.steps,
      limit: SAVED_LIMITS.steps,
    });
  }
  dropped.push(...reasons.slice(0, STEP_REASONS_SHOWN));
  if (reasons.length > STEP_REASONS_SHOWN)
    dropped.push({ code: "moreStepProblems", story, count: reasons.length - STEP_REASONS_SHOWN });
  return steps;
}

function restoreStory(
  raw: unknown,
  index: number,
  ids: Set<string>,
  dropped: SavedStoriesProblem[],
): DraftStory | undefined {
  const story: SavedStoryRef = { number: index + 1 };
  if (isRecord(raw) && typeof raw.title === "string") story.title = short(raw.title);
  const head = SavedStoryHeadSchema.safeParse(raw);
  if (!head.success) {
    dropped.push({ code: "storyDropped", story, ...describe(head.error) });
    return undefined;
  }
  if (ids.has(head.data.id)) {
    dropped.push({ code: "storyRepeatsId", story, id: short(head.data.id) });
    return undefined;
  }
  ids.add(head.data.id);
  const restored: DraftStory = {
    id: head.data.id,
    title: head.data.title,
    steps: restoreSteps(head.data.steps, story, dropped),
  };
  if (head.data.audience !== undefined) restored.audience = head.data.audience;
  return restored;
}

/**
 * The drafts saved for `datasetId` in `text` (what `encodeSavedStories` wrote, or anything else a
 * browser's storage may hold). `null`, as storage returns for a missing key, is no stories and no
 * complaint. Anything else that is not a sound save for this dataset gives no stories and a reason.
 */
export function restoreSavedStories(text: string | null, datasetId: string): RestoredStories {
  if (text === null) return { stories: [], dropped: [] };
  if (text.length > SAVED_LIMITS.textChars) return nothing({ code: "tooLarge", chars: text.length });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return nothing({ code: "notJson" });
  }
  if (!isRecord(json) || json.format !== SAVED_STORIES_FORMAT) return nothing({ code: "notASave" });
  if (json.version !== SAVED_STORIES_VERSION) {
    const version = json.version;
    return nothing(
      typeof version === "number" && version > SAVED_STORIES_VERSION
        ? { code: "newerVersion", version }
        : { code: "unknownVersion", version: short(version) },
    );
  }
  if (json.datasetId !== datasetId) {
    return nothing({ code: "otherDataset", saved: short(json.datasetId), current: short(datasetId) });
  }
  if (!Array.isArray(json.stories)) return nothing({ code: "noList" });

  const dropped: SavedStoriesProblem[] = [];
  const unknown = Object.keys(json).filter((key) => !ENVELOPE_KEYS.has(key));
  if (unknown.length > 0)
    dropped.push({ code: "unknownFields", fields: unknown.map(quote).join(", "), count: unknown.length });
  const ids = new Set<string>();
  const stories = json.stories
    .slice(0, SAVED_LIMITS.stories)
    .flatMap((raw: unknown, index) => restoreStory(raw, index, ids, dropped) ?? []);
  if (json.stories.length > SAVED_LIMITS.stories) {
    dropped.push({
      code: "tooManyStories",
      extra: json.stories.length - SAVED_LIMITS.stories,
      limit: SAVED_LIMITS.stories,
    });
  }
  const result: RestoredStories = { stories, dropped };
  if (typeof json.savedAt === "string" && json.savedAt.length <= 40) result.savedAt = json.savedAt;
  else if (json.savedAt !== undefined) dropped.push({ code: "badSaveTime" });
  return result;
}
