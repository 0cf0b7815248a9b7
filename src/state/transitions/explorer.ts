// Named changes to the explorer's state, Gephi Lite's producer shape: `(args) => (state) => state`.
// The UI hands these to `update`; each is pure and tested headless (tests/unit/transitions.test.ts).
import type {
  AppState,
  Camera,
  ColourBy,
  Filters,
  Focus,
  LayoutName,
  PathQuery,
  Selection,
  SizeBy,
  Theme,
  UiLanguage,
  ViewMode,
} from "../appState";
import { roundCamera } from "../urlHash";

export type Transition = (state: AppState) => AppState;

export const select =
  (selection: Selection | undefined): Transition =>
  (state) => ({ ...state, selection });

export const showView =
  (view: ViewMode): Transition =>
  (state) => ({ ...state, view });

export const search =
  (query: string): Transition =>
  (state) => ({ ...state, query });

export const setTheme =
  (theme: Theme): Transition =>
  (state) => ({ ...state, theme });

export const toggleProjector: Transition = (state) => ({
  ...state,
  theme: state.theme === "projector" ? "light" : "projector",
});

export const setFilters =
  (filters: Filters): Transition =>
  (state) => ({ ...state, filters });

export const setFocus =
  (focus: Focus | undefined): Transition =>
  (state) => ({ ...state, focus });

export const setAppearance =
  (patch: { sizeBy?: SizeBy; colourBy?: ColourBy }): Transition =>
  (state) => ({ ...state, ...patch });

export const setLanguage =
  (lang: UiLanguage): Transition =>
  (state) => ({ ...state, lang });

export const setLayout =
  (layout: LayoutName): Transition =>
  (state) => ({ ...state, layout });

export const setPath =
  (path: PathQuery | undefined): Transition =>
  (state) => ({ ...state, path });

/** Focus on an actor's neighbourhood (keeping the depth chosen before), or leave it when it is the focus already. */
export const toggleNeighbourhood =
  (actor: string): Transition =>
  (state) => ({
    ...state,
    focus: state.focus?.actor === actor ? undefined : { actor, depth: state.focus?.depth ?? 1 },
  });

/** A path query that already ends elsewhere keeps its end and starts here; otherwise the path finder starts over. */
export const startPathFrom =
  (actor: string): Transition =>
  (state) => ({ ...state, path: state.path && state.path.to !== actor ? { ...state.path, from: actor } : undefined });

/** The person moved the camera: kept (rounded, so links stay short) for the link. */
export const moveCamera =
  (camera: Camera): Transition =>
  (state) => ({ ...state, camera: roundCamera(camera) });

/** Fit the graph: the link no longer names a camera. */
export const fitCamera: Transition = (state) => ({ ...state, camera: undefined });
