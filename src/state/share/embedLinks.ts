// Links and the <iframe> snippet for sharing a view: the embedded copy carries `embed=1` in its
// hash, its "Open in Tangle" link the same view without it. Pure string work, tested headless.
import type { AppState } from "../appState";
import { stateToHash } from "../urlHash";

export interface EmbedSize {
  width: number;
  height: number;
}

/** Fits most article columns and still shows a readable graph. */
export const DEFAULT_EMBED_SIZE: EmbedSize = { width: 800, height: 500 };

/** `appUrl` is the app's address without a hash (e.g. `https://example.org/tangle/`). */
export function embedUrl(appUrl: string, state: AppState): string {
  return `${withoutHash(appUrl)}${stateToHash({ ...state, embed: true })}`;
}

/** The full app showing the same view. */
export function openInTangleUrl(appUrl: string, state: AppState): string {
  return `${withoutHash(appUrl)}${stateToHash({ ...state, embed: undefined })}`;
}

const withoutHash = (url: string): string => url.replace(/#.*$/s, "");

/** Escapes text for a double-quoted HTML attribute. */
export function attributeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface EmbedSnippetOptions {
  url: string;
  /** Read by screen readers for the frame; required by WCAG for iframes. */
  title: string;
  size?: EmbedSize;
}

export function embedSnippet({ url, title, size = DEFAULT_EMBED_SIZE }: EmbedSnippetOptions): string {
  const width = clampSize(size.width);
  const height = clampSize(size.height);
  return (
    `<iframe src="${attributeText(url)}" title="${attributeText(title)}" width="${width}" height="${height}" ` +
    `loading="lazy" referrerpolicy="no-referrer" style="border:1px solid #ccc;max-width:100%"></iframe>`
  );
}

const clampSize = (value: number): number =>
  Number.isFinite(value) ? Math.round(Math.min(4000, Math.max(200, value))) : 200;
