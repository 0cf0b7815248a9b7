// "Save as page": the story as one .html file a teacher can hand out (by email, on a USB stick):
// it opens from disk with no network, plays with the keyboard and prints the handout.
import { useId, useRef, useState } from "react";
import type { Dataset, Story } from "../../model";
import { storyElements, type StoryScope } from "../../state/share/storyDataset";
import { downloadText } from "../files/download";
import { useT } from "../i18n/I18nProvider";
import "./share.css";

export interface StoryPageDialogProps {
  dataset: Dataset;
  story: Story;
  hideUnconfirmed: boolean;
  projector: boolean;
}

export function StoryPageDialog({ dataset, story, hideUnconfirmed, projector }: StoryPageDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [scope, setScope] = useState<StoryScope>("story");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [needed, setNeeded] = useState<number | undefined>();

  const open = () => {
    setNeeded(storyElements(dataset, story).actors.size);
    setMessage(undefined);
    dialog.current?.showModal();
  };
  const save = () => {
    setBusy(true);
    setMessage(undefined);
    const module = import("./storyPageFile");
    void module
      .then(({ storyPageFile }) => storyPageFile({ dataset, story, scope, hideUnconfirmed, projector }))
      .then((html) => {
        downloadText(`${story.id}.html`, html, "text/html");
        setMessage(t("storyPage.saved", { file: `${story.id}.html`, size: Math.round(html.length / 1024) }));
      })
      .catch(async (cause: unknown) => {
        const { NotSecureError } = await module;
        const reason =
          cause instanceof NotSecureError
            ? t("storyPage.notSecure")
            : cause instanceof Error
              ? cause.message
              : String(cause);
        setMessage(t("storyPage.failed", { reason }));
      })
      .finally(() => setBusy(false));
  };

  return (
    <>
      <button type="button" onClick={open} title={t("storyPage.hint")}>
        {t("storyPage.button")}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t("storyPage.title")}</h2>
        <p>{t("storyPage.intro")}</p>
        <fieldset>
          <legend>{t("storyPage.data")}</legend>
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === "story"} onChange={() => setScope("story")} />{" "}
            {t("storyPage.onlyStory", { needed: needed ?? "…", total: dataset.actors.length })}
          </label>
          <br />
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === "whole"} onChange={() => setScope("whole")} />{" "}
            {t("storyPage.whole")}
          </label>
        </fieldset>
        {hideUnconfirmed && <p>{t("storyPage.hidden")}</p>}
        <p role="status" className="hint">
          {message}
        </p>
        <div className="share-actions">
          <button type="button" className="presenter-primary" onClick={save} disabled={busy}>
            {busy ? t("storyPage.writing") : t("storyPage.download")}
          </button>
          <form method="dialog">
            <button type="submit">{t("common.close")}</button>
          </form>
        </div>
      </dialog>
    </>
  );
}
