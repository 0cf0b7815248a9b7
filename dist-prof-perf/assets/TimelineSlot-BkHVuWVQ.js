import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { K as axisTicks, Nt as require_react, Ot as actorName, Q as timelineRowsInSteps, Y as brushPeriod, Z as timelineRows, bt as STATUS_PRESENTATION, c as require_jsx_runtime, kt as relationKindLabel, o as useT, q as extentYears, r as statusText, tt as dayNumber } from "./statusText-RIAAKwP0.js";
import { L as periodEnd, R as periodStart } from "./model-CG2iP_D6.js";
import { a as relationFamilies, n as formatPeriod, r as formatTimeSpan } from "./dates-BzC46V5j.js";
import { r as applyFilters } from "./stepView-BiHKj0pH.js";
import { c as StatusBadge, f as setTimeWindow, n as runInSlices } from "./index-w2_2BSXc.js";
// src/analysis/timeline/drawnSpan.ts
var clamp = (value) => Math.min(1, Math.max(0, value));
function drawnSpan(span, extent) {
	const width = Math.max(1, extent.end - extent.start);
	const at = (day) => clamp((day - extent.start) / width);
	const left = span.start === void 0 ? 0 : at(span.start - span.fuzzBefore);
	const right = span.end === void 0 ? 1 : at(span.end + span.fuzzAfter);
	return {
		left,
		right: Math.max(right, left),
		fuzzLeft: span.start === void 0 ? 0 : at(span.start) - left,
		fuzzRight: span.end === void 0 ? 0 : right - at(span.end),
		fadeLeft: span.start === void 0,
		fadeRight: span.end === void 0
	};
}
// src/analysis/timeline/groupRows.ts
function groupRows(rows, byActor, actorName) {
	if (!byActor) return rows.map((row) => ({
		kind: "row",
		row
	}));
	const groups = /* @__PURE__ */ new Map();
	for (const row of rows) {
		const list = groups.get(row.relation.from);
		if (list) list.push(row);
		else groups.set(row.relation.from, [row]);
	}
	const collator = new Intl.Collator();
	const names = new Map([...groups.keys()].map((id) => [id, actorName(id)]));
	return [...groups.keys()].sort((a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b)).flatMap((actor) => [{
		kind: "group",
		actor
	}, ...(groups.get(actor) ?? []).map((row) => ({
		kind: "row",
		row
	}))]);
}
// src/ui/timeline/claimLabel.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
function relationLabel(lookup, relation) {
	const directed = lookup.relationKinds.get(relation.kind)?.directed ?? true;
	return `${actorName(lookup, relation.from)} — ${relationKindLabel(lookup, relation.kind).toLowerCase()} ${directed ? "→" : "—"} ${actorName(lookup, relation.to)}`;
}
var claimPeriod = (claim, t) => (claim.time ? formatTimeSpan(claim.time, t) : "") || t("timeline.undated");
function claimLabel(lookup, relation, claim, t) {
	const text = claim.text.length > 160 ? `${claim.text.slice(0, 159)}…` : claim.text;
	return `${statusText(t, claim.status).label}, ${claimPeriod(claim, t)}: ${relationLabel(lookup, relation)}. ${text}`;
}
// src/ui/timeline/ClaimHint.tsx
var import_jsx_runtime = require_jsx_runtime();
function ClaimHint({ hint, lookup }) {
	const t = useT();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "tl-hint",
		role: "tooltip",
		style: {
			insetInlineStart: hint.x,
			top: hint.y
		},
		"data-testid": "timeline-hint",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "tl-hint-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: hint.claim.status }),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "tl-hint-period",
						children: claimPeriod(hint.claim, t)
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "tl-hint-relation",
				lang: lookup.dataset.language,
				dir: "auto",
				children: relationLabel(lookup, hint.relation)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				lang: lookup.dataset.language,
				dir: "auto",
				children: hint.claim.text
			})
		]
	});
}
// src/ui/timeline/timelineKeys.ts
var claimsAt = (items, index) => {
	const item = items[index];
	return item?.kind === "row" ? item.row.claims : void 0;
};
function nextRow(items, from, step) {
	let found;
	for (let index = from + Math.sign(step), moved = 0; index >= 0 && index < items.length; index += Math.sign(step)) {
		if (items[index]?.kind !== "row") continue;
		found = index;
		if (++moved >= Math.abs(step)) break;
	}
	return found;
}
/** The first claim of the first row, where keyboard focus starts. */
function firstClaim(items) {
	const index = items.findIndex((item) => item.kind === "row");
	return index < 0 ? void 0 : {
		item: index,
		claim: 0
	};
}
/** Where `key` moves from `active`, or undefined when the key is not a move (or goes nowhere). */
function moveActive(items, active, key, ctrl = false) {
	const claims = claimsAt(items, active.item);
	if (!claims) return firstClaim(items);
	if (key === "ArrowRight") return active.claim + 1 < claims.length ? {
		...active,
		claim: active.claim + 1
	} : void 0;
	if (key === "ArrowLeft") return active.claim > 0 ? {
		...active,
		claim: active.claim - 1
	} : void 0;
	if (key === "Home" && !ctrl) return {
		...active,
		claim: 0
	};
	if (key === "End" && !ctrl) return {
		...active,
		claim: claims.length - 1
	};
	const rowStep = {
		ArrowDown: 1,
		ArrowUp: -1,
		PageDown: 10,
		PageUp: -10,
		Home: -items.length,
		End: items.length
	}[key];
	if (rowStep === void 0) return void 0;
	const target = nextRow(items, active.item, rowStep);
	if (target === void 0 || target === active.item) return void 0;
	const here = claims[active.claim]?.span.start ?? -Infinity;
	const there = claimsAt(items, target) ?? [];
	let best = 0;
	there.forEach((entry, index) => {
		const distance = Math.abs((entry.span.start ?? -Infinity) - here);
		const bestDistance = Math.abs((there[best]?.span.start ?? -Infinity) - here);
		if (distance < bestDistance || Number.isNaN(bestDistance)) best = index;
	});
	return {
		item: target,
		claim: best
	};
}
// src/ui/timeline/barStyle.ts
var percent = (fraction) => `${(fraction * 100).toFixed(3)}%`;
/** The share of an open end's bar that fades out: we do not know where it stops. */
var FADE = 35;
function maskOf(span) {
	const width = span.right - span.left;
	if (width <= 0) return void 0;
	const inner = (fraction) => Math.min(50, fraction / width * 100);
	const leftStop = span.fadeLeft ? FADE : inner(span.fuzzLeft);
	const rightStop = span.fadeRight ? FADE : inner(span.fuzzRight);
	if (leftStop === 0 && rightStop === 0) return void 0;
	return `linear-gradient(to right, ${leftStop > 0 ? "transparent" : "#000"} 0%, #000 ${leftStop.toFixed(1)}%, #000 ${(100 - rightStop).toFixed(1)}%, ${rightStop > 0 ? "transparent" : "#000"} 100%)`;
}
function barStyle(span, status, colour) {
	const mask = maskOf(span);
	return {
		left: percent(span.left),
		width: `max(4px, ${percent(span.right - span.left)})`,
		opacity: STATUS_PRESENTATION[status].line.opacity,
		["--bar-colour"]: colour,
		["--bar-line"]: STATUS_PRESENTATION[status].line.style,
		...mask ? {
			maskImage: mask,
			WebkitMaskImage: mask
		} : {}
	};
}
// src/ui/timeline/TimelineRow.tsx
var TimelineRow = (0, import_react.memo)(function TimelineRow(props) {
	const t = useT();
	const { row, lookup, extent } = props;
	const relation = row.relation;
	const label = relationLabel(lookup, relation);
	const className = [
		"tl-row",
		props.selected && "tl-row-selected",
		props.related && "tl-row-related"
	].filter(Boolean).join(" ");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		role: "listitem",
		className,
		style: {
			top: props.top,
			height: props.height
		},
		"data-relation": relation.id,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
			className: "tl-label",
			title: label,
			lang: lookup.dataset.language,
			dir: "auto",
			children: label
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "tl-plot",
			children: row.claims.map((entry, claimIndex) => {
				const out = props.shown !== void 0 && !props.shown.includes(entry.claim);
				return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: `tl-bar tl-status-${entry.claim.status}${out || props.shown === void 0 ? " tl-out" : ""}`,
					style: barStyle(drawnSpan(entry.span, extent), entry.claim.status, props.colour),
					tabIndex: props.activeClaim === claimIndex ? 0 : -1,
					"data-claim": entry.claim.id,
					"data-key": `${props.index}:${claimIndex}`,
					"aria-label": claimLabel(lookup, relation, entry.claim, t),
					"aria-pressed": props.selected,
					onClick: () => props.onOpen(relation.id, props.index, claimIndex),
					onMouseEnter: (event) => props.onHint(event.currentTarget, relation.id, claimIndex),
					onMouseLeave: () => props.onHint(void 0),
					onFocus: (event) => props.onHint(event.currentTarget, relation.id, claimIndex),
					onBlur: () => props.onHint(void 0),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "tl-bar-line" })
				}, entry.claim.id);
			})
		})]
	});
});
// src/ui/timeline/TimelineText.tsx
var LIMIT = 500;
function TimelineText({ rows, lookup }) {
	const t = useT();
	const [open, setOpen] = (0, import_react.useState)(false);
	const entries = (0, import_react.useMemo)(() => !open ? [] : rows.flatMap((row) => row.claims.map((entry) => ({
		relation: row.relation,
		...entry
	}))).sort((a, b) => (a.span.start ?? -Infinity) - (b.span.start ?? -Infinity)).slice(0, LIMIT), [rows, open]);
	const total = rows.reduce((sum, row) => sum + row.claims.length, 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
		className: "tl-text",
		onToggle: (event) => setOpen(event.currentTarget.open),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("timeline.asText", { count: total }) }), open && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("caption", { children: total > LIMIT ? t("timeline.captionFirst", { limit: LIMIT }) : t("timeline.caption") }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
					scope: "col",
					children: t("timeline.when")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
					scope: "col",
					children: t("timeline.status")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
					scope: "col",
					children: t("table.relation")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
					scope: "col",
					children: t("timeline.claim")
				})
			] }) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: entries.map((entry) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: claimPeriod(entry.claim, t) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: entry.claim.status }) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
					lang: lookup.dataset.language,
					dir: "auto",
					children: relationLabel(lookup, entry.relation)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
					lang: lookup.dataset.language,
					dir: "auto",
					children: entry.claim.text
				})
			] }, entry.claim.id)) })
		] })]
	});
}
// src/ui/timeline/TimelineToolbar.tsx
var windowText = (filters, t) => formatPeriod(filters.timeFrom, filters.timeTo, t);
function TimelineToolbar({ extent, filters, byActor, onByActor, onWindow, rowCount, undatedCount, unsourcedCount }) {
	const t = useT();
	const years = extent ? extentYears(extent) : [];
	const whole = filters.timeFrom === void 0 && filters.timeTo === void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "graph-toolbar tl-toolbar",
		role: "toolbar",
		"aria-label": t("header.timeline"),
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
				className: "toolbar-label",
				"data-testid": "timeline-period",
				children: [
					t("timeline.period"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: windowText(filters, t) })
				]
			}),
			years.map((year) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				"aria-pressed": filters.timeFrom === year && filters.timeTo === year,
				onClick: () => onWindow(year, year),
				children: year
			}, year)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				disabled: whole,
				onClick: () => onWindow(void 0, void 0),
				children: t("time.allTimeButton")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "toolbar-gap" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
				className: "toolbar-label",
				children: [t("timeline.counts", {
					rows: rowCount,
					undated: undatedCount
				}), unsourcedCount > 0 && ` · ${t("timeline.unsourced", { count: unsourcedCount })}`]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "toolbar-label",
				children: [
					t("timeline.rows"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
						value: byActor ? "actor" : "relation",
						onChange: (event) => onByActor(event.target.value === "actor"),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: "relation",
							children: t("timeline.perRelation")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: "actor",
							children: t("timeline.byActor")
						})]
					})
				]
			})
		]
	});
}
// src/ui/timeline/UndatedClaims.tsx
var PAGE = 100;
function UndatedClaims({ undated, lookup, onSelect }) {
	const t = useT();
	const [limit, setLimit] = (0, import_react.useState)(PAGE);
	if (undated.length === 0) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "tl-undated",
		"aria-labelledby": "tl-undated-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "tl-undated-title",
				children: t("timeline.undatedTitle", { count: undated.length })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "hint",
				children: t("timeline.undatedHint")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: undated.slice(0, limit).map(({ relation, claim }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				className: `claim-${claim.status}`,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: claim.status }),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link-button",
						lang: lookup.dataset.language,
						dir: "auto",
						onClick: () => onSelect({
							type: "relation",
							id: relation.id
						}),
						children: relationLabel(lookup, relation)
					}),
					": ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						lang: lookup.dataset.language,
						dir: "auto",
						children: claim.text
					})
				]
			}, claim.id)) }),
			undated.length > limit && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				onClick: () => setLimit((shown) => shown + 1e3),
				children: t("timeline.showMore", { count: undated.length - limit })
			})
		]
	});
}
// src/ui/timeline/useBrush.ts
var DRAG_PX = 5;
function useBrush(plot, onBrushed) {
	const start = (0, import_react.useRef)(void 0);
	const dragged = (0, import_react.useRef)(false);
	const [brush, setBrush] = (0, import_react.useState)();
	const fractionAt = (clientX) => {
		const box = plot.current?.getBoundingClientRect();
		if (!box || box.width === 0) return void 0;
		return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
	};
	const onPointerDown = (event) => {
		if (event.button !== 0) return;
		const box = plot.current?.getBoundingClientRect();
		if (!box || event.clientX < box.left || event.clientX > box.right) return;
		const fraction = fractionAt(event.clientX);
		if (fraction === void 0) return;
		start.current = {
			x: event.clientX,
			fraction
		};
		dragged.current = false;
	};
	const onPointerMove = (event) => {
		const began = start.current;
		if (!began) return;
		if (!dragged.current && Math.abs(event.clientX - began.x) < DRAG_PX) return;
		if (!dragged.current) event.currentTarget.setPointerCapture(event.pointerId);
		dragged.current = true;
		const fraction = fractionAt(event.clientX) ?? began.fraction;
		setBrush({
			from: Math.min(began.fraction, fraction),
			to: Math.max(began.fraction, fraction)
		});
	};
	const onPointerUp = (event) => {
		const began = start.current;
		start.current = void 0;
		if (!began || !dragged.current) return;
		const fraction = fractionAt(event.clientX) ?? began.fraction;
		setBrush(void 0);
		onBrushed({
			from: Math.min(began.fraction, fraction),
			to: Math.max(began.fraction, fraction)
		});
	};
	/** True once, right after a drag: the click that ends a brush must not also select a claim. */
	const consumeDrag = () => {
		const was = dragged.current;
		dragged.current = false;
		return was;
	};
	return {
		brush,
		consumeDrag,
		handlers: {
			onPointerDown,
			onPointerMove,
			onPointerUp,
			onPointerCancel: () => (start.current = void 0, setBrush(void 0))
		}
	};
}
/** Undefined while a large timeline is being built. */
function useTimeline(relations, asOf) {
	const immediate = (0, import_react.useMemo)(() => relations.length <= 5e3 ? timelineRows(relations, asOf) : void 0, [relations, asOf]);
	const [built, setBuilt] = (0, import_react.useState)();
	(0, import_react.useEffect)(() => {
		if (immediate) return;
		return runInSlices(timelineRowsInSteps(relations, asOf), (timeline) => setBuilt({
			relations,
			asOf,
			timeline
		}));
	}, [
		relations,
		asOf,
		immediate
	]);
	return immediate ?? (built?.relations === relations && built.asOf === asOf ? built.timeline : void 0);
}
// src/ui/timeline/TimelineView.tsx
/** Shown while a large timeline is being built. */
var NO_TIMELINE = {
	rows: [],
	undated: [],
	unsourced: 0,
	extent: void 0
};
/** Below this many rows every row is drawn, so that print and find-in-page see them all. */
var DRAW_ALL = 400;
var OVERSCAN = 8;
function TimelineView({ lookup, filters, focusRelations, shownClaims, selection, theme, onSelect, onWindow }) {
	const t = useT();
	const { dataset } = lookup;
	const rowHeight = theme === "projector" ? 46 : 30;
	const [byActor, setByActor] = (0, import_react.useState)(false);
	const { hiddenActorKinds, hiddenRelationKinds, hiddenStatuses, sources } = filters;
	const relations = (0, import_react.useMemo)(() => {
		const untimed = applyFilters(dataset, {
			hiddenActorKinds,
			hiddenRelationKinds,
			hiddenStatuses,
			sources,
			includeUndated: true,
			mode: "hide"
		});
		return dataset.relations.filter((relation) => untimed.relations.has(relation.id) && (!focusRelations || focusRelations.has(relation.id)));
	}, [
		dataset,
		hiddenActorKinds,
		hiddenRelationKinds,
		hiddenStatuses,
		sources,
		focusRelations
	]);
	const built = useTimeline(relations, dataset.asOf);
	const timeline = built ?? NO_TIMELINE;
	const items = (0, import_react.useMemo)(() => groupRows(timeline.rows, byActor, (id) => actorName(lookup, id)), [
		timeline,
		byActor,
		lookup
	]);
	const colours = (0, import_react.useMemo)(() => new Map([...relationFamilies(dataset.relationKinds)].map(([kind, family]) => [kind, family.colour])), [dataset]);
	const extent = timeline.extent;
	const ticks = (0, import_react.useMemo)(() => extent ? axisTicks(extent) : [], [extent]);
	const root = (0, import_react.useRef)(null);
	const scroller = (0, import_react.useRef)(null);
	const list = (0, import_react.useRef)(null);
	const plot = (0, import_react.useRef)(null);
	const [viewport, setViewport] = (0, import_react.useState)({
		top: 0,
		height: 800
	});
	const [active, setActive] = (0, import_react.useState)();
	const [hint, setHint] = (0, import_react.useState)();
	const focusPending = (0, import_react.useRef)(false);
	const current = active && items[active.item]?.kind === "row" ? active : firstClaim(items);
	const { brush, consumeDrag, handlers } = useBrush(plot, ({ from, to }) => {
		if (!extent) return;
		const width = extent.end - extent.start;
		const period = brushPeriod(extent.start + from * width, extent.start + to * width);
		onWindow(period.from, period.to);
	});
	const measure = () => {
		const box = scroller.current;
		if (box) setViewport({
			top: box.scrollTop - (list.current?.offsetTop ?? 0),
			height: box.clientHeight
		});
	};
	(0, import_react.useLayoutEffect)(measure, []);
	(0, import_react.useEffect)(() => {
		const box = scroller.current;
		if (!box || typeof ResizeObserver === "undefined") return;
		const observer = new ResizeObserver(measure);
		observer.observe(box);
		return () => observer.disconnect();
	}, []);
	const scrollToItem = (index) => {
		const box = scroller.current;
		if (!box) return;
		const listTop = list.current?.offsetTop ?? 0;
		const axis = listTop;
		const top = listTop + index * rowHeight;
		if (top - axis < box.scrollTop) box.scrollTop = top - axis;
		else if (top + rowHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + rowHeight - box.clientHeight;
		measure();
	};
	const selectedRelation = selection?.type === "relation" ? selection.id : void 0;
	const selectedItem = (0, import_react.useMemo)(() => selectedRelation === void 0 ? -1 : items.findIndex((item) => item.kind === "row" && item.row.relation.id === selectedRelation), [selectedRelation, items]);
	const [seenItem, setSeenItem] = (0, import_react.useState)(selectedItem);
	if (seenItem !== selectedItem) {
		setSeenItem(selectedItem);
		if (selectedItem >= 0 && active?.item !== selectedItem) setActive({
			item: selectedItem,
			claim: 0
		});
	}
	(0, import_react.useEffect)(() => {
		if (selectedItem >= 0) scrollToItem(selectedItem);
	}, [selectedItem]);
	(0, import_react.useEffect)(() => {
		if (!focusPending.current || !current) return;
		focusPending.current = false;
		list.current?.querySelector(`[data-key="${current.item}:${current.claim}"]`)?.focus();
	});
	const onKeyDown = (event) => {
		if (!current) return;
		if (event.key === "Escape") return setHint(void 0);
		const next = moveActive(items, current, event.key, event.ctrlKey || event.metaKey);
		if (!next) return;
		event.preventDefault();
		focusPending.current = true;
		setActive(next);
		scrollToItem(next.item);
	};
	const onOpen = (relationId, item, claim) => {
		if (consumeDrag()) return;
		setActive({
			item,
			claim
		});
		onSelect({
			type: "relation",
			id: relationId
		});
	};
	const onHint = (target, relationId, claimIndex) => {
		const relation = relationId === void 0 ? void 0 : lookup.relations.get(relationId);
		const entry = relation && timeline.rows.find((row) => row.relation.id === relationId)?.claims[claimIndex ?? 0];
		if (!target || !relation || !entry) return setHint(void 0);
		const box = target.getBoundingClientRect();
		const home = root.current;
		const homeBox = home?.getBoundingClientRect();
		const x = box.left - (homeBox?.left ?? 0) + Math.min(box.width, 60);
		setHint({
			relation,
			claim: entry.claim,
			x: Math.min(x, (homeBox?.width ?? 800) - 360),
			y: box.bottom - (homeBox?.top ?? 0) + (home?.scrollTop ?? 0) + 4
		});
	};
	const drawAll = items.length <= DRAW_ALL;
	const first = drawAll ? 0 : Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN);
	const last = drawAll ? items.length : Math.min(items.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + OVERSCAN);
	const width = extent ? extent.end - extent.start : 1;
	const fractionOf = (day) => extent ? Math.min(1, Math.max(0, (day - extent.start) / width)) : 0;
	const windowBand = extent && (filters.timeFrom !== void 0 || filters.timeTo !== void 0) ? {
		from: filters.timeFrom === void 0 ? 0 : fractionOf(dayNumber(periodStart(filters.timeFrom))),
		to: filters.timeTo === void 0 ? 1 : fractionOf(dayNumber(periodEnd(filters.timeTo)) + 1)
	} : void 0;
	const selectedActor = selection?.type === "actor" ? selection.id : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "timeline-view",
		"data-testid": "timeline",
		ref: root,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TimelineToolbar, {
				extent,
				filters,
				byActor,
				onByActor: setByActor,
				onWindow,
				rowCount: timeline.rows.length,
				undatedCount: timeline.undated.length,
				unsourcedCount: timeline.unsourced
			}),
			extent ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "tl-scroller",
				ref: scroller,
				onScroll: measure,
				...handlers,
				onKeyDown,
				style: { ["--tl-row"]: `${rowHeight}px` },
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "tl-axis-row",
					"aria-hidden": "true",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "tl-corner",
						children: t("timeline.drag")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						className: "tl-axis",
						ref: plot,
						"data-testid": "timeline-axis",
						children: ticks.map((tick) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: tick.major ? "tl-tick tl-tick-major" : "tl-tick",
							style: { left: `${fractionOf(tick.day) * 100}%` },
							children: tick.major ? tick.date : monthLetter(tick.date)
						}, `${tick.date}`))
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "tl-list",
					ref: list,
					role: "list",
					"aria-label": t("timeline.listLabel", { count: timeline.rows.length }),
					style: { height: items.length * rowHeight },
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "tl-layer",
						"aria-hidden": "true",
						children: [
							ticks.filter((tick) => tick.major).map((tick) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "tl-gridline",
								style: { left: `${fractionOf(tick.day) * 100}%` }
							}, tick.day)),
							windowBand && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "tl-band tl-window",
								"data-testid": "timeline-window",
								style: {
									left: `${windowBand.from * 100}%`,
									width: `${(windowBand.to - windowBand.from) * 100}%`
								}
							}),
							brush && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "tl-band tl-brush",
								style: {
									left: `${brush.from * 100}%`,
									width: `${(brush.to - brush.from) * 100}%`
								}
							})
						]
					}), items.slice(first, last).map((item, offset) => renderItem(item, first + offset))]
				})]
			}) : built ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "tl-empty",
				children: t("timeline.empty")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "tl-empty",
				role: "status",
				children: t("timeline.building", { count: relations.length })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(UndatedClaims, {
				undated: timeline.undated,
				lookup,
				onSelect
			}),
			extent && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TimelineText, {
				rows: timeline.rows,
				lookup
			}),
			hint && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ClaimHint, {
				hint,
				lookup
			})
		]
	});
	function renderItem(item, index) {
		if (item.kind === "group") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			role: "listitem",
			className: "tl-group",
			style: {
				top: index * rowHeight,
				height: rowHeight
			},
			children: actorName(lookup, item.actor)
		}, `g:${item.actor}`);
		const relation = item.row.relation;
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TimelineRow, {
			row: item.row,
			index,
			top: index * rowHeight,
			height: rowHeight,
			extent,
			lookup,
			colour: colours.get(relation.kind) ?? "#555",
			shown: shownClaims.get(relation.id),
			selected: selectedRelation === relation.id,
			related: selectedActor !== void 0 && (relation.from === selectedActor || relation.to === selectedActor),
			activeClaim: current?.item === index ? current.claim : void 0,
			onOpen,
			onHint
		}, relation.id);
	}
}
var monthLetter = (month) => "JFMAMJJASOND".charAt(Number(month.slice(5, 7)) - 1);
// src/ui/timeline/TimelineSlot.tsx
function TimelineSlot({ state, update, view, onSelect }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TimelineView, {
		lookup: view.lookup,
		filters: state.filters,
		focusRelations: view.focus?.relations,
		shownClaims: view.filtered.claims,
		selection: state.selection,
		theme: state.theme,
		onSelect,
		onWindow: (from, to) => update(setTimeWindow(from, to))
	});
}
export { TimelineSlot };
