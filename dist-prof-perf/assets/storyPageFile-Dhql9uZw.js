import "./model-CG2iP_D6.js";
import "./index-w2_2BSXc.js";
import { t as storyDataset } from "./Presenter-C84_mo6u.js";
// src/io/storyPage.ts
var STORY_PAGE_FORMAT = "tangle-story-page";
var STORY_PAGE_DATA_ID = "tangle-story";
/**
* The text placed between <script> and <\/script>: a closing tag or comment opener inside the
* bundle would end or confuse the element, so `<\/script` and `<!--` are written with an escaped
* slash or bang, which JavaScript strings and regular expressions read the same way.
*/
function inlineScript(script) {
	return script.replace(/<\/(script)/gi, "<\\/$1").replace(/<!-{2}/g, "<\\!--");
}
/**
* Cytoscape adds a <style> element with this id unless one exists; the page's CSP would refuse
* it. The page's own style element carries the id and the one rule cytoscape wanted.
*/
var CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";
var CYTOSCAPE_RULE = ".__________cytoscape_container { position: relative; }";
/** The text placed between <style> and </style>, with cytoscape's rule. */
function inlineStyle(style) {
	return `${CYTOSCAPE_RULE}\n${style}`.replace(/<\/(style)/gi, "<\\/$1");
}
/** JSON that cannot end its <script> element: every `<` is written as \u003c. */
function dataBlock(data) {
	return JSON.stringify(data).replace(/</g, "\\u003c");
}
var text = (value) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function storyPageCsp(scriptHash, styleHash) {
	return `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}
function storyPageHtml(parts) {
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
<script type="application/json" id="${STORY_PAGE_DATA_ID}">${dataBlock(parts.data)}<\/script>
<script>${parts.script}<\/script>
</body>
</html>
`;
}
// src/ui/share/storyPageFile.ts
var PRESENTER_SCRIPT = "./standalone/presenter.js";
var PRESENTER_STYLE = "./standalone/presenter.css";
async function fetchText(url) {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response.text();
}
async function sha256Base64(text) {
	const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
	let binary = "";
	for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
	return btoa(binary);
}
async function storyPageFile({ dataset, story, scope, hideUnconfirmed, projector }) {
	if (!globalThis.crypto?.subtle) throw new Error("This page is not served over https, so it cannot sign the story page.");
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
			dataset: storyDataset(dataset, story, scope)
		}
	});
}
export { storyPageFile };
