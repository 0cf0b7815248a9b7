import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ct as statusLabel, M as select, Nt as require_react, c as require_jsx_runtime, g as openInTangleUrl } from "./statusText-RIAAKwP0.js";
import { a as ActorKindSwatch, i as GraphCanvas, o as LineSwatch, s as DetailsPanel, t as useExplorerView } from "./index-w2_2BSXc.js";
import { s as RELATION_STATUS_ORDER } from "./model-CG2iP_D6.js";
import { a as relationFamilies } from "./dates-BzC46V5j.js";
// src/ui/share/EmbedLegend.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function EmbedLegend({ dataset, counts }) {
	const families = relationFamilies(dataset.relationKinds);
	const shownStatuses = RELATION_STATUS_ORDER.filter((status) => (counts.statuses.get(status)?.shown ?? 0) > 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
		className: "embed-legend",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: "Legend" }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "embed-legend-body",
			role: "group",
			"aria-label": "Legend",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: dataset.actorKinds.map((kind, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActorKindSwatch, { index }),
					" ",
					kind.label
				] }, kind.id)) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: dataset.relationKinds.map((kind) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LineSwatch, { colour: families.get(kind.id)?.colour }),
					" ",
					kind.label,
					kind.directed ? " →" : ""
				] }, kind.id)) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: shownStatuses.map((status) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LineSwatch, { status }),
					" ",
					statusLabel(status)
				] }, status)) })
			]
		})]
	});
}
// src/ui/share/EmbedView.tsx
var NO_SIZES = /* @__PURE__ */ new Map();
function EmbedView({ loaded, state, update }) {
	const { dataset } = loaded;
	const viewRef = (0, import_react.useRef)(null);
	const view = useExplorerView(loaded, state);
	const fitKey = state.focus ? `${state.focus.actor}:${state.focus.depth}` : void 0;
	const scene = (0, import_react.useMemo)(() => ({
		visible: view.visible,
		hiddenMode: state.filters.mode,
		emphasis: view.pathElements,
		path: view.pathElements,
		sizes: NO_SIZES,
		communities: void 0,
		fitKey
	}), [
		view.visible,
		state.filters.mode,
		view.pathElements,
		fitKey
	]);
	const select$1 = (selection) => update(select(selection));
	const fullApp = openInTangleUrl(window.location.href, state);
	const counts = `${view.visible.actors.size} actors · ${view.visible.relations.size} relations`;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "embed",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
			className: "embed-bar",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
					className: "embed-title",
					title: dataset.title,
					children: dataset.title
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "embed-counts",
					children: counts
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("a", {
					className: "embed-open",
					href: fullApp,
					target: "_blank",
					rel: "noopener",
					children: ["Open in Tangle", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: " ↗"
					})]
				})
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
			className: "embed-main",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "embed-graph",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(GraphCanvas, {
					loaded,
					theme: state.theme,
					scene,
					layout: state.layout,
					selection: state.selection,
					onSelect: select$1,
					viewRef,
					label: `Network of ${view.visible.actors.size} actors and ${view.visible.relations.size} relations. Open in Tangle for the table view.`
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EmbedLegend, {
					dataset,
					counts: view.counts
				})]
			}), state.selection && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "embed-details",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "embed-close",
					onClick: () => select$1(void 0),
					"aria-label": "Close details",
					children: "×"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailsPanel, {
					selection: state.selection,
					lookup: view.lookup,
					visibleRelations: view.filtered.relations,
					shownClaims: view.filtered.claims,
					onSelect: select$1
				})]
			})]
		})]
	});
}
export { EmbedView };
