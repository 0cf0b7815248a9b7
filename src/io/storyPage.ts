// A story as one self-contained HTML page: the presenter's script and style inline, allowed by
// their sha256 hashes in a strict Content-Security-Policy (nothing else may run or load), and the
// dataset with its story in a JSON data block. The page opens from disk with no network.
import { error, parseDataset, type Dataset, type Issue, type IssueCode, type IssueValues, type Story } from "../model";
import { parseJson } from "./parseJson";

export const STORY_PAGE_FORMAT = "tangle-story-page";
export const STORY_PAGE_DATA_ID = "tangle-story";

export interface StoryPageData {
  format: typeof STORY_PAGE_FORMAT;
  version: 1;
  storyId: string;
  hideUnconfirmed: boolean;
  projector: boolean;
  dataset: Dataset;
}

export interface StoryPageParts {
  /** The presenter bundle (one classic script) and its stylesheet, exactly as inlined. */
  script: string;
  style: string;
  /** Base64 sha256 of `script` and `style` (see `inlineScript`/`inlineStyle`). */
  scriptHash: string;
  styleHash: string;
  data: StoryPageData;
  title: string;
  lang: string;
}

/**
 * The text placed between <script> and </script>: a closing tag or comment opener inside the
 * bundle would end or confuse the element, so `</script` and `<!--` are written with an escaped
 * slash or bang, which JavaScript strings and regular expressions read the same way.
 */
export function inlineScript(script: string): string {
  return script.replace(/<\/(script)/gi, "<\\/$1").replace(/<!-{2}/g, "<\\!--");
}

/**
 * Cytoscape adds a <style> element with this id unless one exists; the page's CSP would refuse
 * it. The page's own style element carries the id and the one rule cytoscape wanted.
 */
export const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";
const CYTOSCAPE_RULE = ".__________cytoscape_container { position: relative; }";

/** The text placed between <style> and </style>, with cytoscape's rule. */
export function inlineStyle(style: string): string {
  return `${CYTOSCAPE_RULE}\n${style}`.replace(/<\/(style)/gi, "<\\/$1");
}

/** JSON that cannot end its <script> element: every `<` is written as \u003c. */
export function dataBlock(data: StoryPageData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

const text = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function storyPageCsp(scriptHash: string, styleHash: string): string {
  return `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function storyPageHtml(parts: StoryPageParts): string {
  return `<!doctype html>
<html lang="${text(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${storyPageCsp(parts.scriptHash, parts.styleHash)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tangle">
<title>${text(parts.title)}</title>
<style id="${CYTOSCAPE_STYLESHEET_ID}">${parts.style}</style>
</head>
<body>
<div id="root"></div>
<noscript>This story needs JavaScript to draw the network.</noscript>
<script type="application/json" id="${STORY_PAGE_DATA_ID}">${dataBlock(parts.data)}</script>
<script>${parts.script}</script>
</body>
</html>
`;
}

export type StoryPageRead = { ok: true; data: StoryPageData; story: Story } | { ok: false; issues: Issue[] };

const problem = (path: string, message: string, code: IssueCode, values?: IssueValues): StoryPageRead => ({
  ok: false,
  issues: [error(path, message, code, values)],
});

/** The data block's text → a validated dataset and its story, or what is wrong with it. */
export function readStoryPage(json: string): StoryPageRead {
  const parsed = parseJson(json);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const raw = parsed.value as Partial<Record<keyof StoryPageData, unknown>> | null;
  if (typeof raw !== "object" || raw === null || raw.format !== STORY_PAGE_FORMAT)
    return problem("format", `is not "${STORY_PAGE_FORMAT}"`, "storyPage.wrongFormat", { format: STORY_PAGE_FORMAT });
  if (raw.version !== 1)
    return problem("version", "is not 1, the version this page can read", "storyPage.wrongVersion", { version: 1 });
  const result = parseDataset(raw.dataset);
  if (!result.ok)
    return { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: `dataset.${issue.path}` })) };
  const story = result.dataset.stories.find((candidate) => candidate.id === raw.storyId);
  if (!story) return problem("storyId", "names no story of the dataset", "storyPage.noSuchStory");
  const data: StoryPageData = {
    format: STORY_PAGE_FORMAT,
    version: 1,
    storyId: story.id,
    hideUnconfirmed: raw.hideUnconfirmed === true,
    projector: raw.projector === true,
    dataset: result.dataset,
  };
  return { ok: true, data, story };
}
