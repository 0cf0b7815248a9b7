// "In this step": the focused relations in words, each non-fact labelled as what it is.
import type { ClaimStatus } from "../../model";
import { STATUS_ORDER } from "../../model";
import type { StepRelationRow } from "../../state";

export function StepRelationList({ rows, hidden }: { rows: readonly StepRelationRow[]; hidden: ReadonlySet<ClaimStatus> }) {
  const hiddenList = STATUS_ORDER.filter((status) => hidden.has(status));
  return (
    <aside className="story-relations" aria-labelledby="story-relations-heading">
      <h2 id="story-relations-heading">In this step</h2>
      {rows.length === 0 ? (
        <p className="story-relations-empty">No relations to show in this step.</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id} data-relation={row.id}>
              <span className="story-relation-text">
                {row.from}
                <span aria-hidden="true"> — </span> <span className="story-relation-kind">{row.kind.toLowerCase()}</span>
                <span aria-hidden="true">{row.directed ? " → " : " — "}</span> {row.to}
              </span>
              {row.label && <span className="classroom-label">{row.label}</span>}
              {row.also.length > 0 && <span className="classroom-label classroom-also">Also: {row.also.join(", ")}</span>}
            </li>
          ))}
        </ul>
      )}
      {hiddenList.length > 0 && <p className="story-hidden-note">Hidden here: {hiddenList.join(", ")} claims.</p>}
    </aside>
  );
}
