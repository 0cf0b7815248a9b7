// A catalogue message whose values are data: each text value (a name, a file, a title, a link's
// value) drawn in its own <bdi>, so its direction cannot leak into the sentence; a value that is a
// message is drawn the same way inside it; a relation's ends get the arrow of the interface's
// direction. `messageText` is the same as plain text (a `title`, a button's name), where the
// translator isolates values with FSI … PDI instead.
import { Fragment, type ReactNode } from "react";
import { englishMessages } from "../i18n/catalogues";
import { textDirection } from "../i18n/language";
import { selectArguments, type Translate } from "../i18n/translator";
import type { RelationEnds } from "../../state/edit/editLabel";
import { isMessage, isRelationEnds, type NoticeMessage, type NoticeValue } from "./notice";

/** "→" for a directed relation ("←" when the interface reads right to left: the arrow points at `to`), "—" otherwise. */
export const relationArrow = (ends: RelationEnds, t: Translate): string =>
  !ends.directed ? "—" : textDirection(t.lang) === "rtl" ? "←" : "→";

export function RichMessage({ message, t }: { message: NoticeMessage | string; t: Translate }) {
  if (typeof message === "string") return <bdi>{message}</bdi>;
  const selects = selectArguments(englishMessages[message.id]);
  const values: Record<string, ReactNode> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = selects.has(name) && typeof value === "string" ? value : richValue(name, value, t);
  const parts = t.intl.formatMessage(
    { id: message.id, defaultMessage: englishMessages[message.id] },
    values,
  ) as ReactNode;
  return <>{Array.isArray(parts) ? parts.map((part, index) => <Fragment key={index}>{part}</Fragment>) : parts}</>;
}

function richValue(key: string, value: NoticeValue, t: Translate): ReactNode {
  if (typeof value === "string") return <bdi key={key}>{value}</bdi>;
  if (typeof value === "number") return value;
  if (value instanceof Date) return t.intl.formatDate(value);
  if (isMessage(value)) return <RichMessage key={key} message={value} t={t} />;
  return (
    <Fragment key={key}>
      <bdi>{value.from}</bdi> {relationArrow(value, t)} <bdi>{value.to}</bdi>
    </Fragment>
  );
}

/** The message as text, data and all (each text value isolated by the translator in a right-to-left interface). */
export function messageText(message: NoticeMessage | string, t: Translate): string {
  if (typeof message === "string") return message;
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = isMessage(value) ? messageText(value, t) : isRelationEnds(value) ? relationText(value, t) : value;
  return t(message.id, values);
}

/**
 * Each end isolated (FSI … PDI), so two Arabic names cannot swap around the arrow in a
 * left-to-right sentence; in a right-to-left interface the whole is a right-to-left isolate
 * (RLI … PDI), so the arrow points at `to` whatever script the names are in.
 */
export function relationText(ends: RelationEnds, t: Translate): string {
  const text = `\u2068${ends.from}\u2069 ${relationArrow(ends, t)} \u2068${ends.to}\u2069`;
  return textDirection(t.lang) === "rtl" ? `\u2067${text}\u2069` : text;
}
