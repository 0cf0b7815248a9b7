import { corroboration } from "../../analysis/corroboration";
import type { Claim } from "../../model";
import { formatTimeSpan } from "../format/dates";
import { formatQuantity } from "../format/quantity";
import type { DatasetLookup } from "../../model";
import { SourceCitation } from "./SourceCitation";
import { StatusBadge } from "./StatusBadge";
import { ActorLink } from "./ActorLink";

export function ClaimView({ claim, lookup, onSelectActor }: { claim: Claim; lookup: DatasetLookup; onSelectActor: (id: string) => void }) {
  const { independent } = corroboration(claim, lookup.dataset.sources);
  const reports = claim.sources.length;
  const time = claim.time && formatTimeSpan(claim.time);
  return (
    <li className={`claim claim-${claim.status}`} data-claim={claim.id}>
      <p className="claim-head">
        <StatusBadge status={claim.status} />
        <span className="corroboration" title="Relays of one report count once">
          {independent} independent source{independent === 1 ? "" : "s"}
          {reports !== independent && ` (${reports} reports)`}
        </span>
      </p>
      <p className="claim-text">{claim.text}</p>
      {claim.claimedBy && (
        <p className="claim-by">
          Claimed by <ActorLink id={claim.claimedBy} lookup={lookup} onSelect={onSelectActor} />
        </p>
      )}
      {time && <p className="claim-time">When: {time}</p>}
      {claim.quantities.length > 0 && (
        <ul className="claim-quantities" aria-label="Figures">
          <li className="list-label" aria-hidden="true">Figures:</li>
          {claim.quantities.map((quantity, index) => (
            <li key={index}>{formatQuantity(quantity)}</li>
          ))}
        </ul>
      )}
      <ul className="claim-sources" aria-label="Sources">
        <li className="list-label" aria-hidden="true">Sources:</li>
        {claim.sources.map((reference, index) => (
          <SourceCitation key={index} reference={reference} sources={lookup.sources} />
        ))}
      </ul>
    </li>
  );
}
