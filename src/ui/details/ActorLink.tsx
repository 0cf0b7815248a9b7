import { actorName, type DatasetLookup } from "../../model";

export function ActorLink({
  id,
  lookup,
  onSelect,
}: {
  id: string;
  lookup: DatasetLookup;
  onSelect: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="link-button"
      lang={lookup.dataset.language}
      dir="auto"
      onClick={() => onSelect(id)}
    >
      {actorName(lookup, id)}
    </button>
  );
}
