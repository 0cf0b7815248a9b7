// Hosts the GraphView and keeps it in step with app state. The only UI file that holds the view.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Camera, LayoutName, LoadedDataset, Selection, Theme } from "../../state";
import { GraphView, type DetailInfo, type Scene } from "../../view";
import { exposeTestHook } from "../app/testHook";
import { useGraphKeyboard } from "./useGraphKeyboard";
import type { Translate } from "../i18n/translator";
import { languageDirection } from "../i18n/language";
import { useT } from "../i18n/I18nProvider";

export interface GraphCanvasProps {
  loaded: LoadedDataset;
  theme: Theme;
  /** What to show: visibility, emphasis, path, sizes, communities, when to fit. */
  scene: Scene;
  /** The layout named in the app state; re-running the same one is a direct `viewRef.current.layout()` call. */
  layout: LayoutName;
  selection: Selection | undefined;
  onSelect: (selection: Selection | undefined) => void;
  viewRef: RefObject<GraphView | null>;
  label: string;
  /** The person moved the camera and it came to rest (the scene's `camera` points it back). */
  onCamera?: (camera: Camera) => void;
  /** What is shown and selected, in words (the canvas's text equivalent); read as its description. */
  description?: string;
  /** Keyboard walking of the graph (off in the presenter, whose keys step the story). */
  keyboard?: boolean;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const t = useT();
  const { loaded, theme, scene, layout, selection, viewRef } = props;
  const container = useRef<HTMLDivElement>(null);
  const onSelect = useRef(props.onSelect);
  const onCamera = useRef(props.onCamera);
  // Read by the effects below without re-running them: a theme change restyles without a new
  // layout, and selecting an actor must not re-run the layout it is the root of.
  const latest = useRef({ theme, layout, selection });
  const tapped = useRef(false);
  const keyboard = props.keyboard ?? true;
  const [detail, setDetail] = useState<DetailInfo | undefined>();
  const descriptionId = useId();
  const onKeyDown = useGraphKeyboard(loaded.graph, scene.visible, selection, props.onSelect, viewRef);

  useEffect(() => {
    onSelect.current = props.onSelect;
    onCamera.current = props.onCamera;
    latest.current = { theme, layout, selection };
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
    exposeTestHook({
      snapshot: () => view.readout().snapshot(),
      overviewActorOutsideDetail: () => view.readout().overviewOnlyActor(),
      labelBoxes: () => view.readout().labelBoxes(),
      offCanvas: () => view.readout().offCanvas(),
      actorBoxes: () => view.readout().actorBoxes(),
      hover: (id) => view.showLabelOf(id),
      camera: () => view.centreCamera(),
    });
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, [viewRef]);

  useEffect(() => {
    const { theme, layout, selection } = latest.current;
    // An edit (issue 19) redraws the same network: actors stay where they are, no layout runs.
    viewRef.current?.load(loaded.graph, loaded.dataset, theme, layout, rootOf(selection), loaded.origin === "edited");
  }, [loaded, viewRef]);
  useEffect(() => viewRef.current?.setTheme(theme), [theme, viewRef]);
  useEffect(() => viewRef.current?.setScene(scene), [loaded, scene, viewRef]);
  useEffect(() => viewRef.current?.showLayout(layout, rootOf(latest.current.selection)), [layout, viewRef]);

  useEffect(() => {
    viewRef.current?.select(selection, !tapped.current);
    tapped.current = false;
  }, [loaded, selection, viewRef]);

  // The selected actor or relation is the keyboard's place in the graph: ringed while the
  // canvas has keyboard focus, like any focused control.
  const showKeyboardFocus = () =>
    viewRef.current?.showKeyboardFocus(container.current?.matches(":focus-visible") ?? false);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        id={keyboard ? "graph-canvas" : undefined}
        // Labels are the dataset's words: the canvas draws them in its language's direction, not the interface's.
        dir={languageDirection(loaded.dataset.language)}
        tabIndex={keyboard ? 0 : undefined}
        role={keyboard ? "application" : "img"}
        aria-roledescription={keyboard ? t("graph.roleDescription") : undefined}
        aria-label={keyboard ? `${props.label} ${t("graph.keysHelp")}` : props.label}
        aria-describedby={props.description ? descriptionId : undefined}
        data-testid="graph-canvas"
        onKeyDown={keyboard ? onKeyDown : undefined}
        onFocus={keyboard ? showKeyboardFocus : undefined}
        onBlur={keyboard ? () => viewRef.current?.showKeyboardFocus(false) : undefined}
      />
      {props.description && (
        <p id={descriptionId} className="visually-hidden" data-testid="graph-description">
          {props.description}
        </p>
      )}
      {detail && (
        <p className="graph-detail" data-testid="graph-detail">
          {detailText(detail, t)}
        </p>
      )}
    </>
  );
}

/** The actor a layout with a root (breadth-first, concentric) starts from. */
export const rootOf = (selection: Selection | undefined): string | undefined =>
  selection?.type === "actor" ? selection.id : undefined;

/** Large graphs draw every shown actor; names and hover come for the best-connected in view. */
function detailText(info: DetailInfo, t: Translate): string {
  return t("graph.detail", {
    shown: info.shownActors ?? 0,
    shownRelations: info.shownRelations ?? 0,
    drawn: info.drawnActors,
    inView: info.actorsInView,
  });
}
