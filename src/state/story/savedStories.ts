// The teacher's stories in browser storage: written as one JSON document, and read back the way
// Excalidraw restores a file: keep what is sound, drop what is not with a reason, never throw.
import type { z } from "zod";
import { formatPath } from "../../model";
import type { DraftStep, DraftStory } from "./draft";
import {
  SAVED_LIMITS,
  SAVED_STORIES_FORMAT,
  SAVED_STORIES_VERSION,
  SavedStepSchema,
  SavedStoryHeadSchema,
} from "./savedStoriesSchema";

export interface RestoredStories {
  stories: DraftStory[];
  /** Human-readable reasons, one per thing left out; empty when everything was restored. */
  dropped: string[];
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

/** Untrusted text shown in a reason: quoted, one line, short. */
function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(JSON.stringify(value));
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${short.replace(/\s+/g, " ")}"`;
}

function describe(error: z.ZodError): string {
  const [first] = error.issues;
  if (first === undefined) return "invalid";
  const what = first.code === "unrecognized_keys" ? `unknown field ${first.keys.map(quote).join(", ")}` : first.message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : "";
  const where = first.path.length > 0 ? `${formatPath(first.path)}: ` : "";
  return `${where}${what}${more}`;
}

const nothing = (reason: string): RestoredStories => ({ stories: [], dropped: [reason] });

function restoreSteps(rawSteps: readonly unknown[], label: string, dropped: string[]): DraftStep[] {
  const steps: DraftStep[] = [];
  const ids = new Set<string>();
  const reasons: string[] = [];
  rawSteps.slice(0, SAVED_LIMITS.steps).forEach((raw, index) => {
    const parsed = SavedStepSchema.safeParse(raw);
    if (!parsed.success) reasons.push(`${label}: step ${index + 1} dropped (${describe(parsed.error)}).`);
    else if (ids.has(parsed.data.id))
      reasons.push(`${label}: step ${index + 1} dropped (repeats id ${quote(parsed.data.id)}).`);
    else {
      ids.add(parsed.data.id);
      steps.push(parsed.data);
    }
  });
  if (rawSteps.length > SAVED_LIMITS.steps) {
    reasons.push(
      `${label}: ${rawSteps.length - SAVED_LIMITS.steps} steps beyond the limit of ${SAVED_LIMITS.steps} dropped.`,
    );
  }
  dropped.push(...reasons.slice(0, STEP_REASONS_SHOWN));
  if (reasons.length > STEP_REASONS_SHOWN)
    dropped.push(`${label}: ${reasons.length - STEP_REASONS_SHOWN} more problems.`);
  return steps;
}

function restoreStory(raw: unknown, index: number, ids: Set<string>, dropped: string[]): DraftStory | undefined {
  const title = isRecord(raw) && typeof raw.title === "string" ? ` ${quote(raw.title)}` : "";
  const label = `Story ${index + 1}${title}`;
  const head = SavedStoryHeadSchema.safeParse(raw);
  if (!head.success) {
    dropped.push(`${label} dropped (${describe(head.error)}).`);
    return undefined;
  }
  if (ids.has(head.data.id)) {
    dropped.push(`${label} dropped (repeats id ${quote(head.data.id)}).`);
    return undefined;
  }
  ids.add(head.data.id);
  const story: DraftStory = {
    id: head.data.id,
    title: head.data.title,
    steps: restoreSteps(head.data.steps, label, dropped),
  };
  if (head.data.audience !== undefined) story.audience = head.data.audience;
  return story;
}

/**
 * The drafts saved for `datasetId` in `text` (what `encodeSavedStories` wrote, or anything else a
 * browser's storage may hold). `null`, as storage returns for a missing key, is no stories and no
 * complaint. Anything else that is not a sound save for this dataset gives no stories and a reason.
 */
export function restoreSavedStories(text: string | null, datasetId: string): RestoredStories {
  if (text === null) return { stories: [], dropped: [] };
  if (text.length > SAVED_LIMITS.textChars)
    return nothing(`The saved stories are too large to read (${text.length} characters).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return nothing("The saved stories are damaged (not valid JSON) and could not be read.");
  }
  if (!isRecord(json) || json.format !== SAVED_STORIES_FORMAT)
    return nothing("The saved data is not a Tangle stories save.");
  if (json.version !== SAVED_STORIES_VERSION) {
    const version = json.version;
    return nothing(
      typeof version === "number" && version > SAVED_STORIES_VERSION
        ? `The saved stories were written by a newer version of Tangle (format ${version}) and cannot be read.`
        : `The saved stories have an unknown format version ${quote(version)}.`,
    );
  }
  if (json.datasetId !== datasetId) {
    return nothing(`The saved stories belong to dataset ${quote(json.datasetId)}, not ${quote(datasetId)}.`);
  }
  if (!Array.isArray(json.stories)) return nothing("The saved stories are damaged (no list of stories).");

  const dropped: string[] = [];
  const unknown = Object.keys(json).filter((key) => !ENVELOPE_KEYS.has(key));
  if (unknown.length > 0)
    dropped.push(`Ignored unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map(quote).join(", ")}.`);
  const ids = new Set<string>();
  const stories = json.stories
    .slice(0, SAVED_LIMITS.stories)
    .flatMap((raw: unknown, index) => restoreStory(raw, index, ids, dropped) ?? []);
  if (json.stories.length > SAVED_LIMITS.stories) {
    dropped.push(
      `${json.stories.length - SAVED_LIMITS.stories} stories beyond the limit of ${SAVED_LIMITS.stories} dropped.`,
    );
  }
  const result: RestoredStories = { stories, dropped };
  if (typeof json.savedAt === "string" && json.savedAt.length <= 40) result.savedAt = json.savedAt;
  else if (json.savedAt !== undefined) dropped.push("Ignored an unreadable save time.");
  return result;
}
