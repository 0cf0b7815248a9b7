/** Messages about the link, loading and imports; announced politely to screen readers. */
import { Fragment, type ReactNode } from "react";
import { setAsideText } from "../files/importedStore";
import { downloadText } from "../files/download";
import { useT } from "../i18n/I18nProvider";
import { englishMessages } from "../i18n/catalogues";
import { issueText } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";
import { noticeKey, type Notice } from "./notice";

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (index: number) => void }) {
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite" aria-label={t("notices.label")}>
      {notices.map((notice, index) => (
        <p key={`${index}-${noticeKey(notice)}`} className="notice">
          <NoticeText notice={notice} t={t} />{" "}
          {typeof notice !== "string" && notice.action === "downloadSetAside" && (
            <>
              <button type="button" onClick={() => void downloadSetAside()}>
                {t("notices.downloadSetAside")}
              </button>{" "}
            </>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => onDismiss(index)}
            aria-label={t("notices.dismissLabel", { text: plainText(notice, t) })}
          >
            {t("notices.dismiss")}
          </button>
        </p>
      ))}
    </div>
  );
}

/** The notice as text (its dismiss button's name), data and all. */
export const plainText = (notice: Notice, t: Translate): string =>
  typeof notice === "string"
    ? notice
    : t(notice.id, notice.reason ? { ...notice.values, reason: issueText(notice.reason, t) } : notice.values);

/** Each text value (a file name, a title, an id) in its own <bdi>: its direction cannot leak into the sentence. */
function NoticeText({ notice, t }: { notice: Notice; t: Translate }) {
  if (typeof notice === "string") return <>{notice}</>;
  const values: Record<string, ReactNode> = {};
  const texts = notice.reason ? { ...notice.values, reason: issueText(notice.reason, t) } : notice.values;
  for (const [name, value] of Object.entries(texts ?? {}))
    values[name] =
      typeof value === "string" ? (
        <bdi key={name}>{value}</bdi>
      ) : typeof value === "number" ? (
        value
      ) : (
        t.intl.formatDate(value)
      );
  const parts = t.intl.formatMessage(
    { id: notice.id, defaultMessage: englishMessages[notice.id] },
    values,
  ) as ReactNode;
  return <>{Array.isArray(parts) ? parts.map((part, index) => <Fragment key={index}>{part}</Fragment>) : parts}</>;
}

/** The stored entry that could not be read, as the JSON it is, for the person to keep or inspect. */
async function downloadSetAside(): Promise<void> {
  const text = await setAsideText();
  if (text !== undefined) downloadText("tangle-set-aside-import.json", text, "application/json");
}
