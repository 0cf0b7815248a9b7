// What a reader must know about a relation without claims: nothing supports it. The file it was
// imported from is named as where it came from, never as a source.
import type { Origin } from "../../model";
import { StatusBadge } from "./StatusBadge";

export function UnsourcedNotice({ origin }: { origin: Origin | undefined }) {
  return (
    <section className="unsourced-notice" aria-label="No evidence">
      <h3>
        <StatusBadge status="unsourced" /> No claim, no source
      </h3>
      <p>
        This relation has no claim and no source. It only records that the data links these two actors; it is not
        evidence that anything was reported or confirmed.
      </p>
      {origin && (
        <p className="relation-origin">
          It came from the imported file “{origin.file}” ({origin.format}). That file is where the data came from,
          not a source for it.
        </p>
      )}
    </section>
  );
}
