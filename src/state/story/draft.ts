// A story as a teacher builds it in the app: steps captured from the current view, with the
// camera and filters of that moment. Drafts may be incomplete (no steps, empty text); they become
// dataset stories through `draftToStory`.
import type { ClaimStatus } from "../../model";

export interface StepCamera {
  zoom: number;
  pan: { x: number; y: number };
}

export interface DraftStep {
  id: string;
  title: string;
  text: string;
  focus: { actors: string[]; relations: string[] };
  hideStatuses?: ClaimStatus[];
  /** The period the step is about (partial ISO dates), applied when it is played. */
  time?: { from?: string; to?: string };
  camera?: StepCamera;
  /** Filter state captured from the app; opaque here, only required to be JSON-serialisable. */
  filters?: unknown;
}

export interface DraftStory {
  id: string;
  title: string;
  audience?: string;
  steps: DraftStep[];
}

/** What the app captures for a new step; title and text may be written later. */
export type CapturedStep = Omit<DraftStep, "id" | "title" | "text"> & { title?: string; text?: string };

export type DraftStepPatch = Partial<Omit<DraftStep, "id">>;
