// The timeline view: one row per relation (or grouped by actor), each dated claim drawn over its
// span, undated claims listed apart. Dragging across the dates sets the time filter, so the graph
// and table follow. Rows are virtualised above a few hundred, so 60k claims draw in a blink.
import { useEffect, useMemo, useRef, useState } from "react";
import { brushPeriod, dayNumber, type TimelineItem } from "../../analysis";
import { actorName, periodEnd, periodStart, type Claim, type DatasetLookup } from "../../model";
import type { Filters, Selection, Theme } from "../../state";
import { ClaimHint, type Hint } from "./ClaimHint";
import { moveActive, firstClaim, type ActiveClaim } from "./timelineKeys";
import { TimelineAxis, TimelineLayer } from "./TimelineAxis";
import { TimelineRow } from "./TimelineRow";
import { TimelineText } from "./TimelineText";
import { TimelineToolbar } from "./TimelineToolbar";
import { UndatedClaims } from "./UndatedClaims";
import { useBrush } from "./useBrush";
import { useRowViewport } from "./useRowViewport";
import { useTimelineRows } from "./useTimelineRows";
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
  const rowHeight = theme === "projector" ? 46 : 30;
  const [byActor, setByActor] = useState(false);
  const { relationCount, built, timeline, items, colours, extent, ticks } = useTimelineRows(
    lookup,
    filters,
    focusRelations,
    byActor,
  );

  const root = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
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

  const { scroller, list, measure, scrollToItem, first, last } = useRowViewport(rowHeight, items.length);

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
          <TimelineAxis ticks={ticks} plot={plot} fractionOf={fractionOf} />
          <div
            className="tl-list"
            ref={list}
            role="list"
            aria-label={t("timeline.listLabel", { count: timeline.rows.length })}
            style={{ height: items.length * rowHeight }}
          >
            <TimelineLayer ticks={ticks} fractionOf={fractionOf} windowBand={windowBand} brush={brush} />
            {items.slice(first, last).map((item, offset) => renderItem(item, first + offset))}
          </div>
        </div>
      ) : built ? (
        <p className="tl-empty">{t("timeline.empty")}</p>
      ) : (
        <p className="tl-empty" role="status">
          {t("timeline.building", { count: relationCount })}
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
