// stateToHash / hashToState: the URL hash is a short query string, defaults omitted, so that a
// shared link reproduces the view. Parsing is forgiving: a bad part is dropped with a notice.
import { isPartialDate, RELATION_STATUS_ORDER, type RelationStatus } from "../model";
import {
  DEFAULT_FILTERS,
  DEFAULT_STATE,
  MAX_DEPTH,
  MIN_DEPTH,
  type AppState,
  type Camera,
  type ColourBy,
  type LayoutName,
  type SizeBy,
  type Theme,
  type UiLanguage,
  UI_LANGUAGES,
  type ViewMode,
} from "./appState";

const VIEWS: readonly ViewMode[] = ["graph", "table", "timeline"];
const LAYOUTS: readonly LayoutName[] = ["force", "concentric", "breadthfirst", "file"];
const THEMES: readonly Theme[] = ["light", "projector"];
const SIZES: readonly SizeBy[] = ["none", "degree", "strength", "pagerank", "betweenness", "file"];
const COLOURS: readonly ColourBy[] = ["kind", "community", "file"];
const KNOWN_KEYS = new Set(
  ["d", "sel", "q", "hk", "hr", "hs", "src", "tf", "tt", "undated", "fade", "view", "layout"].concat([
    "focus",
    "depth",
    "from",
    "to",
    "pf",
    "pd",
    "story",
    "step",
    "hu",
    "theme",
    "size",
    "colour",
    "embed",
    "cam",
    "lang",
  ]),
);

const list = (values: readonly string[]): string | undefined => (values.length > 0 ? values.join(",") : undefined);

export function stateToHash(state: AppState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== "") params.set(key, value);
  };
  const { filters } = state;
  put("d", state.datasetId);
  put("view", state.view === DEFAULT_STATE.view ? undefined : state.view);
  put("sel", state.selection && `${state.selection.type === "actor" ? "a" : "r"}:${state.selection.id}`);
  put("q", state.query);
  put("hk", list(filters.hiddenActorKinds));
  put("hr", list(filters.hiddenRelationKinds));
  put("hs", list(filters.hiddenStatuses));
  put("src", list(filters.sources));
  put("tf", filters.timeFrom);
  put("tt", filters.timeTo);
  put("undated", filters.includeUndated ? undefined : "0");
  put("fade", filters.mode === "fade" ? "1" : undefined);
  put("layout", state.layout);
  put("focus", state.focus?.actor);
  put("depth", state.focus && String(state.focus.depth));
  put("from", state.path?.from);
  put("to", state.path?.to);
  put("pf", state.path?.factsOnly ? "1" : undefined);
  put("pd", state.path?.ignoreDirection ? "1" : undefined);
  put("story", state.story?.id);
  put("step", state.story && String(state.story.step + 1));
  put("hu", state.story?.hideUnconfirmed ? "1" : undefined);
  put("theme", state.theme === DEFAULT_STATE.theme ? undefined : state.theme);
  put("size", state.sizeBy === DEFAULT_STATE.sizeBy ? undefined : state.sizeBy);
  put("colour", state.colourBy);
  put("embed", state.embed ? "1" : undefined);
  put("cam", state.camera && cameraText(state.camera));
  put("lang", state.lang);
  const text = params.toString();
  return text === "" ? "" : `#${text}`;
}

/** A setting of the link whose value was not one the app knows. */
export type LinkSetting = "view" | "layout" | "theme" | "size" | "colour" | "lang";

/**
 * What was wrong with a link, as data: the interface words it (`link.<code>` in the catalogues)
 * and draws `value`, the link's own text, isolated from the sentence.
 */
export type LinkNotice =
  | { code: "unreadable" }
  | { code: "unknownPart"; value: string }
  | { code: "unknownValue"; setting: LinkSetting; value: string }
  | { code: "unknownStatus"; value: string }
  | { code: "badDate"; which: "start" | "end"; value: string }
  | { code: "badSelection"; value: string }
  | { code: "badCamera"; value: string };

export interface HashParseResult {
  state: AppState;
  notices: LinkNotice[];
}

function oneOf<T extends string, F extends T | undefined>(
  value: string | null,
  allowed: readonly T[],
  fallback: F,
  setting: LinkSetting,
  notices: LinkNotice[],
): T | F {
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push({ code: "unknownValue", setting, value });
  return fallback;
}

const splitList = (value: string | null): string[] => (value ? value.split(",").filter((item) => item !== "") : []);

