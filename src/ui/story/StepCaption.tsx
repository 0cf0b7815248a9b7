// The step's title and text in large type; read out by screen readers as each step arrives.
import type { StepCaption as Caption } from "../../state";
import { formatPeriod } from "../format/dates";

export function StepCaption({ caption }: { caption: Caption }) {
  return (
    <section className="story-caption" role="region" aria-label="Step caption" aria-live="polite">
      <h2 className="story-caption-title">{caption.title}</h2>
      {caption.period && (
        <p className="story-caption-period" data-testid="step-period">
          Period: {formatPeriod(caption.period.from, caption.period.to)}
        </p>
      )}
      <p className="story-caption-text">{caption.text}</p>
    </section>
  );
}
