// "Embed": the <iframe> code for the current view or one of the dataset's stories, with a Copy
// button. The embedded page is this app with `embed=1` in its link (src/ui/share/EmbedView.tsx).
import { useId, useRef, useState } from "react";
import { DEFAULT_EMBED_SIZE, DEFAULT_STATE, embedSnippet, embedUrl, type AppState } from "../../state";
import type { Dataset } from "../../model";
import { useT } from "../i18n/I18nProvider";
import "./share.css";

export interface EmbedDialogProps {
  dataset: Dataset;
  state: AppState;
}

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (e.g. inside a frame): select the text so Ctrl+C copies it.
    field?.select();
    return false;
  }
}

export function EmbedDialog({ dataset, state }: EmbedDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [what, setWhat] = useState("view");
  const [size, setSize] = useState(DEFAULT_EMBED_SIZE);
  const [copied, setCopied] = useState<string | undefined>();
  const [hideUnconfirmed, setHideUnconfirmed] = useState(false);
  const story = dataset.stories.find((candidate) => `story:${candidate.id}` === what);
  const embedded: AppState = story
    ? // The story's own steps decide what shows; the explorer's filters do not come along.
      {
        ...DEFAULT_STATE,
        datasetId: state.datasetId,
        theme: state.theme,
        story: { id: story.id, step: 0, hideUnconfirmed: hideUnconfirmed || undefined },
      }
    : { ...state, story: undefined };
  const title = story ? t("share.iframeStory", { title: story.title }) : `Tangle: ${dataset.title}`;
  const snippet = embedSnippet({ url: embedUrl(window.location.href, embedded), title, size });
  const setDimension = (key: "width" | "height", value: string) => {
    setSize((current) => ({ ...current, [key]: Number(value) || current[key] }));
    setCopied(undefined);
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} title={t("share.embedHint")}>
        {t("share.embed")}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t("share.embedTitle")}</h2>
        <p>{t("share.embedIntro")}</p>
        <label>
          {t("share.show")}{" "}
          <select value={what} onChange={(event) => (setWhat(event.target.value), setCopied(undefined))}>
            <option value="view">{t("share.thisView")}</option>
            {dataset.stories.map((candidate) => (
              <option key={candidate.id} value={`story:${candidate.id}`}>
                {t("share.storyOption", { title: candidate.title })}
              </option>
            ))}
          </select>
        </label>
        {story && (
          <label className="share-option">
            <input
              type="checkbox"
              checked={hideUnconfirmed}
              onChange={(event) => (setHideUnconfirmed(event.target.checked), setCopied(undefined))}
            />{" "}
            {t("share.hideUnconfirmed")}
          </label>
        )}
        <fieldset className="share-size">
          <legend className="visually-hidden">{t("share.size")}</legend>
          {(["width", "height"] as const).map((dimension) => (
            <label key={dimension}>
              {t(dimension === "width" ? "share.width" : "share.height")}{" "}
              <input
                type="number"
                min={200}
                max={4000}
                value={size[dimension]}
                onChange={(event) => setDimension(dimension, event.target.value)}
              />{" "}
              {t("share.pixels")}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-code`}>HTML</label>
        <textarea
          id={`${id}-code`}
          ref={field}
          readOnly
          rows={5}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p role="status" className="hint">
          {copied}
        </p>
        <div className="share-actions">
          <button
            type="button"
            onClick={() =>
              void copyText(snippet, field.current).then((ok) =>
                setCopied(ok ? t("share.copied") : t("share.selected")),
              )
            }
          >
            {t("share.copy")}
          </button>
          <form method="dialog">
            <button type="submit">{t("common.close")}</button>
          </form>
        </div>
      </dialog>
    </>
  );
}
