// One search box over names, aliases, summaries and tags (ARIA combobox). "/" focuses it from
// anywhere; arrows move through results; Enter selects and centres the actor.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { searchActors, type ActorSearchIndex, type SearchHit } from "../../analysis/search";
import type { MessageId } from "../i18n/catalogues";
import { useT } from "../i18n/I18nProvider";

const FIELD_TEXT: Record<SearchHit["field"], MessageId> = {
  name: "search.field.name",
  alias: "search.field.alias",
  summary: "search.field.summary",
  tags: "search.field.tag",
};

export interface SearchBoxProps {
  /** Undefined while the index is being built: the box says so. */
  index: ActorSearchIndex | undefined;
  query: string;
  onQuery: (query: string) => void;
  onPick: (actorId: string) => void;
  label?: string;
  /** Focus with the "/" shortcut (only the main search box). */
  shortcut?: boolean;
}

export function SearchBox({ index, query, onQuery, onPick, label: givenLabel, shortcut = false }: SearchBoxProps) {
  const t = useT();
  const label = givenLabel ?? t("search.label");
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (query.trim() === "" || !index ? [] : searchActors(index, query, 12)), [index, query]);
  const expanded = open && query.trim() !== "";

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable=true]");
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcut]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onPick(hit.actorId);
  };

  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={shortcut ? t("search.placeholder") : t("search.placeholderShort")}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((current) => Math.min(current + 1, hits.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((current) => Math.max(current - 1, 0));
          } else if (event.key === "Enter") {
            event.preventDefault();
            pick(hits[active]);
          } else if (event.key === "Escape") {
            if (expanded) setOpen(false);
            else onQuery("");
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.results", { label })}
        className="search-results"
        hidden={!expanded}
      >
        {expanded && !index && <li className="search-empty">{t("search.preparing")}</li>}
        {expanded && index && hits.length === 0 && <li className="search-empty">{t("search.none", { query })}</li>}
        {hits.map((hit, position) => (
          <li
            key={hit.actorId}
            id={`${listId}-${position}`}
            role="option"
            aria-selected={position === active}
            className="search-hit"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit)}
          >
            <span className="hit-name" dir="auto">
              {hit.name}
            </span>
            {(hit.field !== "name" || hit.matched !== hit.name) && (
              <span className="hit-why">
                {t(FIELD_TEXT[hit.field])}: <span dir="auto">{hit.matched}</span>
              </span>
            )}
            {hit.rank === "fuzzy" && <span className="hit-why"> {t("search.similar")}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
