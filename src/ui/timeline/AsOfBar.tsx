// "As of" playback: a slider over the months the claims cover and a play button, showing the
// network as the claims that hold in each month describe it (a one-month time filter, so the
// graph, table and link follow). For showing a class how the network changed.
import { useEffect, useMemo, useRef, useState } from "react";
import { asOfSelection, claimSpan, monthSteps, timelineExtent, type ClaimSpan } from "../../analysis";
import type { Dataset } from "../../model";
import { asOfMonth, type Filters } from "../../state";
import { formatPartialDate } from "../format/dates";
import { useT } from "../i18n/I18nProvider";

export interface AsOfBarProps {
  dataset: Dataset;
  filters: Filters;
  onMonth: (month: string) => void;
  onIncludeUndated: (include: boolean) => void;
  onClose: () => void;
}

const STEP_MS = 1600;

export function AsOfBar({ dataset, filters, onMonth, onIncludeUndated, onClose }: AsOfBarProps) {
  const t = useT();
  const months = useMemo(() => {
    const spans = dataset.relations.flatMap((relation) =>
      relation.claims.map((claim) => claimSpan(claim.time)).filter((span): span is ClaimSpan => span !== undefined),
    );
    const extent = timelineExtent(spans, dataset.asOf);
    return extent ? monthSteps(extent) : [];
  }, [dataset]);
  const month = asOfMonth({ filters });
  const index = month === undefined ? -1 : months.indexOf(month);
  const [playing, setPlaying] = useState(false);
  const dated = useMemo(() => {
    if (month === undefined) return undefined;
    const selection = asOfSelection(dataset.relations, month, { includeUndated: false });
    let claims = 0;
    for (const list of selection.claims.values()) claims += list.length;
    return { relations: selection.relations.size, claims };
  }, [dataset, month]);

  // The latest callback, so that a re-render does not restart the step's timer.
  const onMonthRef = useRef(onMonth);
  useEffect(() => {
    onMonthRef.current = onMonth;
  });
  // Playing stops by itself at the last month.
  const running = playing && index < months.length - 1;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(
      () => onMonthRef.current(months[index + 1] ?? months[0] ?? ""),
      index < 0 ? 0 : STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [running, index, months]);

  if (months.length === 0) return <p className="as-of-bar hint">{t("asOf.none")}</p>;
  const play = () => {
    if (running) return setPlaying(false);
    if (index >= months.length - 1) onMonth(months[0] ?? "");
    setPlaying(true);
  };
  return (
    <div className="as-of-bar" role="group" aria-label={t("asOf.label")}>
      <button type="button" onClick={play} aria-pressed={running} data-testid="as-of-play">
        {running ? `❚❚ ${t("asOf.pause")}` : `▶ ${t("asOf.play")}`}
      </button>
      <label className="as-of-slider">
        <span className="visually-hidden">{t("asOf.month")}</span>
        <input
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={Math.max(0, index)}
          aria-valuetext={month ? t("asOf.at", { date: formatPartialDate(month, t) }) : t("time.allTimeButton")}
          onChange={(event) => {
            setPlaying(false);
            onMonth(months[Number(event.target.value)] ?? "");
          }}
        />
      </label>
      <output className="as-of-month" aria-live="polite" data-testid="as-of-month">
        {month ? t("asOf.at", { date: formatPartialDate(month, t) }) : t("time.allTimeButton")}
        {dated && <span className="as-of-count"> · {t("asOf.holds", { count: dated.claims })}</span>}
      </output>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.includeUndated}
          onChange={() => onIncludeUndated(!filters.includeUndated)}
        />{" "}
        {t("asOf.undated")}
      </label>
      <button
        type="button"
        onClick={() => {
          setPlaying(false);
          onClose();
        }}
      >
        {t("common.close")}
      </button>
    </div>
  );
}
