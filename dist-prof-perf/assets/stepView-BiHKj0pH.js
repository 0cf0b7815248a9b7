import { L as periodEnd, R as periodStart } from "./model-CG2iP_D6.js";
// src/state/filters.ts
var timeWindow = ({ timeFrom, timeTo, includeUndated }) => ({
	includeUndated,
	open: timeFrom === void 0 && timeTo === void 0,
	start: timeFrom === void 0 ? "0000-01-01" : periodStart(timeFrom),
	end: timeTo === void 0 ? "9999-12-31" : periodEnd(timeTo)
});
/**
* Each distinct date's first and last day, worked out once: brushing the timeline filters 90k
* claims by time on every move, and their dates are a few hundred distinct texts. Bounded, for
* files with a distinct date on every claim.
*/
var firstDays = /* @__PURE__ */ new Map();
var lastDays = /* @__PURE__ */ new Map();
var MAX_KEPT_DATES = 5e4;
function remembered(days, date, work) {
	const known = days.get(date);
	if (known !== void 0) return known;
	if (days.size >= MAX_KEPT_DATES) days.clear();
	const day = work(date);
	days.set(date, day);
	return day;
}
function inTimeWindow(claim, window) {
	const time = claim.time;
	if (!time || time.from === void 0 && time.to === void 0) return window.includeUndated;
	if (window.open) return true;
	const claimStart = time.from === void 0 ? "0000-01-01" : remembered(firstDays, time.from, periodStart);
	const claimEnd = time.to === void 0 ? "9999-12-31" : remembered(lastDays, time.to, periodEnd);
	return claimStart <= window.end && claimEnd >= window.start;
}
/** Whether a claim's time overlaps the window; undated claims follow `includeUndated`. */
function claimInWindow(claim, filters) {
	return inTimeWindow(claim, timeWindow(filters));
}
/** `claimPasses` for many claims: the filters' lists and time window worked out once. */
function claimFilter(filters) {
	const hiddenStatuses = new Set(filters.hiddenStatuses);
	const sources = new Set(filters.sources);
	const window = timeWindow(filters);
	return (claim) => !hiddenStatuses.has(claim.status) && (sources.size === 0 || claim.sources.some((ref) => sources.has(ref.source))) && inTimeWindow(claim, window);
}
/**
* A relation without claims has no status, source or date: it shows unless unsourced relations are
* hidden (as "confirmed and reported only" does), a source is required, or undated items are left out.
*/
function unsourcedPasses(filters) {
	return !filters.hiddenStatuses.includes("unsourced") && filters.sources.length === 0 && filters.includeUndated;
}
function applyFilters(dataset, filters) {
	const hiddenActorKinds = new Set(filters.hiddenActorKinds);
	const hiddenRelationKinds = new Set(filters.hiddenRelationKinds);
	const actors = new Set(dataset.actors.filter((actor) => !hiddenActorKinds.has(actor.kind)).map((actor) => actor.id));
	const relations = /* @__PURE__ */ new Set();
	const claims = /* @__PURE__ */ new Map();
	const passes = claimFilter(filters);
	const relationShows = (relation) => !hiddenRelationKinds.has(relation.kind) && actors.has(relation.from) && actors.has(relation.to);
	for (const relation of dataset.relations) {
		if (!relationShows(relation)) continue;
		if (relation.claims.length === 0) {
			if (!unsourcedPasses(filters)) continue;
			relations.add(relation.id);
			claims.set(relation.id, []);
			continue;
		}
		const passing = relation.claims.filter(passes);
		if (passing.length === 0) continue;
		relations.add(relation.id);
		claims.set(relation.id, passing);
	}
	return {
		actors,
		relations,
		claims
	};
}
/** True when no filter is active (the "reset" button's disabled state). */
function filtersAreDefault(filters) {
	return filters.hiddenActorKinds.length === 0 && filters.hiddenRelationKinds.length === 0 && filters.hiddenStatuses.length === 0 && filters.sources.length === 0 && filters.timeFrom === void 0 && filters.timeTo === void 0 && filters.includeUndated;
}
/** The one-click "confirmed and reported only" preset: relations without evidence go too. */
var FACTS_ONLY_STATUSES = [
	"claimed",
	"disputed",
	"denied",
	"unsourced"
];
function toggleListItem(list, item) {
	return list.includes(item) ? list.filter((value) => value !== item) : [...list, item];
}
// src/state/story/stepView.ts
var UNCONFIRMED_STATUSES = [
	"claimed",
	"disputed",
	"denied"
];
/**
* The view of `story.steps[stepIndex]` (0-based, clamped). Focus ids unknown to `dataset` are
* dropped. When a step lists actors but no relations, the relations among those actors are
* focused too; the ends of every focused relation are focused actors.
*/
function stepView(dataset, story, stepIndex, options) {
	const index = Math.min(Math.max(0, Math.trunc(stepIndex) || 0), Math.max(0, story.steps.length - 1));
	const step = story.steps[index];
	const hiddenStatuses = /* @__PURE__ */ new Set([...step?.hideStatuses ?? [], ...options.hideUnconfirmed ? UNCONFIRMED_STATUSES : []]);
	const relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
	const actorIds = new Set(dataset.actors.map((actor) => actor.id));
	const period = step?.time && (step.time.from !== void 0 || step.time.to !== void 0) ? step.time : void 0;
	const window = {
		timeFrom: period?.from,
		timeTo: period?.to,
		includeUndated: true
	};
	const claimShown = (claim) => !hiddenStatuses.has(claim.status) && claimInWindow(claim, window);
	const visibleClaims = (relationId) => relations.get(relationId)?.claims.filter(claimShown) ?? [];
	const unsourcedShown = !UNCONFIRMED_STATUSES.some((status) => hiddenStatuses.has(status));
	const isShown = (relation) => relation.claims.length === 0 ? unsourcedShown : relation.claims.some(claimShown);
	const focusActors = new Set((step?.focus.actors ?? []).filter((id) => actorIds.has(id)));
	const listed = step?.focus.relations ?? [];
	const periodOnly = period !== void 0 && listed.length === 0 && focusActors.size === 0;
	const candidates = listed.length > 0 ? listed.flatMap((id) => relations.get(id) ?? []) : periodOnly ? dataset.relations.filter((relation) => relation.claims.some((claim) => claim.time !== void 0 && claimShown(claim))) : dataset.relations.filter((relation) => focusActors.has(relation.from) && focusActors.has(relation.to));
	const focusRelations = /* @__PURE__ */ new Set();
	for (const relation of candidates.filter(isShown)) {
		focusRelations.add(relation.id);
		focusActors.add(relation.from);
		focusActors.add(relation.to);
	}
	return {
		focusActors,
		focusRelations,
		hiddenStatuses,
		caption: {
			title: step?.title ?? "",
			text: step?.text ?? "",
			...period ? { period: { ...period } } : {}
		},
		visibleClaims
	};
}
export { toggleListItem as a, filtersAreDefault as i, FACTS_ONLY_STATUSES as n, applyFilters as r, stepView as t };
