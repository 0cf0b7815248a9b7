// Claims without a date, listed apart: drawing them on the time axis would invent a time.
import { useState } from "react";
import type { UndatedClaim } from "../../analysis";
import type { Selection } from "../../state";
import type { DatasetLookup } from "../../model";
import { StatusBadge } from "../details/StatusBadge";
import { relationLabel } from "./claimLabel";
import { useT } from "../i18n/I18nProvider";

const PAGE = 100;

export function UndatedClaims({
  undated,
  lookup,
  onSelect,
}: {
  undated: readonly UndatedClaim[];
  lookup: DatasetLookup;
  onSelect: (selection: Selection) => void;
}) {
  const t = useT();
  const [limit, setLimit] = useState(PAGE);
  if (undated.length === 0) return null;
  return (
    <section className="tl-undated" aria-labelledby="tl-undated-title">
      <h2 id="tl-undated-title">{t("timeline.undatedTitle", { count: undated.length })}</h2>
      <p className="hint">{t("timeline.undatedHint")}</p>
      <ul>
        {undated.slice(0, limit).map(({ relation, claim }) => (
          <li key={claim.id} className={`claim-${claim.status}`}>
            <StatusBadge status={claim.status} />{" "}
            <button
              type="button"
              className="link-button"
              lang={lookup.dataset.language}
              dir="auto"
              onClick={() => onSelect({ type: "relation", id: relation.id })}
            >
              {relationLabel(lookup, relation)}
            </button>
            :{" "}
            <span lang={lookup.dataset.language} dir="auto">
              {claim.text}
            </span>
          </li>
        ))}
      </ul>
      {undated.length > limit && (
        <button type="button" onClick={() => setLimit((shown) => shown + PAGE * 10)}>
          {t("timeline.showMore", { count: undated.length - limit })}
        </button>
      )}
    </section>
  );
}
