// The timeline's date axis (years and month initials, in the reader's language) and the layer
// under the rows: year gridlines, the time filter's window and the brush being dragged.
import type { RefObject } from "react";
import type { AxisTick } from "../../analysis";
import type { Brush } from "./useBrush";
import { useT } from "../i18n/I18nProvider";

interface AxisProps {
  ticks: readonly AxisTick[];
  plot: RefObject<HTMLDivElement | null>;
  fractionOf: (day: number) => number;
}

export function TimelineAxis({ ticks, plot, fractionOf }: AxisProps) {
  const t = useT();
  const year = new Intl.DateTimeFormat(t.locale, { year: "numeric", timeZone: "UTC" });
  const monthInitial = new Intl.DateTimeFormat(t.locale, { month: "narrow", timeZone: "UTC" });
  const tickText = (tick: AxisTick) => {
    const [y = "1970", m = "01"] = tick.date.split("-");
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, 1));
    return tick.major ? year.format(date) : monthInitial.format(date);
  };
  return (
    <div className="tl-axis-row" aria-hidden="true">
      <span className="tl-corner">{t("timeline.drag")}</span>
      <div className="tl-axis" ref={plot} data-testid="timeline-axis">
        {ticks.map((tick) => (
          <span
            key={tick.date}
            className={tick.major ? "tl-tick tl-tick-major" : "tl-tick"}
            style={{ left: `${fractionOf(tick.day) * 100}%` }}
          >
            {tickText(tick)}
          </span>
        ))}
      </div>
    </div>
  );
}

interface Band {
  from: number;
  to: number;
}

interface LayerProps {
  ticks: readonly AxisTick[];
  fractionOf: (day: number) => number;
  /** The time filter's period, as fractions of the plot's width. */
  windowBand: Band | undefined;
  brush: Brush | undefined;
}

export function TimelineLayer({ ticks, fractionOf, windowBand, brush }: LayerProps) {
  const bandStyle = (band: Band) => ({ left: `${band.from * 100}%`, width: `${(band.to - band.from) * 100}%` });
  return (
    <div className="tl-layer" aria-hidden="true">
      {ticks
        .filter((tick) => tick.major)
        .map((tick) => (
          <span key={tick.day} className="tl-gridline" style={{ left: `${fractionOf(tick.day) * 100}%` }} />
        ))}
      {windowBand && <span className="tl-band tl-window" data-testid="timeline-window" style={bandStyle(windowBand)} />}
      {brush && <span className="tl-band tl-brush" style={bandStyle(brush)} />}
    </div>
  );
}
