// The attributes a file brought with an actor or relation (Gephi's modularity_class, a weight…),
// kept as they were and shown as plain text: they are the file's data, not evidence.
import { useT } from "../i18n/I18nProvider";

export interface ForeignAttributesProps {
  attributes: Readonly<Record<string, string | number | boolean>> | undefined;
  weight?: number | undefined;
}

export function ForeignAttributes({ attributes, weight }: ForeignAttributesProps) {
  const t = useT();
  const entries = Object.entries(attributes ?? {});
  if (weight !== undefined) entries.unshift([t("details.weight"), weight]);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="foreign-attributes" className="foreign-attributes">
      <h3 id="foreign-attributes">{t("details.fromFile")}</h3>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>
              <bdi>{key}</bdi>
            </dt>
            <dd>
              <bdi>{String(value)}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
