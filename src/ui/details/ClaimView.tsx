import { corroboration } from "../../analysis/corroboration";
import type { Claim } from "../../model";
import { formatTimeSpan } from "../format/dates";
import { formatQuantity } from "../format/quantity";
import type { DatasetLookup } from "../../model";
import { SourceCitation } from "./SourceCitation";
import { StatusBadge } from "./StatusBadge";
import { ActorLink } from "./ActorLink";
import { useT } from "../i18n/I18nProvider";

export function ClaimView({
  claim,
  lookup,
  onSelectActor,
}: {
  claim: Claim;
  lookup: DatasetLookup;
  onSelectActor: (id: string) => void;
}) {
  const t = useT();
  const { independent } = corroboration(claim, lookup.dataset.sources);
  const reports = claim.sources.length;
  const time = claim.time && formatTimeSpan(claim.time, t);
  return (
    <li className={`claim claim-${claim.status}`} data-claim={claim.id}>
      <p className="claim-head">
        <StatusBadge status={claim.status} />
        <span className="corroboration" title={t("claim.relaysOnce")}>
          {t("claim.independent", { count: independent })}
          {reports !== independent && ` ${t("claim.reports", { count: reports })}`}
        </span>
      </p>
      <p className="claim-text" lang={lookup.dataset.language} dir="auto">
        {claim.text}
      </p>
      {claim.claimedBy && (
        <p className="claim-by">
          {t("claim.by")} <ActorLink id={claim.claimedBy} lookup={lookup} onSelect={onSelectActor} />
        </p>
      )}
      {time && <p className="claim-time">{t("claim.when", { time })}</p>}
      {claim.quantities.length > 0 && (
        <ul className="claim-quantities" aria-label={t("claim.figures")}>
          <li className="list-label" aria-hidden="true">
            {t("claim.figuresList")}
          </li>
          {claim.quantities.map((quantity, index) => (
            <li key={index}>{formatQuantity(quantity, t)}</li>
          ))}
        </ul>
      )}
      <ul className="claim-sources" aria-label={t("claim.sources")}>
        <li className="list-label" aria-hidden="true">
          {t("claim.sourcesList")}
        </li>
        {claim.sources.map((reference, index) => (
          <SourceCitation key={index} reference={reference} sources={lookup.sources} lang={lookup.dataset.language} />
        ))}
      </ul>
    </li>
  );
}
