// The timeline view: one row per relation (or grouped by actor), each dated claim drawn over its
// span, undated claims listed apart. Dragging across the dates sets the time filter, so the graph
// and table follow. Rows are virtualised above a few hundred, so 60k claims draw in a blink.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { axisTicks, brushPeriod, groupRows, type Timeline, type TimelineItem } from "../../analysis";
import { periodEnd, periodStart, type Claim } from "../../model";
import { applyFilters, type Filters, type Selection, type Theme } from "../../state";
import { relationFamilies } from "../../view";
import { actorName, type DatasetLookup } from "../../model";
import { ClaimHint, type Hint } from "./ClaimHint";
import { moveActive, firstClaim, type ActiveClaim } from "./timelineKeys";
import { TimelineRow } from "./TimelineRow";
import { TimelineText } from "./TimelineText";
import { TimelineToolbar } from "./TimelineToolbar";
import { UndatedClaims } from "./UndatedClaims";
import { useBrush } from "./useBrush";
import { useTimeline } from "./useTimeline";
import { dayNumber } from "../../analysis";
import "./timeline.css";
import { useT } from "../i18n/I18nProvider";

export interface TimelineViewProps {
  lookup: DatasetLookup;
  filters: Filters;
  /** The ego focus's relations, when one narrows the view. */
  focusRelations: ReadonlySet<string> | undefined;
  /** Claims passing every filter, by relation (the others are drawn faint). */
  shownClaims: ReadonlyMap<string, Claim[]>;
  selection: Selection | undefined;
  theme: Theme;
  onSelect: (selection: Selection) => void;
  onWindow: (from: string | undefined, to: string | undefined) => void;
}

/** Shown while a large timeline is being built. */
const NO_TIMELINE: Timeline = { rows: [], undated: [], unsourced: 0, extent: undefined };

/** Below this many rows every row is drawn, so that print and find-in-page see them all. */
const DRAW_ALL = 400;
const OVERSCAN = 8;

