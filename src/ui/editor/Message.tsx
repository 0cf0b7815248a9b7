// A catalogue message with data (names, titles) set in as elements, each in its own <bdi>, so that
// a name in another script keeps its direction inside the sentence of the interface language.
import type { ReactNode } from "react";
import { englishMessages, type MessageId } from "../i18n/catalogues";
import { useT } from "../i18n/I18nProvider";

export function Message({ id, values }: { id: MessageId; values: Record<string, ReactNode> }) {
  const t = useT();
  return <>{t.intl.formatMessage({ id, defaultMessage: englishMessages[id] }, values)}</>;
}
