// The Stories panel of the explorer: play the dataset's stories, write your own from what is on
// screen, and export them all as a dataset file. Drafts are saved in this browser by the caller.
import { useState } from "react";
import { serializeDataset } from "../../io/datasetJson";
import { LIMITS, type Dataset } from "../../model";
import {
  addStep,
  createStory,
  storyToDraft,
  titled,
  withStories,
  type CapturedStep,
  type DraftStory,
} from "../../state";
import { downloadText } from "../files/download";
import { DraftEditor } from "./DraftEditor";
import "./story.css";
import { useT } from "../i18n/I18nProvider";

export interface StoryEditorProps {
  dataset: Dataset;
  drafts: readonly DraftStory[];
  onDrafts: (drafts: DraftStory[]) => void;
  capture: () => CapturedStep;
  onPlay: (storyId: string, step: number) => void;
  onNotice: (text: string) => void;
}

export function StoryEditor({ dataset, drafts, onDrafts, capture, onPlay, onNotice }: StoryEditorProps) {
  const t = useT();
  const [activeId, setActiveId] = useState<string | undefined>();
  const [newTitle, setNewTitle] = useState("");
  const [undo, setUndo] = useState<{ label: string; drafts: DraftStory[] } | undefined>();
  const active = drafts.find((draft) => draft.id === activeId) ?? drafts[0];
  const takenIds = () => [...dataset.stories.map((story) => story.id), ...drafts.map((draft) => draft.id)];

  const change = (next: DraftStory[], deleted?: string) => {
    setUndo(deleted === undefined ? undefined : { label: deleted, drafts: [...drafts] });
    onDrafts(next);
  };
  const replace = (draft: DraftStory, deleted?: string) =>
    change(
      drafts.map((other) => (other.id === draft.id ? draft : other)),
      deleted,
    );
  const create = (draft: DraftStory) => {
    change([...drafts, draft]);
    setActiveId(draft.id);
  };
  const exportAll = () => {
    const merged = withStories(dataset, drafts);
    const left = drafts
      .filter((draft) => !merged.stories.some((story) => story.id === draft.id))
      .map((draft) => `"${draft.title}"`);
    downloadText(`${dataset.id}-with-stories.json`, serializeDataset(merged), "application/json");
    if (left.length > 0) onNotice(t("story.leftOut", { list: t.intl.formatList(left) }));
  };

  return (
    <section className="story-editor" aria-labelledby="story-editor-heading">
      <h2 id="story-editor-heading">{t("explorer.stories")}</h2>
      {dataset.stories.length > 0 && (
        <>
          <h3>{t("story.inDataset")}</h3>
          <ul className="story-list">
            {dataset.stories.map((story) => (
              <li key={story.id}>
                <span className="story-list-title" lang={dataset.language} dir="auto">
                  {story.title}
                </span>{" "}
                <span className="hint">{t("story.stepCount", { count: story.steps.length })}</span>
                <span className="story-list-actions">
                  <button
                    type="button"
                    onClick={() => onPlay(story.id, 0)}
                    aria-label={t("story.playLabel", { title: story.title })}
                  >
                    {t("story.play")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("story.copyLabel", { title: story.title })}
                    onClick={() => {
                      const fresh = createStory(t("story.copyTitle", { title: story.title }), takenIds());
                      create({ ...storyToDraft(story), id: fresh.id, title: fresh.title });
                    }}
                  >
                    {t("story.copy")}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("story.yours")}</h3>
      <form
        className="new-story"
        onSubmit={(event) => {
          event.preventDefault();
          create(createStory(newTitle, takenIds(), t("story.untitled")));
          setNewTitle("");
        }}
      >
        <label className="draft-field">
          <span>{t("story.newTitle")}</span>
          <input
            type="text"
            value={newTitle}
            maxLength={LIMITS.title}
            onChange={(event) => setNewTitle(event.target.value)}
          />
        </label>
        <button type="submit">{t("story.new")}</button>
      </form>
      {drafts.length > 1 && (
        <label className="draft-field">
          <span>{t("story.toEdit")}</span>
          <select value={active?.id} onChange={(event) => setActiveId(event.target.value)}>
            {drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.title || draft.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {active ? (
        <DraftEditor
          key={active.id}
          draft={active}
          capture={capture}
          onChange={replace}
          onPlay={(step) => onPlay(active.id, step)}
          onDelete={() =>
            change(
              drafts.filter((draft) => draft !== active),
              t("story.storyDeleted", { title: active.title }),
            )
          }
        />
      ) : (
        <button
          type="button"
          onClick={() =>
            create(
              addStep(
                createStory("", takenIds(), t("story.untitled")),
                titled(capture(), t("story.defaultStepTitle", { number: 1 })),
              ),
            )
          }
        >
          {t("story.addStep")}
        </button>
      )}
      {undo && (
        <p className="story-undo" role="status">
          {undo.label}{" "}
          <button
            type="button"
            onClick={() => {
              onDrafts(undo.drafts);
              setUndo(undefined);
            }}
          >
            {t("story.undo")}
          </button>
        </p>
      )}
      <div className="story-export">
        <button type="button" onClick={exportAll} disabled={drafts.length === 0}>
          {t("story.export")}
        </button>
        <p className="hint">{t("story.keptHere")}</p>
      </div>
    </section>
  );
}
