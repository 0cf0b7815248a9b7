/** Messages about the link, loading and imports; announced politely to screen readers. */
import { setAsideText } from "../files/importedStore";
import { downloadText } from "../files/download";
import { useT } from "../i18n/I18nProvider";
import { issueText } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";
import { noticeKey, type Notice } from "./notice";
import { messageText, RichMessage } from "./RichMessage";

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
export const plainText = (notice: Notice, t: Translate): string => messageText(withReason(notice, t), t);

/** A notice carrying a problem found in data: the problem said in the interface language, as its `reason`. */
const withReason = (notice: Notice, t: Translate): Notice =>
  typeof notice === "string" || !notice.reason
    ? notice
    : { ...notice, values: { ...notice.values, reason: issueText(notice.reason, t) } };

/** Plain notices as they are; messages with each text value in its own <bdi> (RichMessage). */
function NoticeText({ notice, t }: { notice: Notice; t: Translate }) {
  return typeof notice === "string" ? <>{notice}</> : <RichMessage message={withReason(notice, t)} t={t} />;
}

/** The stored entry that could not be read, as the JSON it is, for the person to keep or inspect. */
async function downloadSetAside(): Promise<void> {
  const text = await setAsideText();
  if (text !== undefined) downloadText("tangle-set-aside-import.json", text, "application/json");
}