function statusList(value: string | null, notices: LinkNotice[]): RelationStatus[] {
  const out: RelationStatus[] = [];
  for (const item of splitList(value)) {
    if ((RELATION_STATUS_ORDER as readonly string[]).includes(item)) out.push(item as RelationStatus);
    else notices.push({ code: "unknownStatus", value: item });
  }
  return out;
}

function dateParam(value: string | null, which: "start" | "end", notices: LinkNotice[]): string | undefined {
  if (value === null || value === "") return undefined;
  if (isPartialDate(value)) return value;
  notices.push({ code: "badDate", which, value });
  return undefined;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,4}$/.test(value)) return undefined;
  return Number(value);
}

export function hashToState(hash: string): HashParseResult {
  const notices: LinkNotice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return { state: DEFAULT_STATE, notices: [{ code: "unreadable" }] };
  }
  for (const key of params.keys()) {
    if (!KNOWN_KEYS.has(key)) notices.push({ code: "unknownPart", value: key });
  }
  const get = (key: string) => params.get(key);
  const state: AppState = {
    ...DEFAULT_STATE,
    datasetId: get("d") ?? undefined,
    query: get("q") ?? "",
    view: oneOf(get("view"), VIEWS, DEFAULT_STATE.view, "view", notices),
    layout: oneOf(get("layout"), LAYOUTS, undefined, "layout", notices),
    theme: oneOf(get("theme"), THEMES, DEFAULT_STATE.theme, "theme", notices),
    sizeBy: oneOf(get("size"), SIZES, DEFAULT_STATE.sizeBy, "size", notices),
    colourBy: oneOf(get("colour"), COLOURS, undefined, "colour", notices),
    filters: {
      ...DEFAULT_FILTERS,
      hiddenActorKinds: splitList(get("hk")),
      hiddenRelationKinds: splitList(get("hr")),
      hiddenStatuses: statusList(get("hs"), notices),
      sources: splitList(get("src")),
      timeFrom: dateParam(get("tf"), "start", notices),
      timeTo: dateParam(get("tt"), "end", notices),
      includeUndated: get("undated") !== "0",
      mode: get("fade") === "1" ? "fade" : "hide",
    },
  };
  const lang = get("lang");
  if (lang !== null) {
    const chosen = oneOf<UiLanguage | "", "">(lang, UI_LANGUAGES, "", "lang", notices);
    if (chosen !== "") state.lang = chosen;
  }
  const selection = get("sel");
  if (selection !== null) {
    const match = /^([ar]):(.+)$/.exec(selection);
    if (match?.[2]) state.selection = { type: match[1] === "a" ? "actor" : "relation", id: match[2] };
    else notices.push({ code: "badSelection", value: selection });
  }
  const focus = get("focus");
  if (focus) {
    const depth = positiveInt(get("depth")) ?? MIN_DEPTH;
    state.focus = { actor: focus, depth: Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth)) };
  }
  const from = get("from");
  const to = get("to");
  if (from && to) state.path = { from, to, factsOnly: get("pf") === "1", ignoreDirection: get("pd") === "1" };
  const story = get("story");
  if (story) {
    state.story = { id: story, step: Math.max(0, (positiveInt(get("step")) ?? 1) - 1) };
    if (get("hu") === "1") state.story.hideUnconfirmed = true;
  }
  if (get("embed") === "1") state.embed = true;
  const camera = get("cam");
  if (camera !== null) {
    const parsed = parseCamera(camera);
    if (parsed) state.camera = parsed;
    else notices.push({ code: "badCamera", value: camera });
  }
  return { state, notices };
}

/** "zoom,x,y": zoom to 3 decimals, the centre to whole model units (links stay short). */
export function roundCamera(camera: Camera): Camera {
  return { zoom: Math.round(camera.zoom * 1000) / 1000, x: Math.round(camera.x), y: Math.round(camera.y) };
}

function cameraText(camera: Camera): string {
  const { zoom, x, y } = roundCamera(camera);
  return `${zoom},${x},${y}`;
}

function parseCamera(text: string): Camera | undefined {
  const parts = text.split(",").map(Number);
  const [zoom, x, y] = parts;
  if (parts.length !== 3 || zoom === undefined || x === undefined || y === undefined) return undefined;
  if (!parts.every(Number.isFinite) || zoom <= 0 || zoom > 100) return undefined;
  return { zoom, x, y };
}
