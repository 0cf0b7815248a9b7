import { useEffect, useRef, type ReactNode } from "react";
import type { Claim } from "../../model";
import type { Selection } from "../../state";
import { ActorDetails } from "./ActorDetails";
import type { DatasetLookup } from "../../model";
import { RelationDetails } from "./RelationDetails";
import { useT } from "../i18n/I18nProvider";

export interface DetailsPanelProps {
  selection: Selection | undefined;
  lookup: DatasetLookup;
  visibleRelations: ReadonlySet<string>;
  shownClaims: ReadonlyMap<string, Claim[]>;
  onSelect: (selection: Selection | undefined) => void;
  /** Extra actor sections (metrics, focus controls) supplied by the app. */
  actorExtras?: (actorId: string) => ReactNode;
}

export function DetailsPanel({
  selection,
  lookup,
  visibleRelations,
  shownClaims,
  onSelect,
  actorExtras,
}: DetailsPanelProps) {
  const t = useT();
  const actor = selection?.type === "actor" ? lookup.actors.get(selection.id) : undefined;
  const relation = selection?.type === "relation" ? lookup.relations.get(selection.id) : undefined;
  useFocusFollowsSelection(selection);
  return (
    <aside className="details-panel" aria-label={t("details.label")} tabIndex={-1} id="details">
      {actor && (
        <ActorDetails actor={actor} lookup={lookup} visibleRelations={visibleRelations} onSelect={onSelect}>
          {actorExtras?.(actor.id)}
        </ActorDetails>
      )}
      {relation && (
        <RelationDetails
          relation={relation}
          lookup={lookup}
          shownClaims={shownClaims.get(relation.id)}
          onSelect={onSelect}
        />
      )}
      {selection && !actor && !relation && (
        <p className="notice" role="status">
          {t("details.missing", { id: selection.id })}
        </p>
      )}
      {!actor && !relation && (
        <div className="details-empty">
          <h2 lang={lookup.dataset.language} dir="auto">
            {lookup.dataset.title}
          </h2>
          {lookup.dataset.summary && (
            <p lang={lookup.dataset.language} dir="auto">
              {lookup.dataset.summary}
            </p>
          )}
          <p>{t("details.empty")}</p>
        </div>
      )}
    </aside>
  );
}

/**
 * A link in the panel that selects something else is replaced by what it selects, and focus
 * would fall back to the page top. When it is lost that way, it goes to the new heading instead.
 */
function useFocusFollowsSelection(selection: Selection | undefined) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    (document.getElementById("details-title") ?? document.getElementById("details"))?.focus();
  }, [selection]);
}
