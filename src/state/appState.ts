// The app's navigation state: one plain object (Retina's shape), everything a person would share.
import type { RelationStatus } from "../model";

export type ViewMode = "graph" | "table" | "timeline";
/** "file": the positions the imported file brought (schema v2 `display.x/y`). */
export type LayoutName = "force" | "concentric" | "breadthfirst" | "file";
export type Theme = "light" | "projector";
export type HiddenMode = "hide" | "fade";
/** Languages of the interface (DESIGN §6); English is the reference catalogue. */
export const UI_LANGUAGES = ["en", "uk", "ar", "ru"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Actor and relation ids, e.g. what is visible or what a path goes through. */
export interface ElementSets {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}
/** "strength": weighted degree; "file": the sizes the imported file brought. */
export type SizeBy = "none" | "degree" | "strength" | "pagerank" | "betweenness" | "file";
/** "file": the colours the imported file brought. */
export type ColourBy = "kind" | "community" | "file";

export type Selection = { type: "actor"; id: string } | { type: "relation"; id: string };

export interface Filters {
  /** Kinds and statuses are stored as exclusions so that new vocabulary shows by default. */
  hiddenActorKinds: string[];
  hiddenRelationKinds: string[];
  /** Claim statuses, and "unsourced" for relations without any claim. */
  hiddenStatuses: RelationStatus[];
  /** Only claims citing one of these sources (empty: any source). */
  sources: string[];
  /** Claims whose time overlaps this window (partial ISO dates). */
  timeFrom?: string;
  timeTo?: string;
  includeUndated: boolean;
  mode: HiddenMode;
}

export interface Focus {
  actor: string;
  depth: number;
}

export interface PathQuery {
  from: string;
  to: string;
  factsOnly: boolean;
  ignoreDirection: boolean;
}

export interface StoryPosition {
  id: string;
  /** 0-based step index; the URL shows it 1-based. */
  step: number;
  /** Classroom switch: claims that are only claimed/disputed/denied are hidden, not labelled. */
  hideUnconfirmed?: boolean;
}

export interface AppState {
  datasetId?: string;
  selection?: Selection;
  query: string;
  filters: Filters;
  view: ViewMode;
  /** Absent: the dataset's own default (displayDefaults.ts: the file's layout when it placed every actor). */
  layout?: LayoutName;
  focus?: Focus;
  path?: PathQuery;
  story?: StoryPosition;
  theme: Theme;
  sizeBy: SizeBy;
  /** Absent: the dataset's own default (the file's colours when it coloured every actor). */
  colourBy?: ColourBy;
  /** Embedded in another page: graph, legend and details only, read-only. */
  embed?: boolean;
  /** Where the camera looks, when the person moved it (absent: fit the graph). */
  camera?: Camera;
  /** Interface language chosen by the person; absent: saved setting, else the browser's. */
  lang?: UiLanguage;
}

/** Zoom and the model point at the canvas's centre: the same view on any screen size. */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenActorKinds: [],
  hiddenRelationKinds: [],
  hiddenStatuses: [],
  sources: [],
  includeUndated: true,
  mode: "hide",
};

export const DEFAULT_STATE: AppState = {
  query: "",
  filters: DEFAULT_FILTERS,
  view: "graph",
  theme: "light",
  sizeBy: "none",
};

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;
