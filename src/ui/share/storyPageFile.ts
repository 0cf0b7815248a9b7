// Builds the story page in the browser: fetches the presenter bundle the build wrote next to the
// app (scripts/standalone-presenter.ts; the offline cache holds it too), hashes exactly the text
// that is inlined, and writes the page (src/io/storyPage.ts).
import type { Dataset, Story } from "../../model";
import { inlineScript, inlineStyle, storyPageHtml, STORY_PAGE_FORMAT } from "../../io/storyPage";
import { storyDataset, type StoryScope } from "../../state/share/storyDataset";

export const PRESENTER_SCRIPT = "./standalone/presenter.js";
export const PRESENTER_STYLE = "./standalone/presenter.css";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface StoryPageRequest {
  dataset: Dataset;
  story: Story;
  scope: StoryScope;
  hideUnconfirmed: boolean;
  projector: boolean;
}

/** The page is not on https (nor localhost): the browser gives it no crypto.subtle to sign the page with. */
export class NotSecureError extends Error {}

export async function storyPageFile({
  dataset,
  story,
  scope,
  hideUnconfirmed,
  projector,
}: StoryPageRequest): Promise<string> {
  // crypto.subtle exists only on https and localhost pages.
  if (!globalThis.crypto?.subtle)
    throw new NotSecureError("This page is not served over https, so it cannot sign the story page.");
  const [rawScript, rawStyle] = await Promise.all([fetchText(PRESENTER_SCRIPT), fetchText(PRESENTER_STYLE)]);
  const script = inlineScript(rawScript);
  const style = inlineStyle(rawStyle);
  const [scriptHash, styleHash] = await Promise.all([sha256Base64(script), sha256Base64(style)]);
  return storyPageHtml({
    script,
    style,
    scriptHash,
    styleHash,
    title: `${story.title} · ${dataset.title}`,
    lang: dataset.language ?? "en",
    data: {
      format: STORY_PAGE_FORMAT,
      version: 1,
      storyId: story.id,
      hideUnconfirmed,
      projector,
      dataset: storyDataset(dataset, story, scope),
    },
  });
}
