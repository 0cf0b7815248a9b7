// "Save as page": the story as one .html file a teacher can hand out (by email, on a USB stick):
// it opens from disk with no network, plays with the keyboard and prints the handout.
import { useId, useRef, useState } from "react";
import type { Dataset, Story } from "../../model";
import { storyElements, type StoryScope } from "../../state/share/storyDataset";
import { downloadText } from "../files/download";
import "./share.css";

export interface StoryPageDialogProps {
  dataset: Dataset;
  story: Story;
  hideUnconfirmed: boolean;
  projector: boolean;
}

export function StoryPageDialog({ dataset, story, hideUnconfirmed, projector }: StoryPageDialogProps) {
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
    void import("./storyPageFile")
      .then(({ storyPageFile }) => storyPageFile({ dataset, story, scope, hideUnconfirmed, projector }))
      .then((html) => {
        downloadText(`${story.id}.html`, html, "text/html");
        setMessage(`Saved ${story.id}.html (${Math.round(html.length / 1024)} KB).`);
      })
      .catch((cause: unknown) => setMessage(`The page could not be written: ${cause instanceof Error ? cause.message : String(cause)}`))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <button type="button" onClick={open} title="One .html file that plays this story with no network">
        Save as page
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Download story as a page</h2>
        <p>One file that opens in any browser, with no internet and no server: it plays the story with the keyboard and prints the handout.</p>
        <fieldset>
          <legend>Data in the page</legend>
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === "story"} onChange={() => setScope("story")} /> Only what the story shows ({needed ?? "…"} of {dataset.actors.length} actors)
          </label>
          <br />
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === "whole"} onChange={() => setScope("whole")} /> The whole dataset
          </label>
        </fieldset>
        {hideUnconfirmed && <p>The page opens with unconfirmed claims hidden, as now.</p>}
        <p role="status" className="hint">
          {message}
        </p>
        <div className="share-actions">
          <button type="button" className="presenter-primary" onClick={save} disabled={busy}>
            {busy ? "Writing…" : "Download"}
          </button>
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </div>
      </dialog>
    </>
  );
}
