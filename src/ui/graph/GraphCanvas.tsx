// Hosts the GraphView and keeps it in step with app state. The only UI file that holds the view.
import { useEffect, useRef, useState, type RefObject } from "react";
import type { Camera, HiddenMode, LayoutName, Selection, Theme } from "../../state";
import { GraphView, type DetailInfo, type ElementSets } from "../../view";
import type { LoadedDataset } from "../app/useDataset";
import { exposeTestHook } from "../app/testHook";
import { GRAPH_KEYS_HELP, useGraphKeyboard } from "./useGraphKeyboard";

export interface GraphCanvasProps {
  loaded: LoadedDataset;
  theme: Theme;
  visible: ElementSets;
  hiddenMode: HiddenMode;
  selection: Selection | undefined;
  focus: ElementSets | undefined;
  path: ElementSets | undefined;
  layout: LayoutName;
  /** Bumped to re-run the layout with the same name. */
  layoutRun: number;
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number> | undefined;
  onSelect: (selection: Selection | undefined) => void;
  viewRef: RefObject<GraphView | null>;
  label: string;
  /** When this changes, the camera fits what is visible (e.g. a new ego focus). */
  fitKey?: string;
  /** The camera of a shared link, applied when the dataset is drawn; then reported as it moves. */
  camera?: Camera;
  onCamera?: (camera: Camera) => void;
  /** Keyboard walking of the graph (off in the presenter, whose keys step the story). */
  keyboard?: boolean;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { loaded, theme, visible, hiddenMode, selection, focus, path, layout, layoutRun, sizes, communities, viewRef } = props;
  const container = useRef<HTMLDivElement>(null);
  const onSelect = useRef(props.onSelect);
  const tapped = useRef(false);
  const keyboard = props.keyboard ?? true;
  const [detail, setDetail] = useState<DetailInfo | undefined>();
  const onKeyDown = useGraphKeyboard(loaded.graph, visible, selection, props.onSelect, viewRef);

  const onCamera = useRef(props.onCamera);
  const camera = useRef(props.camera);
  useEffect(() => {
    onSelect.current = props.onSelect;
    onCamera.current = props.onCamera;
    camera.current = props.camera;
  });

  useEffect(() => {
    if (!container.current) return;
    const view = new GraphView(container.current, {
      onSelect: (next) => {
        tapped.current = true;
        onSelect.current(next);
      },
      onDetail: setDetail,
      onCamera: (moved) => onCamera.current?.(moved),
    });
    viewRef.current = view;
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(container.current);
    exposeTestHook({ snapshot: () => view.snapshot(), labelBoxes: () => view.labelBoxes(), offCanvas: () => view.offCanvas(), hover: (id) => view.showLabelOf(id), camera: () => view.centreCamera() });
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, [viewRef]);

  useEffect(() => {
    viewRef.current?.load(loaded.graph, loaded.dataset, theme);
    if (camera.current) viewRef.current?.showCamera(camera.current);
    // Theme changes restyle without a new layout (next effect).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, viewRef]);

  useEffect(() => viewRef.current?.setTheme(theme), [theme, viewRef]);
  useEffect(() => viewRef.current?.applyVisibility(visible.actors, visible.relations, hiddenMode), [loaded, visible, hiddenMode, viewRef]);
  useEffect(() => viewRef.current?.setFocus(focus), [loaded, focus, viewRef]);
  useEffect(() => viewRef.current?.setPath(path?.actors ?? new Set(), path?.relations ?? new Set()), [loaded, path, viewRef]);
  useEffect(() => viewRef.current?.setNodeSizes(sizes), [loaded, sizes, viewRef]);
  useEffect(() => viewRef.current?.setCommunities(communities), [loaded, communities, viewRef]);
  // After the visibility effect above: actors a new focus shows must be drawn to be fitted.
  const fitKey = props.fitKey;
  useEffect(() => {
    if (fitKey !== undefined) viewRef.current?.fit([...visible.actors]);
    // Only a new key refits; visibility changes alone keep the user's camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, viewRef]);

  useEffect(() => {
    if (layoutRun === 0 && layout === "force") return; // load() already laid out
    viewRef.current?.layout(layout, selection?.type === "actor" ? selection.id : undefined);
    // The selection is read, not watched: selecting must not re-run the layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, layout, layoutRun, viewRef]);

  useEffect(() => {
    viewRef.current?.select(selection, !tapped.current);
    tapped.current = false;
  }, [loaded, selection, viewRef]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        tabIndex={keyboard ? 0 : undefined}
        role={keyboard ? "application" : "img"}
        aria-roledescription={keyboard ? "network graph" : undefined}
        aria-label={keyboard ? `${props.label} ${GRAPH_KEYS_HELP}` : props.label}
        data-testid="graph-canvas"
        onKeyDown={keyboard ? onKeyDown : undefined}
      />
      {detail && (
        <p className="graph-detail" data-testid="graph-detail">
          {detailText(detail)}
        </p>
      )}
    </>
  );
}

/** 12345 → "12,345". Not toLocaleString: its first call costs ~25 ms, in the middle of opening a file. */
const count = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Large graphs draw part of what is in view (view/detail/): say so, and how to see more. */
function detailText(info: DetailInfo): string {
  return `Drawing the ${count(info.drawnActors)} best-connected of ${count(info.actorsInView)} actors in view, and ${count(info.drawnRelations)} relations among them. Zoom in to see more.`;
}