export function TimelineView({
  lookup,
  filters,
  focusRelations,
  shownClaims,
  selection,
  theme,
  onSelect,
  onWindow,
}: TimelineViewProps) {
  const t = useT();
  const { dataset } = lookup;
  const rowHeight = theme === "projector" ? 46 : 30;
  const [byActor, setByActor] = useState(false);
  // Rows follow every filter but time: brushing must not remove what it is brushed over.
  const { hiddenActorKinds, hiddenRelationKinds, hiddenStatuses, sources } = filters;
  const relations = useMemo(() => {
    const untimed = applyFilters(dataset, {
      hiddenActorKinds,
      hiddenRelationKinds,
      hiddenStatuses,
      sources,
      includeUndated: true,
      mode: "hide",
    });
    return dataset.relations.filter(
      (relation) => untimed.relations.has(relation.id) && (!focusRelations || focusRelations.has(relation.id)),
    );
  }, [dataset, hiddenActorKinds, hiddenRelationKinds, hiddenStatuses, sources, focusRelations]);
  const built = useTimeline(relations, dataset.asOf);
  const timeline = built ?? NO_TIMELINE;
  const items = useMemo(
    () => groupRows(timeline.rows, byActor, (id) => actorName(lookup, id)),
    [timeline, byActor, lookup],
  );
  // The graph's colour families (relationFamilies), so a kind has one colour in both views.
  const colours = useMemo(
    () => new Map([...relationFamilies(dataset.relationKinds)].map(([kind, family]) => [kind, family.colour])),
    [dataset],
  );
  const extent = timeline.extent;
  const ticks = useMemo(() => (extent ? axisTicks(extent) : []), [extent]);

  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const [active, setActive] = useState<ActiveClaim | undefined>();
  const [hint, setHint] = useState<Hint | undefined>();
  const focusPending = useRef(false);
  const current = active && items[active.item]?.kind === "row" ? active : firstClaim(items);

  const { brush, consumeDrag, handlers } = useBrush(plot, ({ from, to }) => {
    if (!extent) return;
    const width = extent.end - extent.start;
    const period = brushPeriod(extent.start + from * width, extent.start + to * width);
    onWindow(period.from, period.to);
  });

  const measure = () => {
    const box = scroller.current;
    if (box) setViewport({ top: box.scrollTop - (list.current?.offsetTop ?? 0), height: box.clientHeight });
  };
  useLayoutEffect(measure, []);
  useEffect(() => {
    const box = scroller.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const scrollToItem = (index: number) => {
    const box = scroller.current;
    if (!box) return;
    const listTop = list.current?.offsetTop ?? 0;
    const axis = listTop; // the sticky axis covers the list's first pixels
    const top = listTop + index * rowHeight;
    if (top - axis < box.scrollTop) box.scrollTop = top - axis;
    else if (top + rowHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + rowHeight - box.clientHeight;
    measure();
  };

  // The graph and the timeline share the selection: a relation selected elsewhere is brought into view.
  const selectedRelation = selection?.type === "relation" ? selection.id : undefined;
  const selectedItem = useMemo(
    () =>
      selectedRelation === undefined
        ? -1
        : items.findIndex((item) => item.kind === "row" && item.row.relation.id === selectedRelation),
    [selectedRelation, items],
  );
  const [seenItem, setSeenItem] = useState(selectedItem);
  if (seenItem !== selectedItem) {
    setSeenItem(selectedItem);
    if (selectedItem >= 0 && active?.item !== selectedItem) setActive({ item: selectedItem, claim: 0 });
  }
  useEffect(() => {
    if (selectedItem >= 0) scrollToItem(selectedItem);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the selection or the rows change
  }, [selectedItem]);

  useEffect(() => {
    if (!focusPending.current || !current) return;
    focusPending.current = false;
    list.current?.querySelector<HTMLElement>(`[data-key="${current.item}:${current.claim}"]`)?.focus();
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!current) return;
    if (event.key === "Escape") return setHint(undefined);
    const next = moveActive(items, current, event.key, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    focusPending.current = true;
    setActive(next);
    scrollToItem(next.item);
  };
  const onOpen = (relationId: string, item: number, claim: number) => {
    if (consumeDrag()) return;
    setActive({ item, claim });
    onSelect({ type: "relation", id: relationId });
  };
  const onHint = (target: HTMLElement | undefined, relationId?: string, claimIndex?: number) => {
    const relation = relationId === undefined ? undefined : lookup.relations.get(relationId);
    const entry = relation && timeline.rows.find((row) => row.relation.id === relationId)?.claims[claimIndex ?? 0];
    if (!target || !relation || !entry) return setHint(undefined);
    // Placed in the view's own coordinates, outside the scroller, so that it is never clipped.
    const box = target.getBoundingClientRect();
    const home = root.current;
    const homeBox = home?.getBoundingClientRect();
    const x = box.left - (homeBox?.left ?? 0) + Math.min(box.width, 60);
    setHint({
      relation,
      claim: entry.claim,
      x: Math.min(x, (homeBox?.width ?? 800) - 360),
      y: box.bottom - (homeBox?.top ?? 0) + (home?.scrollTop ?? 0) + 4,
    });
  };

  const drawAll = items.length <= DRAW_ALL;
  const first = drawAll ? 0 : Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN);
  const last = drawAll
    ? items.length
    : Math.min(items.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + OVERSCAN);
  const width = extent ? extent.end - extent.start : 1;
  const fractionOf = (day: number) => (extent ? Math.min(1, Math.max(0, (day - extent.start) / width)) : 0);
  const windowBand =
    extent && (filters.timeFrom !== undefined || filters.timeTo !== undefined)
      ? {
          from: filters.timeFrom === undefined ? 0 : fractionOf(dayNumber(periodStart(filters.timeFrom))),
          to: filters.timeTo === undefined ? 1 : fractionOf(dayNumber(periodEnd(filters.timeTo)) + 1),
        }
      : undefined;
  const selectedActor = selection?.type === "actor" ? selection.id : undefined;

  return (
    <div className="timeline-view" data-testid="timeline" ref={root}>
      <TimelineToolbar
        extent={extent}
        filters={filters}
        byActor={byActor}
        onByActor={setByActor}
        onWindow={onWindow}
        rowCount={timeline.rows.length}
        undatedCount={timeline.undated.length}
        unsourcedCount={timeline.unsourced}
      />
      {extent ? (
        <div
          className="tl-scroller"
          ref={scroller}
          onScroll={measure}
          {...handlers}
          onKeyDown={onKeyDown}
          style={{ ["--tl-row" as string]: `${rowHeight}px` }}
        >
          <div className="tl-axis-row" aria-hidden="true">
            <span className="tl-corner">{t("timeline.drag")}</span>
            <div className="tl-axis" ref={plot} data-testid="timeline-axis">
              {ticks.map((tick) => (
                <span
                  key={`${tick.date}`}
                  className={tick.major ? "tl-tick tl-tick-major" : "tl-tick"}
                  style={{ left: `${fractionOf(tick.day) * 100}%` }}
                >
                  {tick.major ? tick.date : monthLetter(tick.date)}
                </span>
              ))}
            </div>
          </div>
          <div
            className="tl-list"
            ref={list}
            role="list"
            aria-label={t("timeline.listLabel", { count: timeline.rows.length })}
            style={{ height: items.length * rowHeight }}
          >
            <div className="tl-layer" aria-hidden="true">
              {ticks
                .filter((tick) => tick.major)
                .map((tick) => (
                  <span key={tick.day} className="tl-gridline" style={{ left: `${fractionOf(tick.day) * 100}%` }} />
                ))}
              {windowBand && (
                <span
                  className="tl-band tl-window"
                  data-testid="timeline-window"
                  style={{ left: `${windowBand.from * 100}%`, width: `${(windowBand.to - windowBand.from) * 100}%` }}
                />
              )}
              {brush && (
                <span
                  className="tl-band tl-brush"
                  style={{ left: `${brush.from * 100}%`, width: `${(brush.to - brush.from) * 100}%` }}
                />
              )}
            </div>
            {items.slice(first, last).map((item, offset) => renderItem(item, first + offset))}
          </div>
        </div>
      ) : built ? (
        <p className="tl-empty">{t("timeline.empty")}</p>
      ) : (
        <p className="tl-empty" role="status">
          {t("timeline.building", { count: relations.length })}
        </p>
      )}
      <UndatedClaims undated={timeline.undated} lookup={lookup} onSelect={onSelect} />
      {extent && <TimelineText rows={timeline.rows} lookup={lookup} />}
      {hint && <ClaimHint hint={hint} lookup={lookup} />}
    </div>
  );

  function renderItem(item: TimelineItem, index: number) {
    if (item.kind === "group")
      return (
        <div
          key={`g:${item.actor}`}
          role="listitem"
          className="tl-group"
          style={{ top: index * rowHeight, height: rowHeight }}
        >
          {actorName(lookup, item.actor)}
        </div>
      );
    const relation = item.row.relation;
    return (
      <TimelineRow
        key={relation.id}
        row={item.row}
        index={index}
        top={index * rowHeight}
        height={rowHeight}
        extent={extent!}
        lookup={lookup}
        colour={colours.get(relation.kind) ?? "#555"}
        shown={shownClaims.get(relation.id)}
        selected={selectedRelation === relation.id}
        related={selectedActor !== undefined && (relation.from === selectedActor || relation.to === selectedActor)}
        activeClaim={current?.item === index ? current.claim : undefined}
        onOpen={onOpen}
        onHint={onHint}
      />
    );
  }
}

const monthLetter = (month: string): string => "JFMAMJJASOND".charAt(Number(month.slice(5, 7)) - 1);
