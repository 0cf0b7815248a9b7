import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { B as formatPath, C as _enum, F as isOrdered, I as isPartialDate, L as periodEnd, M as string, O as number, P as unknown, R as periodStart, c as STATUS_ORDER, d as strongestStatus, f as weakestStatus, g as claimStatuses, h as LIMITS, j as strictObject, l as isFactStatus, m as ID_PATTERN, n as uniqueId$1, p as DatasetSchema, r as buildGraph, s as RELATION_STATUS_ORDER, t as slugify, w as array } from "./model-CG2iP_D6.js";
import { t as stepView } from "./stepView-BiHKj0pH.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// node_modules/react/cjs/react.production.js
/**
* @license React
* react.production.js
*
* Copyright (c) Meta Platforms, Inc. and affiliates.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.
*/
var require_react_production = /* @__PURE__ */ __commonJSMin(((exports) => {
	var REACT_ELEMENT_TYPE = Symbol.for("react.transitional.element");
	var REACT_PORTAL_TYPE = Symbol.for("react.portal");
	var REACT_FRAGMENT_TYPE = Symbol.for("react.fragment");
	var REACT_STRICT_MODE_TYPE = Symbol.for("react.strict_mode");
	var REACT_PROFILER_TYPE = Symbol.for("react.profiler");
	var REACT_CONSUMER_TYPE = Symbol.for("react.consumer");
	var REACT_CONTEXT_TYPE = Symbol.for("react.context");
	var REACT_FORWARD_REF_TYPE = Symbol.for("react.forward_ref");
	var REACT_SUSPENSE_TYPE = Symbol.for("react.suspense");
	var REACT_MEMO_TYPE = Symbol.for("react.memo");
	var REACT_LAZY_TYPE = Symbol.for("react.lazy");
	var REACT_ACTIVITY_TYPE = Symbol.for("react.activity");
	var REACT_VIEW_TRANSITION_TYPE = Symbol.for("react.view_transition");
	var MAYBE_ITERATOR_SYMBOL = Symbol.iterator;
	function getIteratorFn(maybeIterable) {
		if (null === maybeIterable || "object" !== typeof maybeIterable) return null;
		maybeIterable = MAYBE_ITERATOR_SYMBOL && maybeIterable[MAYBE_ITERATOR_SYMBOL] || maybeIterable["@@iterator"];
		return "function" === typeof maybeIterable ? maybeIterable : null;
	}
	var ReactNoopUpdateQueue = {
		isMounted: function() {
			return !1;
		},
		enqueueForceUpdate: function() {},
		enqueueReplaceState: function() {},
		enqueueSetState: function() {}
	};
	var assign = Object.assign;
	var emptyObject = {};
	function Component(props, context, updater) {
		this.props = props;
		this.context = context;
		this.refs = emptyObject;
		this.updater = updater || ReactNoopUpdateQueue;
	}
	Component.prototype.isReactComponent = {};
	Component.prototype.setState = function(partialState, callback) {
		if ("object" !== typeof partialState && "function" !== typeof partialState && null != partialState) throw Error("takes an object of state variables to update or a function which returns an object of state variables.");
		this.updater.enqueueSetState(this, partialState, callback, "setState");
	};
	Component.prototype.forceUpdate = function(callback) {
		this.updater.enqueueForceUpdate(this, callback, "forceUpdate");
	};
	function ComponentDummy() {}
	ComponentDummy.prototype = Component.prototype;
	function PureComponent(props, context, updater) {
		this.props = props;
		this.context = context;
		this.refs = emptyObject;
		this.updater = updater || ReactNoopUpdateQueue;
	}
	var pureComponentPrototype = PureComponent.prototype = new ComponentDummy();
	pureComponentPrototype.constructor = PureComponent;
	assign(pureComponentPrototype, Component.prototype);
	pureComponentPrototype.isPureReactComponent = !0;
	var isArrayImpl = Array.isArray;
	function noop() {}
	var ReactSharedInternals = {
		H: null,
		A: null,
		T: null,
		S: null
	};
	var hasOwnProperty = Object.prototype.hasOwnProperty;
	function ReactElement(type, key, props) {
		var refProp = props.ref;
		return {
			$$typeof: REACT_ELEMENT_TYPE,
			type,
			key,
			ref: void 0 !== refProp ? refProp : null,
			props
		};
	}
	function cloneAndReplaceKey(oldElement, newKey) {
		return ReactElement(oldElement.type, newKey, oldElement.props);
	}
	function isValidElement(object) {
		return "object" === typeof object && null !== object && object.$$typeof === REACT_ELEMENT_TYPE;
	}
	function escape(key) {
		var escaperLookup = {
			"=": "=0",
			":": "=2"
		};
		return "$" + key.replace(/[=:]/g, function(match) {
			return escaperLookup[match];
		});
	}
	var userProvidedKeyEscapeRegex = /\/+/g;
	function getElementKey(element, index) {
		return "object" === typeof element && null !== element && null != element.key ? escape("" + element.key) : index.toString(36);
	}
	function resolveThenable(thenable) {
		switch (thenable.status) {
			case "fulfilled": return thenable.value;
			case "rejected": throw thenable.reason;
			default: switch ("string" === typeof thenable.status ? thenable.then(noop, noop) : (thenable.status = "pending", thenable.then(function(fulfilledValue) {
				"pending" === thenable.status && (thenable.status = "fulfilled", thenable.value = fulfilledValue);
			}, function(error) {
				"pending" === thenable.status && (thenable.status = "rejected", thenable.reason = error);
			})), thenable.status) {
				case "fulfilled": return thenable.value;
				case "rejected": throw thenable.reason;
			}
		}
		throw thenable;
	}
	function mapIntoArray(children, array, escapedPrefix, nameSoFar, callback) {
		var type = typeof children;
		if ("undefined" === type || "boolean" === type) children = null;
		var invokeCallback = !1;
		if (null === children) invokeCallback = !0;
		else switch (type) {
			case "bigint":
			case "string":
			case "number":
				invokeCallback = !0;
				break;
			case "object": switch (children.$$typeof) {
				case REACT_ELEMENT_TYPE:
				case REACT_PORTAL_TYPE:
					invokeCallback = !0;
					break;
				case REACT_LAZY_TYPE: return invokeCallback = children._init, mapIntoArray(invokeCallback(children._payload), array, escapedPrefix, nameSoFar, callback);
			}
		}
		if (invokeCallback) return callback = callback(children), invokeCallback = "" === nameSoFar ? "." + getElementKey(children, 0) : nameSoFar, isArrayImpl(callback) ? (escapedPrefix = "", null != invokeCallback && (escapedPrefix = invokeCallback.replace(userProvidedKeyEscapeRegex, "$&/") + "/"), mapIntoArray(callback, array, escapedPrefix, "", function(c) {
			return c;
		})) : null != callback && (isValidElement(callback) && (callback = cloneAndReplaceKey(callback, escapedPrefix + (null == callback.key || children && children.key === callback.key ? "" : ("" + callback.key).replace(userProvidedKeyEscapeRegex, "$&/") + "/") + invokeCallback)), array.push(callback)), 1;
		invokeCallback = 0;
		var nextNamePrefix = "" === nameSoFar ? "." : nameSoFar + ":";
		if (isArrayImpl(children)) for (var i = 0; i < children.length; i++) nameSoFar = children[i], type = nextNamePrefix + getElementKey(nameSoFar, i), invokeCallback += mapIntoArray(nameSoFar, array, escapedPrefix, type, callback);
		else if (i = getIteratorFn(children), "function" === typeof i) for (children = i.call(children), i = 0; !(nameSoFar = children.next()).done;) nameSoFar = nameSoFar.value, type = nextNamePrefix + getElementKey(nameSoFar, i++), invokeCallback += mapIntoArray(nameSoFar, array, escapedPrefix, type, callback);
		else if ("object" === type) {
			if ("function" === typeof children.then) return mapIntoArray(resolveThenable(children), array, escapedPrefix, nameSoFar, callback);
			array = String(children);
			throw Error("Objects are not valid as a React child (found: " + ("[object Object]" === array ? "object with keys {" + Object.keys(children).join(", ") + "}" : array) + "). If you meant to render a collection of children, use an array instead.");
		}
		return invokeCallback;
	}
	function mapChildren(children, func, context) {
		if (null == children) return children;
		var result = [], count = 0;
		mapIntoArray(children, result, "", "", function(child) {
			return func.call(context, child, count++);
		});
		return result;
	}
	function lazyInitializer(payload) {
		if (-1 === payload._status) {
			var ctor = payload._result, thenable = ctor();
			thenable.then(function(moduleObject) {
				if (0 === payload._status || -1 === payload._status) payload._status = 1, payload._result = moduleObject, void 0 === thenable.status && (thenable.status = "fulfilled", thenable.value = moduleObject);
			}, function(error) {
				if (0 === payload._status || -1 === payload._status) payload._status = 2, payload._result = error, void 0 === thenable.status && (thenable.status = "rejected", thenable.reason = error);
			});
			-1 === payload._status && (payload._status = 0, payload._result = thenable);
		}
		if (1 === payload._status) return payload._result.default;
		throw payload._result;
	}
	var reportGlobalError = "function" === typeof reportError ? reportError : function(error) {
		if ("object" === typeof window && "function" === typeof window.ErrorEvent) {
			var event = new window.ErrorEvent("error", {
				bubbles: !0,
				cancelable: !0,
				message: "object" === typeof error && null !== error && "string" === typeof error.message ? String(error.message) : String(error),
				error
			});
			if (!window.dispatchEvent(event)) return;
		} else if ("object" === typeof process && "function" === typeof process.emit) {
			process.emit("uncaughtException", error);
			return;
		}
		console.error(error);
	};
	function startTransition(scope) {
		var prevTransition = ReactSharedInternals.T, currentTransition = {};
		currentTransition.types = null !== prevTransition ? prevTransition.types : null;
		ReactSharedInternals.T = currentTransition;
		try {
			var returnValue = scope(), onStartTransitionFinish = ReactSharedInternals.S;
			null !== onStartTransitionFinish && onStartTransitionFinish(currentTransition, returnValue);
			"object" === typeof returnValue && null !== returnValue && "function" === typeof returnValue.then && returnValue.then(noop, reportGlobalError);
		} catch (error) {
			reportGlobalError(error);
		} finally {
			null !== prevTransition && null !== currentTransition.types && (prevTransition.types = currentTransition.types), ReactSharedInternals.T = prevTransition;
		}
	}
	function addTransitionType(type) {
		var transition = ReactSharedInternals.T;
		if (null !== transition) {
			var transitionTypes = transition.types;
			null === transitionTypes ? transition.types = [type] : -1 === transitionTypes.indexOf(type) && transitionTypes.push(type);
		} else startTransition(addTransitionType.bind(null, type));
	}
	var Children = {
		map: mapChildren,
		forEach: function(children, forEachFunc, forEachContext) {
			mapChildren(children, function() {
				forEachFunc.apply(this, arguments);
			}, forEachContext);
		},
		count: function(children) {
			var n = 0;
			mapChildren(children, function() {
				n++;
			});
			return n;
		},
		toArray: function(children) {
			return mapChildren(children, function(child) {
				return child;
			}) || [];
		},
		only: function(children) {
			if (!isValidElement(children)) throw Error("React.Children.only expected to receive a single React element child.");
			return children;
		}
	};
	exports.Activity = REACT_ACTIVITY_TYPE;
	exports.Children = Children;
	exports.Component = Component;
	exports.Fragment = REACT_FRAGMENT_TYPE;
	exports.Profiler = REACT_PROFILER_TYPE;
	exports.PureComponent = PureComponent;
	exports.StrictMode = REACT_STRICT_MODE_TYPE;
	exports.Suspense = REACT_SUSPENSE_TYPE;
	exports.ViewTransition = REACT_VIEW_TRANSITION_TYPE;
	exports.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = ReactSharedInternals;
	exports.__COMPILER_RUNTIME = {
		__proto__: null,
		c: function(size) {
			return ReactSharedInternals.H.useMemoCache(size);
		}
	};
	exports.addTransitionType = addTransitionType;
	exports.cache = function(fn) {
		return function() {
			return fn.apply(null, arguments);
		};
	};
	exports.cacheSignal = function() {
		return null;
	};
	exports.cloneElement = function(element, config, children) {
		if (null === element || void 0 === element) throw Error("The argument must be a React element, but you passed " + element + ".");
		var props = assign({}, element.props), key = element.key;
		if (null != config) for (propName in void 0 !== config.key && (key = "" + config.key), config) !hasOwnProperty.call(config, propName) || "key" === propName || "__self" === propName || "__source" === propName || "ref" === propName && void 0 === config.ref || (props[propName] = config[propName]);
		var propName = arguments.length - 2;
		if (1 === propName) props.children = children;
		else if (1 < propName) {
			for (var childArray = Array(propName), i = 0; i < propName; i++) childArray[i] = arguments[i + 2];
			props.children = childArray;
		}
		return ReactElement(element.type, key, props);
	};
	exports.createContext = function(defaultValue) {
		defaultValue = {
			$$typeof: REACT_CONTEXT_TYPE,
			_currentValue: defaultValue,
			_currentValue2: defaultValue,
			_threadCount: 0,
			Provider: null,
			Consumer: null
		};
		defaultValue.Provider = defaultValue;
		defaultValue.Consumer = {
			$$typeof: REACT_CONSUMER_TYPE,
			_context: defaultValue
		};
		return defaultValue;
	};
	exports.createElement = function(type, config, children) {
		var propName, props = {}, key = null;
		if (null != config) for (propName in void 0 !== config.key && (key = "" + config.key), config) hasOwnProperty.call(config, propName) && "key" !== propName && "__self" !== propName && "__source" !== propName && (props[propName] = config[propName]);
		var childrenLength = arguments.length - 2;
		if (1 === childrenLength) props.children = children;
		else if (1 < childrenLength) {
			for (var childArray = Array(childrenLength), i = 0; i < childrenLength; i++) childArray[i] = arguments[i + 2];
			props.children = childArray;
		}
		if (type && type.defaultProps) for (propName in childrenLength = type.defaultProps, childrenLength) void 0 === props[propName] && (props[propName] = childrenLength[propName]);
		return ReactElement(type, key, props);
	};
	exports.createRef = function() {
		return { current: null };
	};
	exports.forwardRef = function(render) {
		return {
			$$typeof: REACT_FORWARD_REF_TYPE,
			render
		};
	};
	exports.isValidElement = isValidElement;
	exports.lazy = function(ctor) {
		return {
			$$typeof: REACT_LAZY_TYPE,
			_payload: {
				_status: -1,
				_result: ctor
			},
			_init: lazyInitializer
		};
	};
	exports.memo = function(type, compare) {
		return {
			$$typeof: REACT_MEMO_TYPE,
			type,
			compare: void 0 === compare ? null : compare
		};
	};
	exports.startTransition = startTransition;
	exports.unstable_useCacheRefresh = function() {
		return ReactSharedInternals.H.useCacheRefresh();
	};
	exports.use = function(usable) {
		return ReactSharedInternals.H.use(usable);
	};
	exports.useActionState = function(action, initialState, permalink) {
		return ReactSharedInternals.H.useActionState(action, initialState, permalink);
	};
	exports.useCallback = function(callback, deps) {
		return ReactSharedInternals.H.useCallback(callback, deps);
	};
	exports.useContext = function(Context) {
		return ReactSharedInternals.H.useContext(Context);
	};
	exports.useDebugValue = function() {};
	exports.useDeferredValue = function(value, initialValue) {
		return ReactSharedInternals.H.useDeferredValue(value, initialValue);
	};
	exports.useEffect = function(create, deps) {
		return ReactSharedInternals.H.useEffect(create, deps);
	};
	exports.useEffectEvent = function(callback) {
		return ReactSharedInternals.H.useEffectEvent(callback);
	};
	exports.useId = function() {
		return ReactSharedInternals.H.useId();
	};
	exports.useImperativeHandle = function(ref, create, deps) {
		return ReactSharedInternals.H.useImperativeHandle(ref, create, deps);
	};
	exports.useInsertionEffect = function(create, deps) {
		return ReactSharedInternals.H.useInsertionEffect(create, deps);
	};
	exports.useLayoutEffect = function(create, deps) {
		return ReactSharedInternals.H.useLayoutEffect(create, deps);
	};
	exports.useMemo = function(create, deps) {
		return ReactSharedInternals.H.useMemo(create, deps);
	};
	exports.useOptimistic = function(passthrough, reducer) {
		return ReactSharedInternals.H.useOptimistic(passthrough, reducer);
	};
	exports.useReducer = function(reducer, initialArg, init) {
		return ReactSharedInternals.H.useReducer(reducer, initialArg, init);
	};
	exports.useRef = function(initialValue) {
		return ReactSharedInternals.H.useRef(initialValue);
	};
	exports.useState = function(initialState) {
		return ReactSharedInternals.H.useState(initialState);
	};
	exports.useSyncExternalStore = function(subscribe, getSnapshot, getServerSnapshot) {
		return ReactSharedInternals.H.useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
	};
	exports.useTransition = function() {
		return ReactSharedInternals.H.useTransition();
	};
	exports.version = "19.3.1";
}));
// node_modules/react/index.js
var require_react = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_react_production();
}));
// src/state/appState.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/** Languages of the interface (DESIGN §6); English is the reference catalogue. */
var UI_LANGUAGES = [
	"en",
	"uk",
	"ar",
	"ru"
];
var DEFAULT_FILTERS = {
	hiddenActorKinds: [],
	hiddenRelationKinds: [],
	hiddenStatuses: [],
	sources: [],
	includeUndated: true,
	mode: "hide"
};
var DEFAULT_STATE = {
	query: "",
	filters: DEFAULT_FILTERS,
	view: "graph",
	layout: "force",
	theme: "light",
	sizeBy: "none",
	colourBy: "kind"
};
// src/model/datasetLookup.ts
var byId = (items) => new Map(items.map((item) => [item.id, item]));
function datasetLookup(dataset) {
	const relationsOf = /* @__PURE__ */ new Map();
	const link = (actorId, relation) => {
		const list = relationsOf.get(actorId);
		if (list) list.push(relation);
		else relationsOf.set(actorId, [relation]);
	};
	for (const relation of dataset.relations) {
		link(relation.from, relation);
		if (relation.to !== relation.from) link(relation.to, relation);
	}
	return {
		relationsOf,
		dataset,
		actors: byId(dataset.actors),
		relations: byId(dataset.relations),
		sources: byId(dataset.sources),
		actorKinds: byId(dataset.actorKinds),
		relationKinds: byId(dataset.relationKinds)
	};
}
var actorName = (lookup, id) => lookup.actors.get(id)?.name ?? id;
var relationKindLabel = (lookup, id) => lookup.relationKinds.get(id)?.label ?? id;
var actorKindLabel = (lookup, id) => lookup.actorKinds.get(id)?.label ?? id;
// src/state/urlHash.ts
var VIEWS = [
	"graph",
	"table",
	"timeline"
];
var LAYOUTS = [
	"force",
	"concentric",
	"breadthfirst"
];
var THEMES = ["light", "projector"];
var SIZES = [
	"none",
	"degree",
	"pagerank",
	"betweenness"
];
var COLOURS = ["kind", "community"];
var KNOWN_KEYS = new Set([
	"d",
	"sel",
	"q",
	"hk",
	"hr",
	"hs",
	"src",
	"tf",
	"tt",
	"undated",
	"fade",
	"view",
	"layout"
].concat([
	"focus",
	"depth",
	"from",
	"to",
	"pf",
	"pd",
	"story",
	"step",
	"hu",
	"theme",
	"size",
	"colour",
	"embed",
	"cam",
	"lang"
]));
var list = (values) => values.length > 0 ? values.join(",") : void 0;
function stateToHash(state) {
	const params = new URLSearchParams();
	const put = (key, value) => {
		if (value !== void 0 && value !== "") params.set(key, value);
	};
	const { filters } = state;
	put("d", state.datasetId);
	put("view", state.view === DEFAULT_STATE.view ? void 0 : state.view);
	put("sel", state.selection && `${state.selection.type === "actor" ? "a" : "r"}:${state.selection.id}`);
	put("q", state.query);
	put("hk", list(filters.hiddenActorKinds));
	put("hr", list(filters.hiddenRelationKinds));
	put("hs", list(filters.hiddenStatuses));
	put("src", list(filters.sources));
	put("tf", filters.timeFrom);
	put("tt", filters.timeTo);
	put("undated", filters.includeUndated ? void 0 : "0");
	put("fade", filters.mode === "fade" ? "1" : void 0);
	put("layout", state.layout === DEFAULT_STATE.layout ? void 0 : state.layout);
	put("focus", state.focus?.actor);
	put("depth", state.focus && String(state.focus.depth));
	put("from", state.path?.from);
	put("to", state.path?.to);
	put("pf", state.path?.factsOnly ? "1" : void 0);
	put("pd", state.path?.ignoreDirection ? "1" : void 0);
	put("story", state.story?.id);
	put("step", state.story && String(state.story.step + 1));
	put("hu", state.story?.hideUnconfirmed ? "1" : void 0);
	put("theme", state.theme === DEFAULT_STATE.theme ? void 0 : state.theme);
	put("size", state.sizeBy === DEFAULT_STATE.sizeBy ? void 0 : state.sizeBy);
	put("colour", state.colourBy === DEFAULT_STATE.colourBy ? void 0 : state.colourBy);
	put("embed", state.embed ? "1" : void 0);
	put("cam", state.camera && cameraText(state.camera));
	put("lang", state.lang);
	const text = params.toString();
	return text === "" ? "" : `#${text}`;
}
function oneOf(value, allowed, fallback, name, notices) {
	if (value === null) return fallback;
	if (allowed.includes(value)) return value;
	notices.push(`Ignored unknown ${name} "${value}" in the link.`);
	return fallback;
}
var splitList = (value) => value ? value.split(",").filter((item) => item !== "") : [];
function statusList(value, notices) {
	const out = [];
	for (const item of splitList(value)) if (RELATION_STATUS_ORDER.includes(item)) out.push(item);
	else notices.push(`Ignored unknown status "${item}" in the link.`);
	return out;
}
function dateParam(value, name, notices) {
	if (value === null || value === "") return void 0;
	if (isPartialDate(value)) return value;
	notices.push(`Ignored ${name} "${value}": not a date like 2025 or 2025-03.`);
}
function positiveInt(value) {
	if (value === null || !/^\d{1,4}$/.test(value)) return void 0;
	return Number(value);
}
function hashToState(hash) {
	const notices = [];
	let params;
	try {
		params = new URLSearchParams(hash.replace(/^#/, ""));
	} catch {
		return {
			state: DEFAULT_STATE,
			notices: ["The link could not be read; showing the default view."]
		};
	}
	for (const key of params.keys()) if (!KNOWN_KEYS.has(key)) notices.push(`Ignored unknown part "${key}" of the link.`);
	const get = (key) => params.get(key);
	const state = {
		...DEFAULT_STATE,
		datasetId: get("d") ?? void 0,
		query: get("q") ?? "",
		view: oneOf(get("view"), VIEWS, DEFAULT_STATE.view, "view", notices),
		layout: oneOf(get("layout"), LAYOUTS, DEFAULT_STATE.layout, "layout", notices),
		theme: oneOf(get("theme"), THEMES, DEFAULT_STATE.theme, "theme", notices),
		sizeBy: oneOf(get("size"), SIZES, DEFAULT_STATE.sizeBy, "size setting", notices),
		colourBy: oneOf(get("colour"), COLOURS, DEFAULT_STATE.colourBy, "colour setting", notices),
		filters: {
			...DEFAULT_FILTERS,
			hiddenActorKinds: splitList(get("hk")),
			hiddenRelationKinds: splitList(get("hr")),
			hiddenStatuses: statusList(get("hs"), notices),
			sources: splitList(get("src")),
			timeFrom: dateParam(get("tf"), "start date", notices),
			timeTo: dateParam(get("tt"), "end date", notices),
			includeUndated: get("undated") !== "0",
			mode: get("fade") === "1" ? "fade" : "hide"
		}
	};
	const lang = get("lang");
	if (lang !== null) {
		const chosen = oneOf(lang, UI_LANGUAGES, "", "language", notices);
		if (chosen !== "") state.lang = chosen;
	}
	const selection = get("sel");
	if (selection !== null) {
		const match = /^([ar]):(.+)$/.exec(selection);
		if (match?.[2]) state.selection = {
			type: match[1] === "a" ? "actor" : "relation",
			id: match[2]
		};
		else notices.push(`Ignored selection "${selection}" in the link.`);
	}
	const focus = get("focus");
	if (focus) {
		const depth = positiveInt(get("depth")) ?? 1;
		state.focus = {
			actor: focus,
			depth: Math.min(3, Math.max(1, depth))
		};
	}
	const from = get("from");
	const to = get("to");
	if (from && to) state.path = {
		from,
		to,
		factsOnly: get("pf") === "1",
		ignoreDirection: get("pd") === "1"
	};
	const story = get("story");
	if (story) {
		state.story = {
			id: story,
			step: Math.max(0, (positiveInt(get("step")) ?? 1) - 1)
		};
		if (get("hu") === "1") state.story.hideUnconfirmed = true;
	}
	if (get("embed") === "1") state.embed = true;
	const camera = get("cam");
	if (camera !== null) {
		const parsed = parseCamera(camera);
		if (parsed) state.camera = parsed;
		else notices.push(`Ignored camera "${camera}" in the link.`);
	}
	return {
		state,
		notices
	};
}
/** "zoom,x,y": zoom to 3 decimals, the centre to whole model units (links stay short). */
function roundCamera(camera) {
	return {
		zoom: Math.round(camera.zoom * 1e3) / 1e3,
		x: Math.round(camera.x),
		y: Math.round(camera.y)
	};
}
function cameraText(camera) {
	const { zoom, x, y } = roundCamera(camera);
	return `${zoom},${x},${y}`;
}
function parseCamera(text) {
	const parts = text.split(",").map(Number);
	const [zoom, x, y] = parts;
	if (parts.length !== 3 || zoom === void 0 || x === void 0 || y === void 0) return void 0;
	if (!parts.every(Number.isFinite) || zoom <= 0 || zoom > 100) return void 0;
	return {
		zoom,
		x,
		y
	};
}
// src/state/statusPresentation.ts
var STATUS_PRESENTATION = {
	confirmed: {
		label: "Confirmed",
		symbol: "✔",
		description: "verified by the reporting source or by officials on record",
		colour: "#1b6e3a",
		line: {
			style: "double",
			opacity: 1
		},
		lineName: "double"
	},
	reported: {
		label: "Reported",
		symbol: "●",
		description: "stated by the source as its own finding",
		colour: "#1f4e8c",
		line: {
			style: "solid",
			opacity: 1
		},
		lineName: "solid"
	},
	claimed: {
		label: "Claimed",
		symbol: "◐",
		description: "asserted by a party, not verified",
		colour: "#8a5a00",
		line: {
			style: "dashed",
			opacity: 1
		},
		lineName: "dashed",
		classroomLabel: "Claimed, not verified"
	},
	disputed: {
		label: "Disputed",
		symbol: "⚠",
		description: "contradicted by another claim or source",
		colour: "#a23b00",
		line: {
			style: "dotted",
			opacity: 1
		},
		lineName: "dotted",
		classroomLabel: "Disputed"
	},
	denied: {
		label: "Denied",
		symbol: "✖",
		description: "denied by the party concerned",
		colour: "#7a1f1f",
		line: {
			style: "dotted",
			opacity: .35
		},
		lineName: "faint dotted",
		classroomLabel: "Denied"
	},
	unsourced: {
		label: "Unsourced",
		symbol: "○",
		description: "no claim and no source: not evidence of anything",
		colour: "#5f5f5f",
		line: {
			style: "dotted",
			opacity: .9
		},
		lineName: "thin grey dotted",
		classroomLabel: "Unsourced"
	}
};
/** The unsourced style's own colour and width factor: grey whatever the relation kind. */
var UNSOURCED_LINE = {
	colour: "#8a8a8a",
	widthFactor: .5
};
var statusLabel = (status) => STATUS_PRESENTATION[status].label;
/** The legend line of exported pictures: each line style with the statuses drawn with it. */
function lineStyleNote() {
	const groups = /* @__PURE__ */ new Map();
	for (const [status, { lineName }] of Object.entries(STATUS_PRESENTATION)) groups.set(lineName, [...groups.get(lineName) ?? [], status]);
	return `Lines: ${[...groups].map(([line, statuses]) => `${line} = ${statuses.join("/")}`).join(", ")}.`;
}
// src/state/story/classroomLabel.ts
/**
* The words shown next to a claim in class so nobody takes it as fact. Confirmed and reported
* claims carry no label: they are the source's finding, and a label on everything is read by nobody.
*/
function classroomLabel(status) {
	return STATUS_PRESENTATION[status].classroomLabel;
}
// src/state/story/storyId.ts
/** Room kept for a "-123" suffix when the id must be made unique. */
var SLUG_MAX = LIMITS.id - 8;
/** "Who pays whom?" → "who-pays-whom"; a title with no Latin letters or digits gives `fallback`. */
function storyIdFrom(title, fallback) {
	return slugify(title, SLUG_MAX) || fallback;
}
/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
var uniqueId = (base, taken) => uniqueId$1(base, (id) => taken.has(id));
// src/state/story/authoring.ts
var UNTITLED_STORY = "Untitled story";
/** A new empty story; its id comes from the title and differs from every id in `existingIds`. */
function createStory(title, existingIds) {
	const cleanTitle = title.trim() === "" ? UNTITLED_STORY : title.trim();
	return {
		id: uniqueId(storyIdFrom(cleanTitle, "story"), new Set(existingIds)),
		title: cleanTitle,
		steps: []
	};
}
/** The id stays: links and saved playback refer to it. */
function renameStory(story, title) {
	const cleanTitle = title.trim() === "" ? UNTITLED_STORY : title.trim();
	return cleanTitle === story.title ? story : {
		...story,
		title: cleanTitle
	};
}
/** Appends a step captured from the current view, titled "Step N" unless a title is given. */
function addStep(story, captured) {
	const number = story.steps.length + 1;
	const taken = new Set(story.steps.map((step) => step.id));
	let n = number;
	while (taken.has(`step-${n}`)) n += 1;
	const step = {
		...captured,
		id: `step-${n}`,
		title: captured.title ?? `Step ${number}`,
		text: captured.text ?? "",
		focus: {
			actors: [...captured.focus.actors],
			relations: [...captured.focus.relations]
		}
	};
	return {
		...story,
		steps: [...story.steps, step]
	};
}
function updateStep(story, stepId, patch) {
	const index = story.steps.findIndex((step) => step.id === stepId);
	const step = story.steps[index];
	if (step === void 0) return story;
	if (!Object.keys(patch).some((key) => patch[key] !== step[key])) return story;
	const steps = story.steps.slice();
	steps[index] = {
		...step,
		...patch,
		id: step.id
	};
	return {
		...story,
		steps
	};
}
/** Moves a step by `delta` places (negative: earlier), stopping at the first or last place. */
function moveStep(story, stepId, delta) {
	const from = story.steps.findIndex((step) => step.id === stepId);
	const step = story.steps[from];
	if (step === void 0 || !Number.isFinite(delta)) return story;
	const to = Math.min(story.steps.length - 1, Math.max(0, from + Math.trunc(delta)));
	if (to === from) return story;
	const steps = story.steps.filter((other) => other !== step);
	steps.splice(to, 0, step);
	return {
		...story,
		steps
	};
}
function removeStep(story, stepId) {
	const steps = story.steps.filter((step) => step.id !== stepId);
	return steps.length === story.steps.length ? story : {
		...story,
		steps
	};
}
// src/state/story/draftConversion.ts
/** Trimmed and cut to `max`, or `fallback` when empty: dataset texts must not be blank. */
function fitText(text, max, fallback) {
	const trimmed = (text ?? "").trim().slice(0, max).trim();
	return trimmed === "" ? fallback : trimmed;
}
var unique$1 = (items) => [...new Set(items)];
function draftStepToStoryStep(step, index) {
	const title = fitText(step.title, LIMITS.title, `Step ${index + 1}`);
	const out = {
		id: step.id,
		title,
		text: fitText(step.text, LIMITS.text, title),
		focus: {
			actors: unique$1(step.focus.actors),
			relations: unique$1(step.focus.relations)
		}
	};
	if (step.hideStatuses !== void 0) out.hideStatuses = STATUS_ORDER.filter((status) => step.hideStatuses?.includes(status));
	const time = stepTime(step.time);
	if (time) out.time = time;
	return out;
}
/** A step's period as the dataset stores it: only real partial dates, in order; none when empty. */
function stepTime(time) {
	const from = time?.from !== void 0 && isPartialDate(time.from) ? time.from : void 0;
	const to = time?.to !== void 0 && isPartialDate(time.to) ? time.to : void 0;
	if (from === void 0 && to === void 0) return void 0;
	if (from !== void 0 && to !== void 0 && !isOrdered(from, to)) return {
		from: to,
		to: from
	};
	return {
		...from !== void 0 ? { from } : {},
		...to !== void 0 ? { to } : {}
	};
}
/**
* The dataset-format story of a draft, with blank texts filled in, texts cut to the schema's
* limits and duplicate focus ids removed. Camera and filters are dropped (see above). A draft
* without steps gives a story without steps, which `validate` rejects: `withStories` skips it.
*/
function draftToStory(draft) {
	const story = {
		id: draft.id,
		title: fitText(draft.title, LIMITS.title, "Untitled story"),
		steps: draft.steps.map(draftStepToStoryStep)
	};
	const audience = (draft.audience ?? "").trim().slice(0, LIMITS.name).trim();
	if (audience !== "") story.audience = audience;
	return story;
}
/** A dataset story opened for editing; it has no camera or filters to restore. */
function storyToDraft(story) {
	const draft = {
		id: story.id,
		title: story.title,
		steps: story.steps.map((step) => {
			const out = {
				id: step.id,
				title: step.title,
				text: step.text,
				focus: {
					actors: [...step.focus.actors],
					relations: [...step.focus.relations]
				}
			};
			if (step.hideStatuses !== void 0) out.hideStatuses = [...step.hideStatuses];
			if (step.time !== void 0) out.time = { ...step.time };
			return out;
		})
	};
	if (story.audience !== void 0) draft.audience = story.audience;
	return draft;
}
// src/state/story/withStories.ts
var StorySchema = DatasetSchema.shape.stories.unwrap().element;
/** Focus on actors or relations removed from the dataset since the step was captured is dropped. */
function withKnownFocus(story, actors, relations) {
	return {
		...story,
		steps: story.steps.map((step) => ({
			...step,
			focus: {
				actors: step.focus.actors.filter((id) => actors.has(id)),
				relations: step.focus.relations.filter((id) => relations.has(id))
			}
		}))
	};
}
var hasUniqueStepIds = (story) => new Set(story.steps.map((step) => step.id)).size === story.steps.length;
/**
* `dataset` with the drafts as stories: a draft replaces the dataset story of the same id (in its
* place) and is appended otherwise; of two drafts with one id the later wins. Drafts that cannot
* make a valid story (no steps, an id outside [a-z0-9-], repeated step ids) are left out, so the
* result passes `validate` whenever `dataset` did. `dataset` itself is not changed.
*/
function withStories(dataset, drafts) {
	const actors = new Set(dataset.actors.map((actor) => actor.id));
	const relations = new Set(dataset.relations.map((relation) => relation.id));
	const stories = dataset.stories.slice();
	for (const draft of drafts) {
		const story = withKnownFocus(draftToStory(draft), actors, relations);
		if (!hasUniqueStepIds(story) || !StorySchema.safeParse(story).success) continue;
		const index = stories.findIndex((existing) => existing.id === story.id);
		if (index === -1) stories.push(story);
		else stories[index] = story;
	}
	return {
		...dataset,
		stories
	};
}
// src/state/story/savedStoriesSchema.ts
var SAVED_STORIES_FORMAT = "tangle-stories";
var SAVED_LIMITS = {
	/** Far beyond what a browser's storage holds for one key; stops parsing pasted junk. */
	textChars: 5e6,
	stories: 100,
	steps: 200,
	focusIds: 1e3,
	/** JSON characters of one step's captured filter state. */
	filterChars: 2e4
};
var id = string().min(1, "must not be empty").max(LIMITS.id).regex(ID_PATTERN, "must use only a-z, 0-9 and '-'");
var reference = string().min(1, "must not be empty").max(LIMITS.id);
var coordinate = number().finite();
var SavedCameraSchema = strictObject({
	zoom: number().finite().positive(),
	pan: strictObject({
		x: coordinate,
		y: coordinate
	})
});
var filters = unknown().refine((value) => value === void 0 || JSON.stringify(value).length <= SAVED_LIMITS.filterChars, { message: `filter state longer than ${SAVED_LIMITS.filterChars} characters` });
var SavedStepSchema = strictObject({
	id,
	title: string().max(LIMITS.title),
	text: string().max(LIMITS.text),
	focus: strictObject({
		actors: array(reference).max(SAVED_LIMITS.focusIds),
		relations: array(reference).max(SAVED_LIMITS.focusIds)
	}),
	hideStatuses: array(_enum(claimStatuses)).max(claimStatuses.length).optional(),
	time: strictObject({
		from: string().max(10).optional(),
		to: string().max(10).optional()
	}).optional(),
	camera: SavedCameraSchema.optional(),
	filters: filters.optional()
});
/** A story without its steps, which are checked one by one so one bad step does not lose the rest. */
var SavedStoryHeadSchema = strictObject({
	id,
	title: string().max(LIMITS.title),
	audience: string().max(LIMITS.name).optional(),
	steps: array(unknown())
});
// src/state/story/savedStories.ts
var ENVELOPE_KEYS = /* @__PURE__ */ new Set([
	"format",
	"version",
	"datasetId",
	"savedAt",
	"stories"
]);
/** Step reasons listed per story before the rest are only counted. */
var STEP_REASONS_SHOWN = 5;
/** `savedAt` is passed in rather than read from the clock, so that encoding stays pure. */
function encodeSavedStories(datasetId, drafts, savedAt) {
	return JSON.stringify({
		format: SAVED_STORIES_FORMAT,
		version: 1,
		datasetId,
		...savedAt === void 0 ? {} : { savedAt },
		stories: drafts
	});
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** Untrusted text shown in a reason: quoted, one line, short. */
function quote(value) {
	const text = typeof value === "string" ? value : String(JSON.stringify(value));
	return `"${(text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, " ")}"`;
}
function describe(error) {
	const [first] = error.issues;
	if (first === void 0) return "invalid";
	const what = first.code === "unrecognized_keys" ? `unknown field ${first.keys.map(quote).join(", ")}` : first.message;
	const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : "";
	return `${first.path.length > 0 ? `${formatPath(first.path)}: ` : ""}${what}${more}`;
}
var nothing = (reason) => ({
	stories: [],
	dropped: [reason]
});
function restoreSteps(rawSteps, label, dropped) {
	const steps = [];
	const ids = /* @__PURE__ */ new Set();
	const reasons = [];
	rawSteps.slice(0, SAVED_LIMITS.steps).forEach((raw, index) => {
		const parsed = SavedStepSchema.safeParse(raw);
		if (!parsed.success) reasons.push(`${label}: step ${index + 1} dropped (${describe(parsed.error)}).`);
		else if (ids.has(parsed.data.id)) reasons.push(`${label}: step ${index + 1} dropped (repeats id ${quote(parsed.data.id)}).`);
		else {
			ids.add(parsed.data.id);
			steps.push(parsed.data);
		}
	});
	if (rawSteps.length > SAVED_LIMITS.steps) reasons.push(`${label}: ${rawSteps.length - SAVED_LIMITS.steps} steps beyond the limit of ${SAVED_LIMITS.steps} dropped.`);
	dropped.push(...reasons.slice(0, STEP_REASONS_SHOWN));
	if (reasons.length > STEP_REASONS_SHOWN) dropped.push(`${label}: ${reasons.length - STEP_REASONS_SHOWN} more problems.`);
	return steps;
}
function restoreStory(raw, index, ids, dropped) {
	const title = isRecord(raw) && typeof raw.title === "string" ? ` ${quote(raw.title)}` : "";
	const label = `Story ${index + 1}${title}`;
	const head = SavedStoryHeadSchema.safeParse(raw);
	if (!head.success) {
		dropped.push(`${label} dropped (${describe(head.error)}).`);
		return;
	}
	if (ids.has(head.data.id)) {
		dropped.push(`${label} dropped (repeats id ${quote(head.data.id)}).`);
		return;
	}
	ids.add(head.data.id);
	const story = {
		id: head.data.id,
		title: head.data.title,
		steps: restoreSteps(head.data.steps, label, dropped)
	};
	if (head.data.audience !== void 0) story.audience = head.data.audience;
	return story;
}
/**
* The drafts saved for `datasetId` in `text` (what `encodeSavedStories` wrote, or anything else a
* browser's storage may hold). `null`, as storage returns for a missing key, is no stories and no
* complaint. Anything else that is not a sound save for this dataset gives no stories and a reason.
*/
function restoreSavedStories(text, datasetId) {
	if (text === null) return {
		stories: [],
		dropped: []
	};
	if (text.length > SAVED_LIMITS.textChars) return nothing(`The saved stories are too large to read (${text.length} characters).`);
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		return nothing("The saved stories are damaged (not valid JSON) and could not be read.");
	}
	if (!isRecord(json) || json.format !== "tangle-stories") return nothing("The saved data is not a Tangle stories save.");
	if (json.version !== 1) {
		const version = json.version;
		return nothing(typeof version === "number" && version > 1 ? `The saved stories were written by a newer version of Tangle (format ${version}) and cannot be read.` : `The saved stories have an unknown format version ${quote(version)}.`);
	}
	if (json.datasetId !== datasetId) return nothing(`The saved stories belong to dataset ${quote(json.datasetId)}, not ${quote(datasetId)}.`);
	if (!Array.isArray(json.stories)) return nothing("The saved stories are damaged (no list of stories).");
	const dropped = [];
	const unknown = Object.keys(json).filter((key) => !ENVELOPE_KEYS.has(key));
	if (unknown.length > 0) dropped.push(`Ignored unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map(quote).join(", ")}.`);
	const ids = /* @__PURE__ */ new Set();
	const stories = json.stories.slice(0, SAVED_LIMITS.stories).flatMap((raw, index) => restoreStory(raw, index, ids, dropped) ?? []);
	if (json.stories.length > SAVED_LIMITS.stories) dropped.push(`${json.stories.length - SAVED_LIMITS.stories} stories beyond the limit of ${SAVED_LIMITS.stories} dropped.`);
	const result = {
		stories,
		dropped
	};
	if (typeof json.savedAt === "string" && json.savedAt.length <= 40) result.savedAt = json.savedAt;
	else if (json.savedAt !== void 0) dropped.push("Ignored an unreadable save time.");
	return result;
}
// src/analysis/search/cyrillicToLatin.ts
var CYRILLIC_LETTERS = {
	а: "a",
	б: "b",
	в: "v",
	г: "g",
	ґ: "g",
	д: "d",
	е: "e",
	ё: "e",
	є: "ye",
	ж: "zh",
	з: "z",
	и: "i",
	і: "i",
	ї: "yi",
	й: "y",
	к: "k",
	л: "l",
	м: "m",
	н: "n",
	о: "o",
	п: "p",
	р: "r",
	с: "s",
	т: "t",
	у: "u",
	ф: "f",
	х: "kh",
	ц: "ts",
	ч: "ch",
	ш: "sh",
	щ: "shch",
	ъ: "",
	ы: "y",
	ь: "",
	э: "e",
	ю: "yu",
	я: "ya"
};
var CYRILLIC_WORD = /^[\u0400-\u04FF]+$/;
/** True when `word` (normalised: lower case, no marks) is written in Cyrillic letters only. */
function isCyrillicWord(word) {
	return CYRILLIC_WORD.test(word);
}
/**
* The Latin reading of a normalised Cyrillic word; letters outside the table are dropped, so the
* result is plain a–z. Other words come back unchanged.
*/
function cyrillicToLatin(word) {
	if (!isCyrillicWord(word)) return word;
	let latin = "";
	for (const char of word) latin += CYRILLIC_LETTERS[char] ?? "";
	return latin;
}
// src/analysis/search/latinPhoneticKey.ts
/**
* Rewrites applied in this order, each to the whole word, left to right. The order matters:
* "x" is freed first because it then stands for the "sh" sound; "sch"/"sh"/"ch" are folded before
* the lone "c" and "h" are touched; vowels are folded after the consonant digraphs that contain them.
*/
var REWRITES = [
	[/x/g, "ks"],
	[/sch|sh|ch/g, "x"],
	[/kh/g, "k"],
	[/gh/g, "g"],
	[/ph/g, "f"],
	[/th/g, "t"],
	[/dh/g, "d"],
	[/dj|zh/g, "j"],
	[/ck|q|c/g, "k"],
	[/o/g, "u"],
	[/e|y/g, "i"],
	[/([aiu])h$/, "$1"],
	[/(.)\1+/g, "$1"]
];
var LATIN_WORD = /^[a-z]+$/;
/**
* The phonetic key of one normalised word (see normalizeForSearch). Cyrillic words are romanised
* first (cyrillicToLatin), so "Махлуф" and "Makhlouf" share a key; words that are not plain a–z
* after that (other scripts, digits) come back unchanged. Deterministic and total: never throws.
*
* Examples: makhlouf → makluf, makhluf → makluf, hassan → hasan, khaled → kalid, tartous → tartus.
*/
function latinPhoneticKey(word) {
	const latin = cyrillicToLatin(word);
	if (!LATIN_WORD.test(latin)) return word;
	let key = latin;
	for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
	return key;
}
// src/analysis/search/consonantSkeleton.ts
/** Arabic letter → skeleton letter; "" for letters that romanisations write as vowels or not at all. */
var ARABIC_CONSONANTS = {
	"ا": "",
	"ء": "",
	"و": "",
	"ي": "",
	"ع": "",
	"ب": "b",
	"ت": "t",
	"ث": "t",
	"ج": "j",
	"ح": "h",
	"خ": "k",
	"د": "d",
	"ذ": "d",
	"ر": "r",
	"ز": "z",
	"س": "s",
	"ش": "x",
	"ص": "s",
	"ض": "d",
	"ط": "t",
	"ظ": "z",
	"غ": "g",
	"ف": "f",
	"ق": "k",
	"ك": "k",
	"ل": "l",
	"م": "m",
	"ن": "n",
	"ه": "h",
	"پ": "p",
	"چ": "x",
	"ژ": "j",
	"گ": "g",
	"ڤ": "v"
};
var LATIN_VOWELS = /[aiuw]/g;
var DOUBLES = /(.)\1+/g;
function arabicSkeleton(word) {
	let skeleton = "";
	for (const char of word) {
		const consonant = ARABIC_CONSONANTS[char];
		if (consonant === void 0) return "";
		skeleton += consonant;
	}
	return skeleton.replace(/h$/, "");
}
/**
* The consonant skeleton of one normalised word (Latin a–z, Cyrillic or Arabic letters; see
* normalizeForSearch; Cyrillic is romanised first). Doubled consonants collapse. Returns "" for words in other scripts, mixed
* words and words with digits. Examples: makhlouf → mklf, مخلوف → mklf, tartous → trts, طرطوس → trts.
*/
function consonantSkeleton(word) {
	const latin = cyrillicToLatin(word);
	return (/^[a-z]+$/.test(latin) ? latinPhoneticKey(latin).replace(LATIN_VOWELS, "") : arabicSkeleton(word)).replace(DOUBLES, "$1");
}
// src/analysis/search/nameParticles.ts
/**
* Standalone tokens (after normalizeForSearch) that do not have to be typed for a name to match.
* Kept short on purpose: "ben" and "as" are also ordinary words and names, so they are not here.
*/
var NAME_PARTICLES = /* @__PURE__ */ new Set([
	"al",
	"el",
	"ul",
	"il",
	"bin",
	"ibn",
	"bint",
	"abu",
	"abou",
	"ابو",
	"بن",
	"ابن",
	"بنت"
]);
var ARABIC_ARTICLE = "ال";
var ATTACHED_ASSIMILATED_ARTICLE = /(^|\s)[ae](?:[dnrstz]|sh|th|dh)[-\u2010-\u2014](?=\p{L})/giu;
function isNameParticle(token) {
	return NAME_PARTICLES.has(token);
}
/** Removes hyphen-joined sun-letter articles from raw text, before normalisation. */
function stripAttachedArticles(text) {
	return text.replace(ATTACHED_ASSIMILATED_ARTICLE, "$1");
}
/** Removes the joined Arabic article ال when at least two letters remain ("الاسد" → "اسد"). */
function stripArabicArticle(token) {
	return token.startsWith(ARABIC_ARTICLE) && token.length >= 4 ? token.slice(2) : token;
}
// src/analysis/search/normalizeForSearch.ts
/** Letters that Unicode decomposition leaves alone but that people type interchangeably. */
var LETTER_FOLDS = {
	ß: "ss",
	æ: "ae",
	œ: "oe",
	ø: "o",
	đ: "d",
	ð: "d",
	ł: "l",
	ı: "i",
	þ: "th",
	"ٱ": "ا",
	"ى": "ي",
	"ة": "ه",
	"ی": "ي",
	"ک": "ك"
};
/** Arabic-Indic and Persian digits become ASCII digits so "١٩٧٠" finds "1970". */
function foldDigit(char) {
	const code = char.charCodeAt(0);
	if (code >= 1632 && code <= 1641) return String(code - 1632);
	if (code >= 1776 && code <= 1785) return String(code - 1776);
	return char;
}
var MARKS_AND_STRETCHERS = /[\p{M}\u0640]/gu;
var INNER_APOSTROPHES = /['’‘`´ʻʼʾʿ]/gu;
var INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
var FOLDABLE = /[ßæœøđðłıþ\u0671\u0649\u0629\u06CC\u06A9]/gu;
var ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
var SEPARATORS = /[^\p{L}\p{N}]+/gu;
/**
* Folds `text` for comparison: NFKD, combining marks and tatweel removed, lower case, Arabic
* letter variants unified (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), apostrophes removed, every
* other non-letter folded to a single space, trimmed. Never throws; the empty string folds to "".
*/
function normalizeForSearch(text) {
	return text.replace(INNER_APOSTROPHES, "").normalize("NFKD").replace(MARKS_AND_STRETCHERS, "").replace(INVISIBLES, "").toLowerCase().replace(FOLDABLE, (char) => LETTER_FOLDS[char] ?? char).replace(ARABIC_DIGITS, foldDigit).replace(SEPARATORS, " ").trim();
}
// src/analysis/search/nameKeys.ts
function unique(words) {
	return [...new Set(words)];
}
/**
* Skeletons of each two neighbouring content words run together: Arabic writes "نصر الله" as two
* words where Latin spellings write one ("Nasrallah"), and the reverse happens too ("Abdul Rahman"
* / "عبدالرحمن"), so both the split and the joined forms are indexed.
*/
function joinedSkeletons(content) {
	const joined = [];
	for (let index = 1; index < content.length; index += 1) {
		const pair = consonantSkeleton(content[index - 1] ?? "") + consonantSkeleton(content[index] ?? "");
		if (pair !== "") joined.push(pair.replace(/(.)\1+/g, "$1"));
	}
	return joined;
}
function splitWords(normalized) {
	return normalized === "" ? [] : normalized.split(" ");
}
function nameKeys(text) {
	const normalized = normalizeForSearch(text);
	const words = splitWords(normalized);
	const withoutArticles = stripAttachedArticles(text);
	const withoutParticles = splitWords(withoutArticles === text ? normalized : normalizeForSearch(withoutArticles)).filter((word) => !isNameParticle(word)).map(stripArabicArticle);
	const content = withoutParticles.length > 0 ? withoutParticles : words;
	return {
		normalized,
		contentKey: content.join(" "),
		surface: unique([...words, ...content]),
		content,
		phonetic: unique(content.map(latinPhoneticKey)),
		skeleton: unique([...content.map(consonantSkeleton), ...joinedSkeletons(content)].filter((skeleton) => skeleton !== ""))
	};
}
// src/analysis/search/searchFields.ts
var SEARCH_FIELDS = [
	"name",
	"alias",
	"tags",
	"summary"
];
function fieldCode(field) {
	return SEARCH_FIELDS.indexOf(field);
}
/** Name and alias matches outrank summary and tag matches of the same rank. */
function isNameLike(code) {
	return code <= 1;
}
// node_modules/minisearch/dist/es/SearchableMap.js
/** @ignore */
var ENTRIES = "ENTRIES";
/** @ignore */
var KEYS = "KEYS";
/** @ignore */
var VALUES = "VALUES";
/** @ignore */
var LEAF = "";
/**
* @private
*/
var TreeIterator = class {
	constructor(set, type) {
		const node = set._tree;
		const keys = Array.from(node.keys());
		this.set = set;
		this._type = type;
		this._path = keys.length > 0 ? [{
			node,
			keys
		}] : [];
	}
	next() {
		const value = this.dive();
		this.backtrack();
		return value;
	}
	dive() {
		if (this._path.length === 0) return {
			done: true,
			value: void 0
		};
		const { node, keys } = last$1(this._path);
		if (last$1(keys) === LEAF) return {
			done: false,
			value: this.result()
		};
		const child = node.get(last$1(keys));
		this._path.push({
			node: child,
			keys: Array.from(child.keys())
		});
		return this.dive();
	}
	backtrack() {
		if (this._path.length === 0) return;
		const keys = last$1(this._path).keys;
		keys.pop();
		if (keys.length > 0) return;
		this._path.pop();
		this.backtrack();
	}
	key() {
		return this.set._prefix + this._path.map(({ keys }) => last$1(keys)).filter((key) => key !== LEAF).join("");
	}
	value() {
		return last$1(this._path).node.get(LEAF);
	}
	result() {
		switch (this._type) {
			case VALUES: return this.value();
			case KEYS: return this.key();
			default: return [this.key(), this.value()];
		}
	}
	[Symbol.iterator]() {
		return this;
	}
};
var last$1 = (array) => {
	return array[array.length - 1];
};
/**
* @ignore
*/
var fuzzySearch = (node, query, maxDistance) => {
	const results = /* @__PURE__ */ new Map();
	if (query === void 0) return results;
	const n = query.length + 1;
	const m = n + maxDistance;
	const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
	for (let j = 0; j < n; ++j) matrix[j] = j;
	for (let i = 1; i < m; ++i) matrix[i * n] = i;
	recurse(node, query, maxDistance, results, matrix, 1, n, "");
	return results;
};
var recurse = (node, query, maxDistance, results, matrix, m, n, prefix) => {
	const offset = m * n;
	key: for (const key of node.keys()) if (key === LEAF) {
		const distance = matrix[offset - 1];
		if (distance <= maxDistance) results.set(prefix, [node.get(key), distance]);
	} else {
		let i = m;
		for (let pos = 0; pos < key.length; ++pos, ++i) {
			const char = key[pos];
			const thisRowOffset = n * i;
			const prevRowOffset = thisRowOffset - n;
			let minDistance = matrix[thisRowOffset];
			const jmin = Math.max(0, i - maxDistance - 1);
			const jmax = Math.min(n - 1, i + maxDistance);
			for (let j = jmin; j < jmax; ++j) {
				const different = char !== query[j];
				const rpl = matrix[prevRowOffset + j] + +different;
				const del = matrix[prevRowOffset + j + 1] + 1;
				const ins = matrix[thisRowOffset + j] + 1;
				const dist = matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins);
				if (dist < minDistance) minDistance = dist;
			}
			if (minDistance > maxDistance) continue key;
		}
		recurse(node.get(key), query, maxDistance, results, matrix, i, n, prefix + key);
	}
};
/**
* A class implementing the same interface as a standard JavaScript
* [`Map`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map)
* with string keys, but adding support for efficiently searching entries with
* prefix or fuzzy search. This class is used internally by {@link MiniSearch}
* as the inverted index data structure. The implementation is a radix tree
* (compressed prefix tree).
*
* Since this class can be of general utility beyond _MiniSearch_, it is
* exported by the `minisearch` package and can be imported (or required) as
* `minisearch/SearchableMap`.
*
* @typeParam T  The type of the values stored in the map.
*/
var SearchableMap = class SearchableMap {
	/**
	* The constructor is normally called without arguments, creating an empty
	* map. In order to create a {@link SearchableMap} from an iterable or from an
	* object, check {@link SearchableMap.from} and {@link
	* SearchableMap.fromObject}.
	*
	* The constructor arguments are for internal use, when creating derived
	* mutable views of a map at a prefix.
	*/
	constructor(tree = /* @__PURE__ */ new Map(), prefix = "") {
		this._size = void 0;
		this._tree = tree;
		this._prefix = prefix;
	}
	/**
	* Creates and returns a mutable view of this {@link SearchableMap},
	* containing only entries that share the given prefix.
	*
	* ### Usage:
	*
	* ```javascript
	* let map = new SearchableMap()
	* map.set("unicorn", 1)
	* map.set("universe", 2)
	* map.set("university", 3)
	* map.set("unique", 4)
	* map.set("hello", 5)
	*
	* let uni = map.atPrefix("uni")
	* uni.get("unique") // => 4
	* uni.get("unicorn") // => 1
	* uni.get("hello") // => undefined
	*
	* let univer = map.atPrefix("univer")
	* univer.get("unique") // => undefined
	* univer.get("universe") // => 2
	* univer.get("university") // => 3
	* ```
	*
	* @param prefix  The prefix
	* @return A {@link SearchableMap} representing a mutable view of the original
	* Map at the given prefix
	*/
	atPrefix(prefix) {
		if (!prefix.startsWith(this._prefix)) throw new Error("Mismatched prefix");
		const [node, path] = trackDown(this._tree, prefix.slice(this._prefix.length));
		if (node === void 0) {
			const [parentNode, key] = last(path);
			for (const k of parentNode.keys()) if (k !== LEAF && k.startsWith(key)) {
				const node = /* @__PURE__ */ new Map();
				node.set(k.slice(key.length), parentNode.get(k));
				return new SearchableMap(node, prefix);
			}
		}
		return new SearchableMap(node, prefix);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/clear
	*/
	clear() {
		this._size = void 0;
		this._tree.clear();
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/delete
	* @param key  Key to delete
	*/
	delete(key) {
		this._size = void 0;
		return remove(this._tree, key);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/entries
	* @return An iterator iterating through `[key, value]` entries.
	*/
	entries() {
		return new TreeIterator(this, ENTRIES);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/forEach
	* @param fn  Iteration function
	*/
	forEach(fn) {
		for (const [key, value] of this) fn(key, value, this);
	}
	/**
	* Returns a Map of all the entries that have a key within the given edit
	* distance from the search key. The keys of the returned Map are the matching
	* keys, while the values are two-element arrays where the first element is
	* the value associated to the key, and the second is the edit distance of the
	* key to the search key.
	*
	* ### Usage:
	*
	* ```javascript
	* let map = new SearchableMap()
	* map.set('hello', 'world')
	* map.set('hell', 'yeah')
	* map.set('ciao', 'mondo')
	*
	* // Get all entries that match the key 'hallo' with a maximum edit distance of 2
	* map.fuzzyGet('hallo', 2)
	* // => Map(2) { 'hello' => ['world', 1], 'hell' => ['yeah', 2] }
	*
	* // In the example, the "hello" key has value "world" and edit distance of 1
	* // (change "e" to "a"), the key "hell" has value "yeah" and edit distance of 2
	* // (change "e" to "a", delete "o")
	* ```
	*
	* @param key  The search key
	* @param maxEditDistance  The maximum edit distance (Levenshtein)
	* @return A Map of the matching keys to their value and edit distance
	*/
	fuzzyGet(key, maxEditDistance) {
		return fuzzySearch(this._tree, key, maxEditDistance);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/get
	* @param key  Key to get
	* @return Value associated to the key, or `undefined` if the key is not
	* found.
	*/
	get(key) {
		const node = lookup(this._tree, key);
		return node !== void 0 ? node.get(LEAF) : void 0;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/has
	* @param key  Key
	* @return True if the key is in the map, false otherwise
	*/
	has(key) {
		const node = lookup(this._tree, key);
		return node !== void 0 && node.has(LEAF);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/keys
	* @return An `Iterable` iterating through keys
	*/
	keys() {
		return new TreeIterator(this, KEYS);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/set
	* @param key  Key to set
	* @param value  Value to associate to the key
	* @return The {@link SearchableMap} itself, to allow chaining
	*/
	set(key, value) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		createPath(this._tree, key).set(LEAF, value);
		return this;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/size
	*/
	get size() {
		if (this._size) return this._size;
		/** @ignore */
		this._size = 0;
		const iter = this.entries();
		while (!iter.next().done) this._size += 1;
		return this._size;
	}
	/**
	* Updates the value at the given key using the provided function. The function
	* is called with the current value at the key, and its return value is used as
	* the new value to be set.
	*
	* ### Example:
	*
	* ```javascript
	* // Increment the current value by one
	* searchableMap.update('somekey', (currentValue) => currentValue == null ? 0 : currentValue + 1)
	* ```
	*
	* If the value at the given key is or will be an object, it might not require
	* re-assignment. In that case it is better to use `fetch()`, because it is
	* faster.
	*
	* @param key  The key to update
	* @param fn  The function used to compute the new value from the current one
	* @return The {@link SearchableMap} itself, to allow chaining
	*/
	update(key, fn) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		const node = createPath(this._tree, key);
		node.set(LEAF, fn(node.get(LEAF)));
		return this;
	}
	/**
	* Fetches the value of the given key. If the value does not exist, calls the
	* given function to create a new value, which is inserted at the given key
	* and subsequently returned.
	*
	* ### Example:
	*
	* ```javascript
	* const map = searchableMap.fetch('somekey', () => new Map())
	* map.set('foo', 'bar')
	* ```
	*
	* @param key  The key to update
	* @param initial  A function that creates a new value if the key does not exist
	* @return The existing or new value at the given key
	*/
	fetch(key, initial) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		const node = createPath(this._tree, key);
		let value = node.get(LEAF);
		if (value === void 0) node.set(LEAF, value = initial());
		return value;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/values
	* @return An `Iterable` iterating through values.
	*/
	values() {
		return new TreeIterator(this, VALUES);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/@@iterator
	*/
	[Symbol.iterator]() {
		return this.entries();
	}
	/**
	* Creates a {@link SearchableMap} from an `Iterable` of entries
	*
	* @param entries  Entries to be inserted in the {@link SearchableMap}
	* @return A new {@link SearchableMap} with the given entries
	*/
	static from(entries) {
		const tree = new SearchableMap();
		for (const [key, value] of entries) tree.set(key, value);
		return tree;
	}
	/**
	* Creates a {@link SearchableMap} from the iterable properties of a JavaScript object
	*
	* @param object  Object of entries for the {@link SearchableMap}
	* @return A new {@link SearchableMap} with the given entries
	*/
	static fromObject(object) {
		return SearchableMap.from(Object.entries(object));
	}
};
var trackDown = (tree, key, path = []) => {
	if (key.length === 0 || tree == null) return [tree, path];
	for (const k of tree.keys()) if (k !== LEAF && key.startsWith(k)) {
		path.push([tree, k]);
		return trackDown(tree.get(k), key.slice(k.length), path);
	}
	path.push([tree, key]);
	return trackDown(void 0, "", path);
};
var lookup = (tree, key) => {
	if (key.length === 0 || tree == null) return tree;
	for (const k of tree.keys()) if (k !== LEAF && key.startsWith(k)) return lookup(tree.get(k), key.slice(k.length));
};
var createPath = (node, key) => {
	const keyLength = key.length;
	outer: for (let pos = 0; node && pos < keyLength;) {
		for (const k of node.keys()) if (k !== LEAF && key[pos] === k[0]) {
			const len = Math.min(keyLength - pos, k.length);
			let offset = 1;
			while (offset < len && key[pos + offset] === k[offset]) ++offset;
			const child = node.get(k);
			if (offset === k.length) node = child;
			else {
				const intermediate = /* @__PURE__ */ new Map();
				intermediate.set(k.slice(offset), child);
				node.set(key.slice(pos, pos + offset), intermediate);
				node.delete(k);
				node = intermediate;
			}
			pos += offset;
			continue outer;
		}
		const child = /* @__PURE__ */ new Map();
		node.set(key.slice(pos), child);
		return child;
	}
	return node;
};
var remove = (tree, key) => {
	const [node, path] = trackDown(tree, key);
	if (node === void 0) return;
	node.delete(LEAF);
	if (node.size === 0) cleanup(path);
	else if (node.size === 1) {
		const [key, value] = node.entries().next().value;
		merge(path, key, value);
	}
};
var cleanup = (path) => {
	if (path.length === 0) return;
	const [node, key] = last(path);
	node.delete(key);
	if (node.size === 0) cleanup(path.slice(0, -1));
	else if (node.size === 1) {
		const [key, value] = node.entries().next().value;
		if (key !== LEAF) merge(path.slice(0, -1), key, value);
	}
};
var merge = (path, key, value) => {
	if (path.length === 0) return;
	const [node, nodeKey] = last(path);
	node.set(nodeKey + key, value);
	node.delete(nodeKey);
};
var last = (array) => {
	return array[array.length - 1];
};
// src/analysis/search/termIndex.ts
function collectTerm(collector, term, entryId) {
	const ids = collector.get(term);
	if (ids === void 0) collector.set(term, [entryId]);
	else if (ids[ids.length - 1] !== entryId) ids.push(entryId);
}
/** Terms put in the typo tree between two pauses of buildTermIndexInSteps. */
var TERMS_PER_STEP = 2e3;
/** Builds the index, pausing (yield) between slices of work; see buildSearchIndexInSteps. */
function* buildTermIndexInSteps(collector) {
	const terms = [...collector.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
	yield;
	const postings = terms.map((term) => collector.get(term) ?? []);
	const tree = new SearchableMap();
	for (const [position, term] of terms.entries()) {
		tree.set(term, position);
		if (position % TERMS_PER_STEP === 1999) yield;
	}
	return {
		terms,
		postings,
		tree
	};
}
/** Position of the first term not below `prefix` in code-unit order. */
function lowerBound(terms, prefix) {
	let low = 0;
	let high = terms.length;
	while (low < high) {
		const middle = low + high >> 1;
		if ((terms[middle] ?? "") < prefix) low = middle + 1;
		else high = middle;
	}
	return low;
}
/** Calls `visit` with each term starting with `prefix` and its entry ids. */
function forEachTermWithPrefix(index, prefix, visit) {
	for (let position = lowerBound(index.terms, prefix); position < index.terms.length; position += 1) {
		const term = index.terms[position] ?? "";
		if (!term.startsWith(prefix)) return;
		visit(term, index.postings[position] ?? []);
	}
}
/** Entry ids holding exactly `term`. */
function idsOfTerm(index, term) {
	const position = index.tree.get(term);
	return position === void 0 ? [] : index.postings[position] ?? [];
}
/** Calls `visit` with each term within `edits` edits of `key`, its entry ids and its distance. */
function forEachTermNear(index, key, edits, visit) {
	for (const [term, [position, distance]] of index.tree.fuzzyGet(key, edits)) visit(term, index.postings[position] ?? [], distance);
}
// src/analysis/search/termMatches.ts
function emptyMatches(entryCount) {
	return {
		quality: new Float32Array(entryCount),
		ids: []
	};
}
function keepBest(into, ids, quality) {
	for (const id of ids) {
		const current = into.quality[id];
		if (current === void 0) continue;
		if (current === 0) into.ids.push(id);
		if (quality > current) into.quality[id] = quality;
	}
}
/** Entries holding a term that starts with `key`; quality is the share of the term typed. */
function addPrefixMatches(index, key, weight, into) {
	forEachTermWithPrefix(index, key, (term, ids) => keepBest(into, ids, weight * key.length / term.length));
}
/** Entries holding exactly `key`. */
function addTermMatches(index, key, weight, into) {
	keepBest(into, idsOfTerm(index, key), weight);
}
/** Entries holding a term within `edits` edits of `key`; `found` collects the terms themselves. */
function addFuzzyMatches(index, key, edits, weight, into, found) {
	forEachTermNear(index, key, edits, (term, ids, distance) => {
		keepBest(into, ids, weight * (1 - distance / Math.max(term.length, key.length)));
		found?.add(term);
	});
}
/** Calls `visit` for each entry matched by every query word, with its mean quality. */
function forEachCommonMatch(perWord, visit) {
	const [smallest, ...others] = [...perWord].sort((a, b) => a.ids.length - b.ids.length);
	if (smallest === void 0) return;
	for (const id of smallest.ids) {
		let total = smallest.quality[id] ?? 0;
		for (const other of others) {
			const quality = other.quality[id] ?? 0;
			if (quality === 0) {
				total = 0;
				break;
			}
			total += quality;
		}
		if (total > 0) visit(id, total / perWord.length);
	}
}
// src/analysis/search/fuzzyWordMatches.ts
var MIN_KEY_LENGTH = 2;
var SKELETON_PREFIX_FROM_LENGTH = 3;
var PHONETIC_WEIGHT = .9;
var TYPO_WEIGHT = .8;
var PHONETIC_TYPO_WEIGHT = .7;
var SKELETON_WEIGHT = .6;
/** Typo tolerance: one edit from 4 letters, two from 8, none below 4. */
function allowedEdits(key) {
	if (key.length >= 8) return 2;
	return key.length >= 4 ? 1 : 0;
}
/** Adds to `into` the name/alias/tag entries that `word` matches only loosely. */
function addNameFuzzyMatches(index, word, into) {
	const phonetic = latinPhoneticKey(word);
	if (phonetic.length >= MIN_KEY_LENGTH) addPrefixMatches(index.phonetic, phonetic, PHONETIC_WEIGHT, into);
	const skeleton = consonantSkeleton(word);
	if (skeleton.length >= SKELETON_PREFIX_FROM_LENGTH) addPrefixMatches(index.skeleton, skeleton, SKELETON_WEIGHT, into);
	else if (skeleton.length >= MIN_KEY_LENGTH) addTermMatches(index.skeleton, skeleton, SKELETON_WEIGHT, into);
	const edits = allowedEdits(word);
	if (edits > 0) addFuzzyMatches(index.words, word, edits, TYPO_WEIGHT, into);
	const phoneticEdits = allowedEdits(phonetic);
	if (phoneticEdits > 0) addFuzzyMatches(index.phonetic, phonetic, phoneticEdits, PHONETIC_TYPO_WEIGHT, into);
}
/** Adds to `into` the summaries holding a word within typo distance of `word`; `found` gets those words. */
function addSummaryFuzzyMatches(index, word, into, found) {
	const edits = allowedEdits(word);
	if (edits > 0) addFuzzyMatches(index.summaryWords, word, edits, TYPO_WEIGHT, into, found);
}
// src/analysis/search/rankCandidates.ts
var RANK_VALUE = {
	exact: 2,
	prefix: 1,
	fuzzy: 0
};
var RANK_OF_VALUE = [
	"fuzzy",
	"prefix",
	"exact"
];
var TIER_COUNT = 6;
function tierOf(rank, field) {
	return RANK_VALUE[rank] * 2 + (isNameLike(field) ? 1 : 0);
}
function emptyCandidates(actorCount) {
	return {
		tier: new Int8Array(actorCount).fill(-1),
		relevance: new Float64Array(actorCount),
		entryId: new Int32Array(actorCount),
		field: new Uint8Array(actorCount),
		matchedActors: [],
		actorsPerTier: new Array(TIER_COUNT).fill(0)
	};
}
/**
* Records that entry `entryId` (of actor `actor`, field code `field`) matched at `tier`, keeping
* it only if it beats the actor's current best: higher tier, else preferred field, else relevance.
*/
function offerCandidate(candidates, entryId, actor, field, tier, relevance) {
	const currentTier = candidates.tier[actor];
	if (currentTier === void 0) return;
	if (currentTier === -1) candidates.matchedActors.push(actor);
	else {
		const currentField = candidates.field[actor] ?? 0;
		if (!(tier !== currentTier ? tier > currentTier : field !== currentField ? field < currentField : relevance > (candidates.relevance[actor] ?? 0))) return;
		candidates.actorsPerTier[currentTier] = (candidates.actorsPerTier[currentTier] ?? 0) - 1;
	}
	candidates.actorsPerTier[tier] = (candidates.actorsPerTier[tier] ?? 0) + 1;
	candidates.tier[actor] = tier;
	candidates.relevance[actor] = relevance;
	candidates.entryId[actor] = entryId;
	candidates.field[actor] = field;
}
/** How many actors already have a match of at least `tier`. */
function countFromTier(candidates, tier) {
	return candidates.actorsPerTier.slice(Math.max(0, tier)).reduce((sum, count) => sum + count, 0);
}
/** The `limit` best actors, best first; ties go to the actor listed first in the dataset. */
function rankCandidates(candidates, limit) {
	const { tier, relevance, matchedActors } = candidates;
	const compare = (a, b) => (tier[b] ?? 0) - (tier[a] ?? 0) || (relevance[b] ?? 0) - (relevance[a] ?? 0) || a - b;
	let top;
	if (limit >= matchedActors.length) top = [...matchedActors].sort(compare);
	else {
		top = [];
		for (const actor of matchedActors) {
			const last = top[top.length - 1];
			if (top.length >= limit && (last === void 0 || compare(actor, last) >= 0)) continue;
			let low = 0;
			let high = top.length;
			while (low < high) {
				const middle = low + high >> 1;
				if (compare(top[middle] ?? 0, actor) <= 0) low = middle + 1;
				else high = middle;
			}
			top.splice(low, 0, actor);
			if (top.length > limit) top.pop();
		}
	}
	return top.map((actorIndex) => {
		const actorTier = tier[actorIndex] ?? 0;
		return {
			actorIndex,
			entryId: candidates.entryId[actorIndex] ?? 0,
			rank: RANK_OF_VALUE[actorTier >> 1] ?? "fuzzy",
			tier: actorTier,
			relevance: relevance[actorIndex] ?? 0
		};
	});
}
// src/analysis/search/summarySnippet.ts
var CONTEXT_CHARS = 40;
var WORD = /[^\s]+/gu;
function clip(text, start, end) {
	const from = Math.max(0, start - CONTEXT_CHARS);
	const to = Math.min(text.length, end + CONTEXT_CHARS);
	const head = from > 0 ? "…" : "";
	const tail = to < text.length ? "…" : "";
	return `${head}${text.slice(from, to).trim()}${tail}`;
}
/**
* The part of `summary` around the first word for which `isMatchedWord` holds of one of its
* normalised words (as indexed). Falls back to the start of the summary when none does.
*/
function summarySnippet(summary, isMatchedWord) {
	for (const word of summary.matchAll(WORD)) if (normalizeForSearch(word[0]).split(" ").some(isMatchedWord)) return clip(summary, word.index, word.index + word[0].length);
	return clip(summary, 0, 0);
}
var MAX_QUERY_CHARS = 400;
var MAX_QUERY_WORDS = 8;
var MAX_WORD_CHARS = 64;
var TYPED_SHARE = .8;
var COVERED_SHARE = .19;
var SUMMARY_FIELD = SEARCH_FIELDS.indexOf("summary");
var PREFIX_SUMMARY_TIER = 2;
var FUZZY_NAME_TIER = 1;
var FUZZY_SUMMARY_TIER = 0;
function prefixMatchesPerWord(index, terms, words) {
	return words.map((word) => {
		const matches = emptyMatches(index.entryTexts.length);
		addPrefixMatches(terms, word, 1, matches);
		return matches;
	});
}
/** Offers every entry that all words matched, as `rank`. */
function offerCommon(index, best, perWord, rank) {
	const { entryActors, entryFields, entryWordCounts } = index;
	forEachCommonMatch(perWord, (entryId, quality) => {
		const field = entryFields[entryId] ?? SUMMARY_FIELD;
		const words = entryWordCounts[entryId] ?? 1;
		const covered = field === SUMMARY_FIELD ? 0 : Math.min(1, perWord.length / Math.max(1, words));
		const relevance = TYPED_SHARE * quality + COVERED_SHARE * covered;
		offerCandidate(best, entryId, entryActors[entryId] ?? 0, field, tierOf(rank, field), relevance);
	});
}
function offerExact(index, best, keys) {
	for (const key of new Set(keys)) for (const entryId of index.exact.get(key) ?? []) {
		const field = index.entryFields[entryId] ?? SUMMARY_FIELD;
		offerCandidate(best, entryId, index.entryActors[entryId] ?? 0, field, tierOf("exact", field), .99);
	}
}
function toHit(index, candidate, isMatchedWord) {
	const actor = index.actors[candidate.actorIndex];
	const field = SEARCH_FIELDS[index.entryFields[candidate.entryId] ?? SUMMARY_FIELD] ?? "summary";
	const text = index.entryTexts[candidate.entryId] ?? "";
	return {
		actorId: actor?.id ?? "",
		name: actor?.name ?? "",
		rank: candidate.rank,
		score: candidate.tier + candidate.relevance,
		field,
		matched: field === "summary" ? summarySnippet(text, isMatchedWord) : text
	};
}
function cleanLimit(limit) {
	return typeof limit !== "number" || Number.isNaN(limit) ? 20 : Math.max(0, Math.floor(limit));
}
/**
* The best `limit` actors for `query`, ranked exact > prefix > fuzzy, and within a rank name/alias
* matches before summary/tags matches, then by relevance. One hit per actor, shown with its best
* matching text. An empty or blank query gives []; no input throws.
*/
function searchActors(index, query, limit = 20) {
	const cap = cleanLimit(limit);
	if (typeof query !== "string") return [];
	const keys = nameKeys(query.slice(0, MAX_QUERY_CHARS));
	const words = keys.content.slice(0, MAX_QUERY_WORDS).map((word) => word.slice(0, MAX_WORD_CHARS));
	if (words.length === 0 || cap === 0) return [];
	const best = emptyCandidates(index.actors.length);
	const fuzzySummaryWords = /* @__PURE__ */ new Set();
	const finish = () => {
		const isMatchedWord = (word) => fuzzySummaryWords.has(word) || words.some((queryWord) => word.startsWith(queryWord));
		return rankCandidates(best, cap).map((candidate) => toHit(index, candidate, isMatchedWord));
	};
	const enoughAbove = (nextStageTier) => countFromTier(best, nextStageTier + 1) >= cap;
	offerExact(index, best, [keys.normalized, keys.contentKey]);
	const namePrefix = prefixMatchesPerWord(index, index.words, words);
	offerCommon(index, best, namePrefix, "prefix");
	if (enoughAbove(PREFIX_SUMMARY_TIER)) return finish();
	const summaryPrefix = prefixMatchesPerWord(index, index.summaryWords, words);
	offerCommon(index, best, summaryPrefix, "prefix");
	if (enoughAbove(FUZZY_NAME_TIER)) return finish();
	namePrefix.forEach((matches, i) => addNameFuzzyMatches(index, words[i] ?? "", matches));
	offerCommon(index, best, namePrefix, "fuzzy");
	if (enoughAbove(FUZZY_SUMMARY_TIER)) return finish();
	summaryPrefix.forEach((matches, i) => addSummaryFuzzyMatches(index, words[i] ?? "", matches, fuzzySummaryWords));
	offerCommon(index, best, summaryPrefix, "fuzzy");
	return finish();
}
// src/analysis/egoNetwork.ts
/**
* Actors within `depth` hops (clamped to 1..3) of `actorId`, walking relations in either direction
* and only through allowed relations; plus every allowed relation among those actors, including
* ones between two actors at the outer ring, so the picture shows how the neighbours connect.
* An unknown actor gives empty sets.
*/
function egoNetwork(graph, actorId, depth, options = {}) {
	const actors = /* @__PURE__ */ new Set();
	const relations = /* @__PURE__ */ new Set();
	if (!graph.hasNode(actorId)) return {
		actors,
		relations
	};
	const allowed = options.allowedRelations;
	const isAllowed = (edge) => allowed === void 0 || allowed.has(edge);
	const maxDepth = Number.isFinite(depth) ? Math.min(3, Math.max(1, Math.round(depth))) : 1;
	actors.add(actorId);
	let ring = [actorId];
	for (let level = 0; level < maxDepth && ring.length > 0; level++) {
		const next = [];
		for (const node of ring) graph.forEachEdge(node, (edge, _attributes, source, target) => {
			const other = source === node ? target : source;
			if (!isAllowed(edge) || actors.has(other)) return;
			actors.add(other);
			next.push(other);
		});
		ring = next;
	}
	for (const node of actors) graph.forEachEdge(node, (edge, _attributes, source, target) => {
		if (isAllowed(edge) && actors.has(source) && actors.has(target)) relations.add(edge);
	});
	return {
		actors,
		relations
	};
}
// src/analysis/paths/walkRules.ts
function walkRules(graph, options) {
	const cache = /* @__PURE__ */ new Map();
	const compute = (edge) => {
		if (options.allowedRelations && !options.allowedRelations.has(edge)) return void 0;
		const all = graph.getEdgeAttribute(edge, "relation").claims;
		const claims = options.factsOnly ? all.filter((claim) => isFactStatus(claim.status)) : all;
		return claims.length === 0 ? void 0 : {
			claims,
			status: strongestStatus(claims)
		};
	};
	return {
		ignoreDirection: options.ignoreDirection ?? false,
		evidence(edge) {
			if (!cache.has(edge)) cache.set(edge, compute(edge));
			return cache.get(edge);
		}
	};
}
/**
* Calls `visit` for each walkable relation at `node`: "out" gives the actors one can walk to from
* `node`, "in" the actors one can walk from to reach `node`. Self-loops never help a path.
*/
function forEachStep(graph, node, rules, towards, visit) {
	graph.forEachEdge(node, (edge, attributes, source, target) => {
		if (source === target || rules.evidence(edge) === void 0) return;
		if (attributes.directed && !rules.ignoreDirection && (towards === "out" ? source : target) !== node) return;
		visit(edge, source === node ? target : source);
	});
}
// src/analysis/paths/distancesTo.ts
/**
* Hops needed to walk from each actor to `target` under `rules`, for every actor no farther than
* `start` (all that the enumerations need); farther or unreachable actors may be absent. If `start` cannot reach `target`, the whole reachable set is returned, without `start`.
*/
function distancesTo(graph, target, start, rules) {
	const distance = /* @__PURE__ */ new Map([[target, 0]]);
	const queue = [target];
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		const here = distance.get(node);
		const startDistance = distance.get(start);
		if (startDistance !== void 0 && here >= startDistance) break;
		forEachStep(graph, node, rules, "in", (_edge, previous) => {
			if (distance.has(previous)) return;
			distance.set(previous, here + 1);
			queue.push(previous);
		});
	}
	return distance;
}
// src/analysis/paths/enumeratePaths.ts
/**
* Simple paths from `start` to the target of `distance` (see distancesTo) with exactly
* `slack` (0 or 1) hops more than the shortest, at most `cap` of them.
*
* Why this never explores dead ends: a hop u → v is "tight" when distance(v) = distance(u) − 1;
* a shortest path is all tight hops, and from any actor some tight hop exists. A path one hop
* longer has exactly one "level" hop (distance(v) = distance(u)); before it the distances
* strictly fall, after it they fall below distance(u), so no actor can repeat and the path is
* simple. `canLevel` says whether a level hop is still reachable through tight hops, so every
* branch the search enters ends in a path: the work is bounded by cap × length × degree.
* Candidate hops are tried strongest evidence first, so the cap keeps the better-sourced paths.
*/
function enumeratePaths(graph, start, distance, rules, slack, cap) {
	const dist = (node) => distance.get(node) ?? Infinity;
	const levelMemo = /* @__PURE__ */ new Map();
	const canLevel = (node) => {
		const known = levelMemo.get(node);
		if (known !== void 0) return known;
		let found = false;
		if (dist(node) > 0) forEachStep(graph, node, rules, "out", (_edge, next) => {
			if (!found && (dist(next) === dist(node) || dist(next) === dist(node) - 1 && canLevel(next))) found = true;
		});
		levelMemo.set(node, found);
		return found;
	};
	const results = [];
	const prefix = [];
	const visit = (node, slackLeft) => {
		if (dist(node) === 0) {
			if (slackLeft === 0) results.push([...prefix]);
			return;
		}
		for (const step of candidates(graph, node, rules)) {
			if (results.length >= cap) return;
			const tight = dist(step.to) === dist(node) - 1;
			const level = dist(step.to) === dist(node) && slackLeft === 1;
			if (!(tight && (slackLeft === 0 || canLevel(step.to))) && !level) continue;
			prefix.push(step);
			visit(step.to, tight ? slackLeft : 0);
			prefix.pop();
		}
	};
	if (dist(start) !== Infinity && cap > 0) visit(start, slack);
	return results;
}
function candidates(graph, node, rules) {
	const steps = [];
	forEachStep(graph, node, rules, "out", (edge, to) => {
		const status = rules.evidence(edge)?.status ?? "denied";
		steps.push({
			edge,
			from: node,
			to,
			rank: STATUS_ORDER.indexOf(status)
		});
	});
	return steps.sort((a, b) => a.rank - b.rank).map(({ edge, from, to }) => ({
		edge,
		from,
		to
	}));
}
// src/analysis/paths/toActorPath.ts
function toActorPath(graph, steps, rules) {
	const hops = steps.map((step) => {
		const { relation, kind, directed } = graph.getEdgeAttributes(step.edge);
		const evidence = rules.evidence(step.edge) ?? {
			claims: [],
			status: "denied"
		};
		return {
			relationId: step.edge,
			from: step.from,
			to: step.to,
			kind,
			directed,
			forward: relation.from === step.from,
			claims: evidence.claims,
			status: evidence.status
		};
	});
	return {
		actors: steps.length === 0 ? [] : [steps[0].from, ...steps.map((step) => step.to)],
		hops,
		weakest: weakestStatus(hops.map((hop) => hop.status)) ?? "denied"
	};
}
// src/analysis/pathsWithEvidence.ts
var DEFAULT_MAX_PATHS = 10;
/**
* All shortest paths (by hops) from `from` to `to`, up to `maxPaths`, plus up to `maxPaths`
* simple paths one hop longer; parallel relations make distinct paths. Paths are listed by
* weakest link, most certain first. When there is none, says why, and looks for a path after
* relaxing first `factsOnly`, then direction, then both; filters are never relaxed.
* Cost: one breadth-first search per attempt plus work proportional to the paths returned.
*/
function pathsWithEvidence(graph, from, to, options = {}) {
	for (const id of [from, to]) if (!graph.hasNode(id)) return {
		kind: "none",
		reason: `Unknown actor "${id}"`
	};
	if (from === to) return {
		kind: "none",
		reason: `${label(graph, from)} is both the start and the end`
	};
	const found = search$1(graph, from, to, options);
	if (found) return {
		kind: "found",
		...found
	};
	return {
		kind: "none",
		reason: noPathReason(graph, from, to, options),
		alternative: alternative(graph, from, to, options)
	};
}
function search$1(graph, from, to, options) {
	const rules = walkRules(graph, options);
	const distance = distancesTo(graph, to, from, rules);
	const length = distance.get(from);
	if (length === void 0) return void 0;
	const cap = maxPaths(options);
	const asPaths = (slack) => sortByWeakest(enumeratePaths(graph, from, distance, rules, slack, cap).map((steps) => toActorPath(graph, steps, rules)));
	return {
		paths: asPaths(0),
		length,
		nextShortest: asPaths(1)
	};
}
function alternative(graph, from, to, options) {
	const relaxFacts = options.factsOnly === true;
	const relaxDirection = !options.ignoreDirection && graph.directedSize > 0;
	const attempts = [
		[relaxFacts, "A path exists if unconfirmed claims are allowed"],
		[relaxDirection, "A path exists if directions are ignored"],
		[relaxFacts && relaxDirection, "A path exists if unconfirmed claims are allowed and directions are ignored"]
	];
	for (const [index, [applicable, description]] of attempts.entries()) {
		if (!applicable) continue;
		const relaxed = {
			...options,
			...index !== 1 ? { factsOnly: false } : {},
			...index !== 0 ? { ignoreDirection: true } : {}
		};
		const found = search$1(graph, from, to, relaxed);
		if (found) return {
			description,
			paths: found.paths,
			options: relaxed
		};
	}
}
function noPathReason(graph, from, to, options) {
	const conditions = [];
	if (options.factsOnly) conditions.push("through confirmed or reported claims");
	if (!options.ignoreDirection && graph.directedSize > 0) conditions.push("following directions");
	if (options.allowedRelations) conditions.push("within the current filters");
	const suffix = conditions.length > 0 ? ` ${conditions.join(", ")}` : "";
	return `No path from ${label(graph, from)} to ${label(graph, to)}${suffix}`;
}
function maxPaths(options) {
	const cap = options.maxPaths;
	return cap !== void 0 && Number.isFinite(cap) ? Math.max(1, Math.floor(cap)) : DEFAULT_MAX_PATHS;
}
function sortByWeakest(paths) {
	return paths.sort((a, b) => STATUS_ORDER.indexOf(a.weakest) - STATUS_ORDER.indexOf(b.weakest));
}
function label(graph, id) {
	return graph.getNodeAttribute(id, "label");
}
// node_modules/graphology-utils/is-graph.js
var require_is_graph = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology isGraph
	* ===================
	*
	* Very simple function aiming at ensuring the given variable is a
	* graphology instance.
	*/
	/**
	* Checking the value is a graphology instance.
	*
	* @param  {any}     value - Target value.
	* @return {boolean}
	*/
	module.exports = function isGraph(value) {
		return value !== null && typeof value === "object" && typeof value.addUndirectedEdgeWithKey === "function" && typeof value.dropNode === "function" && typeof value.multi === "boolean";
	};
}));
// node_modules/obliterator/support.js
var require_support = /* @__PURE__ */ __commonJSMin(((exports) => {
	exports.ARRAY_BUFFER_SUPPORT = typeof ArrayBuffer !== "undefined";
	exports.SYMBOL_SUPPORT = typeof Symbol !== "undefined";
}));
// node_modules/obliterator/foreach.js
var require_foreach = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Obliterator ForEach Function
	* =============================
	*
	* Helper function used to easily iterate over mixed values.
	*/
	var support = require_support();
	var ARRAY_BUFFER_SUPPORT = support.ARRAY_BUFFER_SUPPORT;
	var SYMBOL_SUPPORT = support.SYMBOL_SUPPORT;
	/**
	* Function able to iterate over almost any iterable JS value.
	*
	* @param  {any}      iterable - Iterable value.
	* @param  {function} callback - Callback function.
	*/
	module.exports = function forEach(iterable, callback) {
		var iterator, k, i, l, s;
		if (!iterable) throw new Error("obliterator/forEach: invalid iterable.");
		if (typeof callback !== "function") throw new Error("obliterator/forEach: expecting a callback.");
		if (Array.isArray(iterable) || ARRAY_BUFFER_SUPPORT && ArrayBuffer.isView(iterable) || typeof iterable === "string" || iterable.toString() === "[object Arguments]") {
			for (i = 0, l = iterable.length; i < l; i++) callback(iterable[i], i);
			return;
		}
		if (typeof iterable.forEach === "function") {
			iterable.forEach(callback);
			return;
		}
		if (SYMBOL_SUPPORT && Symbol.iterator in iterable && typeof iterable.next !== "function") iterable = iterable[Symbol.iterator]();
		if (typeof iterable.next === "function") {
			iterator = iterable;
			i = 0;
			while (s = iterator.next(), s.done !== true) {
				callback(s.value, i);
				i++;
			}
			return;
		}
		for (k in iterable) if (iterable.hasOwnProperty(k)) callback(iterable[k], k);
	};
}));
// node_modules/mnemonist/utils/typed-arrays.js
var require_typed_arrays = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Mnemonist Typed Array Helpers
	* ==============================
	*
	* Miscellaneous helpers related to typed arrays.
	*/
	/**
	* When using an unsigned integer array to store pointers, one might want to
	* choose the optimal word size in regards to the actual numbers of pointers
	* to store.
	*
	* This helpers does just that.
	*
	* @param  {number} size - Expected size of the array to map.
	* @return {TypedArray}
	*/
	var MAX_8BIT_INTEGER = Math.pow(2, 8) - 1;
	var MAX_16BIT_INTEGER = Math.pow(2, 16) - 1;
	var MAX_32BIT_INTEGER = Math.pow(2, 32) - 1;
	var MAX_SIGNED_8BIT_INTEGER = Math.pow(2, 7) - 1;
	var MAX_SIGNED_16BIT_INTEGER = Math.pow(2, 15) - 1;
	var MAX_SIGNED_32BIT_INTEGER = Math.pow(2, 31) - 1;
	exports.getPointerArray = function(size) {
		var maxIndex = size - 1;
		if (maxIndex <= MAX_8BIT_INTEGER) return Uint8Array;
		if (maxIndex <= MAX_16BIT_INTEGER) return Uint16Array;
		if (maxIndex <= MAX_32BIT_INTEGER) return Uint32Array;
		throw new Error("mnemonist: Pointer Array of size > 4294967295 is not supported.");
	};
	exports.getSignedPointerArray = function(size) {
		var maxIndex = size - 1;
		if (maxIndex <= MAX_SIGNED_8BIT_INTEGER) return Int8Array;
		if (maxIndex <= MAX_SIGNED_16BIT_INTEGER) return Int16Array;
		if (maxIndex <= MAX_SIGNED_32BIT_INTEGER) return Int32Array;
		return Float64Array;
	};
	/**
	* Function returning the minimal type able to represent the given number.
	*
	* @param  {number} value - Value to test.
	* @return {TypedArrayClass}
	*/
	exports.getNumberType = function(value) {
		if (value === (value | 0)) {
			if (Math.sign(value) === -1) {
				if (value <= 127 && value >= -128) return Int8Array;
				if (value <= 32767 && value >= -32768) return Int16Array;
				return Int32Array;
			} else {
				if (value <= 255) return Uint8Array;
				if (value <= 65535) return Uint16Array;
				return Uint32Array;
			}
		}
		return Float64Array;
	};
	/**
	* Function returning the minimal type able to represent the given array
	* of JavaScript numbers.
	*
	* @param  {array}    array  - Array to represent.
	* @param  {function} getter - Optional getter.
	* @return {TypedArrayClass}
	*/
	var TYPE_PRIORITY = {
		Uint8Array: 1,
		Int8Array: 2,
		Uint16Array: 3,
		Int16Array: 4,
		Uint32Array: 5,
		Int32Array: 6,
		Float32Array: 7,
		Float64Array: 8
	};
	exports.getMinimalRepresentation = function(array, getter) {
		var maxType = null, maxPriority = 0, p, t, v, i = 0, l = array.length;
		for (; i < l; i++) {
			v = getter ? getter(array[i]) : array[i];
			t = exports.getNumberType(v);
			p = TYPE_PRIORITY[t.name];
			if (p > maxPriority) {
				maxPriority = p;
				maxType = t;
			}
		}
		return maxType;
	};
	/**
	* Function returning whether the given value is a typed array.
	*
	* @param  {any} value - Value to test.
	* @return {boolean}
	*/
	exports.isTypedArray = function(value) {
		return typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView(value);
	};
	/**
	* Function used to concat byte arrays.
	*
	* @param  {...ByteArray}
	* @return {ByteArray}
	*/
	exports.concat = function() {
		var length = 0, i = 0, o, l = arguments.length;
		for (; i < l; i++) length += arguments[i].length;
		var array = new arguments[0].constructor(length);
		for (i = 0, o = 0; i < l; i++) {
			array.set(arguments[i], o);
			o += arguments[i].length;
		}
		return array;
	};
	/**
	* Function used to initialize a byte array of indices.
	*
	* @param  {number}    length - Length of target.
	* @return {ByteArray}
	*/
	exports.indices = function(length) {
		var array = new (exports.getPointerArray(length))(length);
		for (var i = 0; i < length; i++) array[i] = i;
		return array;
	};
}));
// node_modules/mnemonist/utils/iterables.js
var require_iterables = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Mnemonist Iterable Function
	* ============================
	*
	* Harmonized iteration helpers over mixed iterable targets.
	*/
	var forEach = require_foreach();
	var typed = require_typed_arrays();
	/**
	* Function used to determine whether the given object supports array-like
	* random access.
	*
	* @param  {any} target - Target object.
	* @return {boolean}
	*/
	function isArrayLike(target) {
		return Array.isArray(target) || typed.isTypedArray(target);
	}
	/**
	* Function used to guess the length of the structure over which we are going
	* to iterate.
	*
	* @param  {any} target - Target object.
	* @return {number|undefined}
	*/
	function guessLength(target) {
		if (typeof target.length === "number") return target.length;
		if (typeof target.size === "number") return target.size;
	}
	/**
	* Function used to convert an iterable to an array.
	*
	* @param  {any}   target - Iteration target.
	* @return {array}
	*/
	function toArray(target) {
		var l = guessLength(target);
		var array = typeof l === "number" ? new Array(l) : [];
		var i = 0;
		forEach(target, function(value) {
			array[i++] = value;
		});
		return array;
	}
	/**
	* Same as above but returns a supplementary indices array.
	*
	* @param  {any}   target - Iteration target.
	* @return {array}
	*/
	function toArrayWithIndices(target) {
		var l = guessLength(target);
		var IndexArray = typeof l === "number" ? typed.getPointerArray(l) : Array;
		var array = typeof l === "number" ? new Array(l) : [];
		var indices = typeof l === "number" ? new IndexArray(l) : [];
		var i = 0;
		forEach(target, function(value) {
			array[i] = value;
			indices[i] = i++;
		});
		return [array, indices];
	}
	/**
	* Exporting.
	*/
	exports.isArrayLike = isArrayLike;
	exports.guessLength = guessLength;
	exports.toArray = toArray;
	exports.toArrayWithIndices = toArrayWithIndices;
}));
// node_modules/obliterator/iterator.js
var require_iterator = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Obliterator Iterator Class
	* ===========================
	*
	* Simple class representing the library's iterators.
	*/
	/**
	* Iterator class.
	*
	* @constructor
	* @param {function} next - Next function.
	*/
	function Iterator(next) {
		if (typeof next !== "function") throw new Error("obliterator/iterator: expecting a function!");
		this.next = next;
	}
	/**
	* If symbols are supported, we add `next` to `Symbol.iterator`.
	*/
	if (typeof Symbol !== "undefined") Iterator.prototype[Symbol.iterator] = function() {
		return this;
	};
	/**
	* Returning an iterator of the given values.
	*
	* @param  {any...} values - Values.
	* @return {Iterator}
	*/
	Iterator.of = function() {
		var args = arguments, l = args.length, i = 0;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			return {
				done: false,
				value: args[i++]
			};
		});
	};
	/**
	* Returning an empty iterator.
	*
	* @return {Iterator}
	*/
	Iterator.empty = function() {
		return new Iterator(function() {
			return { done: true };
		});
	};
	/**
	* Returning an iterator over the given indexed sequence.
	*
	* @param  {string|Array} sequence - Target sequence.
	* @return {Iterator}
	*/
	Iterator.fromSequence = function(sequence) {
		var i = 0, l = sequence.length;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			return {
				done: false,
				value: sequence[i++]
			};
		});
	};
	/**
	* Returning whether the given value is an iterator.
	*
	* @param  {any} value - Value.
	* @return {boolean}
	*/
	Iterator.is = function(value) {
		if (value instanceof Iterator) return true;
		return typeof value === "object" && value !== null && typeof value.next === "function";
	};
	/**
	* Exporting.
	*/
	module.exports = Iterator;
}));
// node_modules/mnemonist/fixed-deque.js
var require_fixed_deque = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist FixedDeque
	* =====================
	*
	* Fixed capacity double-ended queue implemented as ring deque.
	*/
	var iterables = require_iterables();
	var Iterator = require_iterator();
	/**
	* FixedDeque.
	*
	* @constructor
	*/
	function FixedDeque(ArrayClass, capacity) {
		if (arguments.length < 2) throw new Error("mnemonist/fixed-deque: expecting an Array class and a capacity.");
		if (typeof capacity !== "number" || capacity <= 0) throw new Error("mnemonist/fixed-deque: `capacity` should be a positive number.");
		this.ArrayClass = ArrayClass;
		this.capacity = capacity;
		this.items = new ArrayClass(this.capacity);
		this.clear();
	}
	/**
	* Method used to clear the structure.
	*
	* @return {undefined}
	*/
	FixedDeque.prototype.clear = function() {
		this.start = 0;
		this.size = 0;
	};
	/**
	* Method used to append a value to the deque.
	*
	* @param  {any}    item - Item to append.
	* @return {number}      - Returns the new size of the deque.
	*/
	FixedDeque.prototype.push = function(item) {
		if (this.size === this.capacity) throw new Error("mnemonist/fixed-deque.push: deque capacity (" + this.capacity + ") exceeded!");
		var index = this.start + this.size;
		if (index >= this.capacity) index -= this.capacity;
		this.items[index] = item;
		return ++this.size;
	};
	/**
	* Method used to prepend a value to the deque.
	*
	* @param  {any}    item - Item to prepend.
	* @return {number}      - Returns the new size of the deque.
	*/
	FixedDeque.prototype.unshift = function(item) {
		if (this.size === this.capacity) throw new Error("mnemonist/fixed-deque.unshift: deque capacity (" + this.capacity + ") exceeded!");
		var index = this.start - 1;
		if (this.start === 0) index = this.capacity - 1;
		this.items[index] = item;
		this.start = index;
		return ++this.size;
	};
	/**
	* Method used to pop the deque.
	*
	* @return {any} - Returns the popped item.
	*/
	FixedDeque.prototype.pop = function() {
		if (this.size === 0) return;
		this.size--;
		var index = this.start + this.size;
		if (index >= this.capacity) index -= this.capacity;
		return this.items[index];
	};
	/**
	* Method used to shift the deque.
	*
	* @return {any} - Returns the shifted item.
	*/
	FixedDeque.prototype.shift = function() {
		if (this.size === 0) return;
		var index = this.start;
		this.size--;
		this.start++;
		if (this.start === this.capacity) this.start = 0;
		return this.items[index];
	};
	/**
	* Method used to peek the first value of the deque.
	*
	* @return {any}
	*/
	FixedDeque.prototype.peekFirst = function() {
		if (this.size === 0) return;
		return this.items[this.start];
	};
	/**
	* Method used to peek the last value of the deque.
	*
	* @return {any}
	*/
	FixedDeque.prototype.peekLast = function() {
		if (this.size === 0) return;
		var index = this.start + this.size - 1;
		if (index >= this.capacity) index -= this.capacity;
		return this.items[index];
	};
	/**
	* Method used to get the desired value of the deque.
	*
	* @param  {number} index
	* @return {any}
	*/
	FixedDeque.prototype.get = function(index) {
		if (this.size === 0 || index >= this.capacity) return;
		index = this.start + index;
		if (index >= this.capacity) index -= this.capacity;
		return this.items[index];
	};
	/**
	* Method used to iterate over the deque.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	FixedDeque.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		var c = this.capacity, l = this.size, i = this.start, j = 0;
		while (j < l) {
			callback.call(scope, this.items[i], j, this);
			i++;
			j++;
			if (i === c) i = 0;
		}
	};
	/**
	* Method used to convert the deque to a JavaScript array.
	*
	* @return {array}
	*/
	FixedDeque.prototype.toArray = function() {
		var offset = this.start + this.size;
		if (offset < this.capacity) return this.items.slice(this.start, offset);
		var array = new this.ArrayClass(this.size), c = this.capacity, l = this.size, i = this.start, j = 0;
		while (j < l) {
			array[j] = this.items[i];
			i++;
			j++;
			if (i === c) i = 0;
		}
		return array;
	};
	/**
	* Method used to create an iterator over the deque's values.
	*
	* @return {Iterator}
	*/
	FixedDeque.prototype.values = function() {
		var items = this.items, c = this.capacity, l = this.size, i = this.start, j = 0;
		return new Iterator(function() {
			if (j >= l) return { done: true };
			var value = items[i];
			i++;
			j++;
			if (i === c) i = 0;
			return {
				value,
				done: false
			};
		});
	};
	/**
	* Method used to create an iterator over the deque's entries.
	*
	* @return {Iterator}
	*/
	FixedDeque.prototype.entries = function() {
		var items = this.items, c = this.capacity, l = this.size, i = this.start, j = 0;
		return new Iterator(function() {
			if (j >= l) return { done: true };
			var value = items[i];
			i++;
			if (i === c) i = 0;
			return {
				value: [j++, value],
				done: false
			};
		});
	};
	/**
	* Attaching the #.values method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") FixedDeque.prototype[Symbol.iterator] = FixedDeque.prototype.values;
	/**
	* Convenience known methods.
	*/
	FixedDeque.prototype.inspect = function() {
		var array = this.toArray();
		array.type = this.ArrayClass.name;
		array.capacity = this.capacity;
		Object.defineProperty(array, "constructor", {
			value: FixedDeque,
			enumerable: false
		});
		return array;
	};
	if (typeof Symbol !== "undefined") FixedDeque.prototype[Symbol.for("nodejs.util.inspect.custom")] = FixedDeque.prototype.inspect;
	/**
	* Static @.from function taking an arbitrary iterable & converting it into
	* a deque.
	*
	* @param  {Iterable} iterable   - Target iterable.
	* @param  {function} ArrayClass - Array class to use.
	* @param  {number}   capacity   - Desired capacity.
	* @return {FiniteStack}
	*/
	FixedDeque.from = function(iterable, ArrayClass, capacity) {
		if (arguments.length < 3) {
			capacity = iterables.guessLength(iterable);
			if (typeof capacity !== "number") throw new Error("mnemonist/fixed-deque.from: could not guess iterable length. Please provide desired capacity as last argument.");
		}
		var deque = new FixedDeque(ArrayClass, capacity);
		if (iterables.isArrayLike(iterable)) {
			var i = 0, l = iterable.length;
			for (; i < l; i++) deque.items[i] = iterable[i];
			deque.size = l;
			return deque;
		}
		iterables.forEach(iterable, function(value) {
			deque.push(value);
		});
		return deque;
	};
	/**
	* Exporting.
	*/
	module.exports = FixedDeque;
}));
// node_modules/mnemonist/fixed-stack.js
var require_fixed_stack = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist FixedStack
	* =====================
	*
	* The fixed stack is a stack whose capacity is defined beforehand and that
	* cannot be exceeded. This class is really useful when combined with
	* byte arrays to save up some memory and avoid memory re-allocation, hence
	* speeding up computations.
	*
	* This has however a downside: you need to know the maximum size you stack
	* can have during your iteration (which is not too difficult to compute when
	* performing, say, a DFS on a balanced binary tree).
	*/
	var Iterator = require_iterator();
	var iterables = require_iterables();
	/**
	* FixedStack
	*
	* @constructor
	* @param {function} ArrayClass - Array class to use.
	* @param {number}   capacity   - Desired capacity.
	*/
	function FixedStack(ArrayClass, capacity) {
		if (arguments.length < 2) throw new Error("mnemonist/fixed-stack: expecting an Array class and a capacity.");
		if (typeof capacity !== "number" || capacity <= 0) throw new Error("mnemonist/fixed-stack: `capacity` should be a positive number.");
		this.capacity = capacity;
		this.ArrayClass = ArrayClass;
		this.items = new this.ArrayClass(this.capacity);
		this.clear();
	}
	/**
	* Method used to clear the stack.
	*
	* @return {undefined}
	*/
	FixedStack.prototype.clear = function() {
		this.size = 0;
	};
	/**
	* Method used to add an item to the stack.
	*
	* @param  {any}    item - Item to add.
	* @return {number}
	*/
	FixedStack.prototype.push = function(item) {
		if (this.size === this.capacity) throw new Error("mnemonist/fixed-stack.push: stack capacity (" + this.capacity + ") exceeded!");
		this.items[this.size++] = item;
		return this.size;
	};
	/**
	* Method used to retrieve & remove the last item of the stack.
	*
	* @return {any}
	*/
	FixedStack.prototype.pop = function() {
		if (this.size === 0) return;
		return this.items[--this.size];
	};
	/**
	* Method used to get the last item of the stack.
	*
	* @return {any}
	*/
	FixedStack.prototype.peek = function() {
		return this.items[this.size - 1];
	};
	/**
	* Method used to iterate over the stack.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	FixedStack.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		for (var i = 0, l = this.items.length; i < l; i++) callback.call(scope, this.items[l - i - 1], i, this);
	};
	/**
	* Method used to convert the stack to a JavaScript array.
	*
	* @return {array}
	*/
	FixedStack.prototype.toArray = function() {
		var array = new this.ArrayClass(this.size), l = this.size - 1, i = this.size;
		while (i--) array[i] = this.items[l - i];
		return array;
	};
	/**
	* Method used to create an iterator over a stack's values.
	*
	* @return {Iterator}
	*/
	FixedStack.prototype.values = function() {
		var items = this.items, l = this.size, i = 0;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			var value = items[l - i - 1];
			i++;
			return {
				value,
				done: false
			};
		});
	};
	/**
	* Method used to create an iterator over a stack's entries.
	*
	* @return {Iterator}
	*/
	FixedStack.prototype.entries = function() {
		var items = this.items, l = this.size, i = 0;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			var value = items[l - i - 1];
			return {
				value: [i++, value],
				done: false
			};
		});
	};
	/**
	* Attaching the #.values method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") FixedStack.prototype[Symbol.iterator] = FixedStack.prototype.values;
	/**
	* Convenience known methods.
	*/
	FixedStack.prototype.toString = function() {
		return this.toArray().join(",");
	};
	FixedStack.prototype.toJSON = function() {
		return this.toArray();
	};
	FixedStack.prototype.inspect = function() {
		var array = this.toArray();
		array.type = this.ArrayClass.name;
		array.capacity = this.capacity;
		Object.defineProperty(array, "constructor", {
			value: FixedStack,
			enumerable: false
		});
		return array;
	};
	if (typeof Symbol !== "undefined") FixedStack.prototype[Symbol.for("nodejs.util.inspect.custom")] = FixedStack.prototype.inspect;
	/**
	* Static @.from function taking an arbitrary iterable & converting it into
	* a stack.
	*
	* @param  {Iterable} iterable   - Target iterable.
	* @param  {function} ArrayClass - Array class to use.
	* @param  {number}   capacity   - Desired capacity.
	* @return {FixedStack}
	*/
	FixedStack.from = function(iterable, ArrayClass, capacity) {
		if (arguments.length < 3) {
			capacity = iterables.guessLength(iterable);
			if (typeof capacity !== "number") throw new Error("mnemonist/fixed-stack.from: could not guess iterable length. Please provide desired capacity as last argument.");
		}
		var stack = new FixedStack(ArrayClass, capacity);
		if (iterables.isArrayLike(iterable)) {
			var i = 0, l = iterable.length;
			for (; i < l; i++) stack.items[i] = iterable[i];
			stack.size = l;
			return stack;
		}
		iterables.forEach(iterable, function(value) {
			stack.push(value);
		});
		return stack;
	};
	/**
	* Exporting.
	*/
	module.exports = FixedStack;
}));
// node_modules/mnemonist/utils/comparators.js
var require_comparators = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Mnemonist Heap Comparators
	* ===========================
	*
	* Default comparators & functions dealing with comparators reversing etc.
	*/
	var DEFAULT_COMPARATOR = function(a, b) {
		if (a < b) return -1;
		if (a > b) return 1;
		return 0;
	};
	var DEFAULT_REVERSE_COMPARATOR = function(a, b) {
		if (a < b) return 1;
		if (a > b) return -1;
		return 0;
	};
	/**
	* Function used to reverse a comparator.
	*/
	function reverseComparator(comparator) {
		return function(a, b) {
			return comparator(b, a);
		};
	}
	/**
	* Function returning a tuple comparator.
	*/
	function createTupleComparator(size) {
		if (size === 2) return function(a, b) {
			if (a[0] < b[0]) return -1;
			if (a[0] > b[0]) return 1;
			if (a[1] < b[1]) return -1;
			if (a[1] > b[1]) return 1;
			return 0;
		};
		return function(a, b) {
			var i = 0;
			while (i < size) {
				if (a[i] < b[i]) return -1;
				if (a[i] > b[i]) return 1;
				i++;
			}
			return 0;
		};
	}
	/**
	* Exporting.
	*/
	exports.DEFAULT_COMPARATOR = DEFAULT_COMPARATOR;
	exports.DEFAULT_REVERSE_COMPARATOR = DEFAULT_REVERSE_COMPARATOR;
	exports.reverseComparator = reverseComparator;
	exports.createTupleComparator = createTupleComparator;
}));
// node_modules/mnemonist/heap.js
var require_heap = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist Binary Heap
	* ======================
	*
	* Binary heap implementation.
	*/
	var forEach = require_foreach();
	var comparators = require_comparators();
	var iterables = require_iterables();
	var DEFAULT_COMPARATOR = comparators.DEFAULT_COMPARATOR;
	var reverseComparator = comparators.reverseComparator;
	/**
	* Heap helper functions.
	*/
	/**
	* Function used to sift down.
	*
	* @param {function} compare    - Comparison function.
	* @param {array}    heap       - Array storing the heap's data.
	* @param {number}   startIndex - Starting index.
	* @param {number}   i          - Index.
	*/
	function siftDown(compare, heap, startIndex, i) {
		var item = heap[i], parentIndex, parent;
		while (i > startIndex) {
			parentIndex = i - 1 >> 1;
			parent = heap[parentIndex];
			if (compare(item, parent) < 0) {
				heap[i] = parent;
				i = parentIndex;
				continue;
			}
			break;
		}
		heap[i] = item;
	}
	/**
	* Function used to sift up.
	*
	* @param {function} compare - Comparison function.
	* @param {array}    heap    - Array storing the heap's data.
	* @param {number}   i       - Index.
	*/
	function siftUp(compare, heap, i) {
		var endIndex = heap.length, startIndex = i, item = heap[i], childIndex = 2 * i + 1, rightIndex;
		while (childIndex < endIndex) {
			rightIndex = childIndex + 1;
			if (rightIndex < endIndex && compare(heap[childIndex], heap[rightIndex]) >= 0) childIndex = rightIndex;
			heap[i] = heap[childIndex];
			i = childIndex;
			childIndex = 2 * i + 1;
		}
		heap[i] = item;
		siftDown(compare, heap, startIndex, i);
	}
	/**
	* Function used to push an item into a heap represented by a raw array.
	*
	* @param {function} compare - Comparison function.
	* @param {array}    heap    - Array storing the heap's data.
	* @param {any}      item    - Item to push.
	*/
	function push(compare, heap, item) {
		heap.push(item);
		siftDown(compare, heap, 0, heap.length - 1);
	}
	/**
	* Function used to pop an item from a heap represented by a raw array.
	*
	* @param  {function} compare - Comparison function.
	* @param  {array}    heap    - Array storing the heap's data.
	* @return {any}
	*/
	function pop(compare, heap) {
		var lastItem = heap.pop();
		if (heap.length !== 0) {
			var item = heap[0];
			heap[0] = lastItem;
			siftUp(compare, heap, 0);
			return item;
		}
		return lastItem;
	}
	/**
	* Function used to pop the heap then push a new value into it, thus "replacing"
	* it.
	*
	* @param  {function} compare - Comparison function.
	* @param  {array}    heap    - Array storing the heap's data.
	* @param  {any}      item    - The item to push.
	* @return {any}
	*/
	function replace(compare, heap, item) {
		if (heap.length === 0) throw new Error("mnemonist/heap.replace: cannot pop an empty heap.");
		var popped = heap[0];
		heap[0] = item;
		siftUp(compare, heap, 0);
		return popped;
	}
	/**
	* Function used to push an item in the heap then pop the heap and return the
	* popped value.
	*
	* @param  {function} compare - Comparison function.
	* @param  {array}    heap    - Array storing the heap's data.
	* @param  {any}      item    - The item to push.
	* @return {any}
	*/
	function pushpop(compare, heap, item) {
		var tmp;
		if (heap.length !== 0 && compare(heap[0], item) < 0) {
			tmp = heap[0];
			heap[0] = item;
			item = tmp;
			siftUp(compare, heap, 0);
		}
		return item;
	}
	/**
	* Converts and array into an abstract heap in linear time.
	*
	* @param {function} compare - Comparison function.
	* @param {array}    array   - Target array.
	*/
	function heapify(compare, array) {
		var i = array.length >> 1;
		while (--i >= 0) siftUp(compare, array, i);
	}
	/**
	* Fully consumes the given heap.
	*
	* @param  {function} compare - Comparison function.
	* @param  {array}    heap    - Array storing the heap's data.
	* @return {array}
	*/
	function consume(compare, heap) {
		var l = heap.length, i = 0;
		var array = new Array(l);
		while (i < l) array[i++] = pop(compare, heap);
		return array;
	}
	/**
	* Function used to retrieve the n smallest items from the given iterable.
	*
	* @param {function} compare  - Comparison function.
	* @param {number}   n        - Number of top items to retrieve.
	* @param {any}      iterable - Arbitrary iterable.
	* @param {array}
	*/
	function nsmallest(compare, n, iterable) {
		if (arguments.length === 2) {
			iterable = n;
			n = compare;
			compare = DEFAULT_COMPARATOR;
		}
		var reverseCompare = reverseComparator(compare);
		var i, l, v;
		var min = Infinity;
		var result;
		if (n === 1) {
			if (iterables.isArrayLike(iterable)) {
				for (i = 0, l = iterable.length; i < l; i++) {
					v = iterable[i];
					if (min === Infinity || compare(v, min) < 0) min = v;
				}
				result = new iterable.constructor(1);
				result[0] = min;
				return result;
			}
			forEach(iterable, function(value) {
				if (min === Infinity || compare(value, min) < 0) min = value;
			});
			return [min];
		}
		if (iterables.isArrayLike(iterable)) {
			if (n >= iterable.length) return iterable.slice().sort(compare);
			result = iterable.slice(0, n);
			heapify(reverseCompare, result);
			for (i = n, l = iterable.length; i < l; i++) if (reverseCompare(iterable[i], result[0]) > 0) replace(reverseCompare, result, iterable[i]);
			return result.sort(compare);
		}
		var size = iterables.guessLength(iterable);
		if (size !== null && size < n) n = size;
		result = new Array(n);
		i = 0;
		forEach(iterable, function(value) {
			if (i < n) result[i] = value;
			else {
				if (i === n) heapify(reverseCompare, result);
				if (reverseCompare(value, result[0]) > 0) replace(reverseCompare, result, value);
			}
			i++;
		});
		if (result.length > i) result.length = i;
		return result.sort(compare);
	}
	/**
	* Function used to retrieve the n largest items from the given iterable.
	*
	* @param {function} compare  - Comparison function.
	* @param {number}   n        - Number of top items to retrieve.
	* @param {any}      iterable - Arbitrary iterable.
	* @param {array}
	*/
	function nlargest(compare, n, iterable) {
		if (arguments.length === 2) {
			iterable = n;
			n = compare;
			compare = DEFAULT_COMPARATOR;
		}
		var reverseCompare = reverseComparator(compare);
		var i, l, v;
		var max = -Infinity;
		var result;
		if (n === 1) {
			if (iterables.isArrayLike(iterable)) {
				for (i = 0, l = iterable.length; i < l; i++) {
					v = iterable[i];
					if (max === -Infinity || compare(v, max) > 0) max = v;
				}
				result = new iterable.constructor(1);
				result[0] = max;
				return result;
			}
			forEach(iterable, function(value) {
				if (max === -Infinity || compare(value, max) > 0) max = value;
			});
			return [max];
		}
		if (iterables.isArrayLike(iterable)) {
			if (n >= iterable.length) return iterable.slice().sort(reverseCompare);
			result = iterable.slice(0, n);
			heapify(compare, result);
			for (i = n, l = iterable.length; i < l; i++) if (compare(iterable[i], result[0]) > 0) replace(compare, result, iterable[i]);
			return result.sort(reverseCompare);
		}
		var size = iterables.guessLength(iterable);
		if (size !== null && size < n) n = size;
		result = new Array(n);
		i = 0;
		forEach(iterable, function(value) {
			if (i < n) result[i] = value;
			else {
				if (i === n) heapify(compare, result);
				if (compare(value, result[0]) > 0) replace(compare, result, value);
			}
			i++;
		});
		if (result.length > i) result.length = i;
		return result.sort(reverseCompare);
	}
	/**
	* Binary Minimum Heap.
	*
	* @constructor
	* @param {function} comparator - Comparator function to use.
	*/
	function Heap(comparator) {
		this.clear();
		this.comparator = comparator || DEFAULT_COMPARATOR;
		if (typeof this.comparator !== "function") throw new Error("mnemonist/Heap.constructor: given comparator should be a function.");
	}
	/**
	* Method used to clear the heap.
	*
	* @return {undefined}
	*/
	Heap.prototype.clear = function() {
		this.items = [];
		this.size = 0;
	};
	/**
	* Method used to push an item into the heap.
	*
	* @param  {any}    item - Item to push.
	* @return {number}
	*/
	Heap.prototype.push = function(item) {
		push(this.comparator, this.items, item);
		return ++this.size;
	};
	/**
	* Method used to retrieve the "first" item of the heap.
	*
	* @return {any}
	*/
	Heap.prototype.peek = function() {
		return this.items[0];
	};
	/**
	* Method used to retrieve & remove the "first" item of the heap.
	*
	* @return {any}
	*/
	Heap.prototype.pop = function() {
		if (this.size !== 0) this.size--;
		return pop(this.comparator, this.items);
	};
	/**
	* Method used to pop the heap, then push an item and return the popped
	* item.
	*
	* @param  {any} item - Item to push into the heap.
	* @return {any}
	*/
	Heap.prototype.replace = function(item) {
		return replace(this.comparator, this.items, item);
	};
	/**
	* Method used to push the heap, the pop it and return the pooped item.
	*
	* @param  {any} item - Item to push into the heap.
	* @return {any}
	*/
	Heap.prototype.pushpop = function(item) {
		return pushpop(this.comparator, this.items, item);
	};
	/**
	* Method used to consume the heap fully and return its items as a sorted array.
	*
	* @return {array}
	*/
	Heap.prototype.consume = function() {
		this.size = 0;
		return consume(this.comparator, this.items);
	};
	/**
	* Method used to convert the heap to an array. Note that it basically clone
	* the heap and consumes it completely. This is hardly performant.
	*
	* @return {array}
	*/
	Heap.prototype.toArray = function() {
		return consume(this.comparator, this.items.slice());
	};
	/**
	* Convenience known methods.
	*/
	Heap.prototype.inspect = function() {
		var proxy = this.toArray();
		Object.defineProperty(proxy, "constructor", {
			value: Heap,
			enumerable: false
		});
		return proxy;
	};
	if (typeof Symbol !== "undefined") Heap.prototype[Symbol.for("nodejs.util.inspect.custom")] = Heap.prototype.inspect;
	/**
	* Binary Maximum Heap.
	*
	* @constructor
	* @param {function} comparator - Comparator function to use.
	*/
	function MaxHeap(comparator) {
		this.clear();
		this.comparator = comparator || DEFAULT_COMPARATOR;
		if (typeof this.comparator !== "function") throw new Error("mnemonist/MaxHeap.constructor: given comparator should be a function.");
		this.comparator = reverseComparator(this.comparator);
	}
	MaxHeap.prototype = Heap.prototype;
	/**
	* Static @.from function taking an arbitrary iterable & converting it into
	* a heap.
	*
	* @param  {Iterable} iterable   - Target iterable.
	* @param  {function} comparator - Custom comparator function.
	* @return {Heap}
	*/
	Heap.from = function(iterable, comparator) {
		var heap = new Heap(comparator);
		var items;
		if (iterables.isArrayLike(iterable)) items = iterable.slice();
		else items = iterables.toArray(iterable);
		heapify(heap.comparator, items);
		heap.items = items;
		heap.size = items.length;
		return heap;
	};
	MaxHeap.from = function(iterable, comparator) {
		var heap = new MaxHeap(comparator);
		var items;
		if (iterables.isArrayLike(iterable)) items = iterable.slice();
		else items = iterables.toArray(iterable);
		heapify(heap.comparator, items);
		heap.items = items;
		heap.size = items.length;
		return heap;
	};
	/**
	* Exporting.
	*/
	Heap.siftUp = siftUp;
	Heap.siftDown = siftDown;
	Heap.push = push;
	Heap.pop = pop;
	Heap.replace = replace;
	Heap.pushpop = pushpop;
	Heap.heapify = heapify;
	Heap.consume = consume;
	Heap.nsmallest = nsmallest;
	Heap.nlargest = nlargest;
	Heap.MinHeap = Heap;
	Heap.MaxHeap = MaxHeap;
	module.exports = Heap;
}));
// node_modules/graphology-utils/getters.js
var require_getters = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Graphology Weight Getter
	* =========================
	*
	* Function creating weight getters.
	*/
	function coerceWeight(value) {
		if (typeof value !== "number" || isNaN(value)) return 1;
		return value;
	}
	function createNodeValueGetter(nameOrFunction, defaultValue) {
		var getter = {};
		var coerceToDefault = function(v) {
			if (typeof v === "undefined") return defaultValue;
			return v;
		};
		if (typeof defaultValue === "function") coerceToDefault = defaultValue;
		var get = function(attributes) {
			return coerceToDefault(attributes[nameOrFunction]);
		};
		var returnDefault = function() {
			return coerceToDefault(void 0);
		};
		if (typeof nameOrFunction === "string") {
			getter.fromAttributes = get;
			getter.fromGraph = function(graph, node) {
				return get(graph.getNodeAttributes(node));
			};
			getter.fromEntry = function(node, attributes) {
				return get(attributes);
			};
		} else if (typeof nameOrFunction === "function") {
			getter.fromAttributes = function() {
				throw new Error("graphology-utils/getters/createNodeValueGetter: irrelevant usage.");
			};
			getter.fromGraph = function(graph, node) {
				return coerceToDefault(nameOrFunction(node, graph.getNodeAttributes(node)));
			};
			getter.fromEntry = function(node, attributes) {
				return coerceToDefault(nameOrFunction(node, attributes));
			};
		} else {
			getter.fromAttributes = returnDefault;
			getter.fromGraph = returnDefault;
			getter.fromEntry = returnDefault;
		}
		return getter;
	}
	function createEdgeValueGetter(nameOrFunction, defaultValue) {
		var getter = {};
		var coerceToDefault = function(v) {
			if (typeof v === "undefined") return defaultValue;
			return v;
		};
		if (typeof defaultValue === "function") coerceToDefault = defaultValue;
		var get = function(attributes) {
			return coerceToDefault(attributes[nameOrFunction]);
		};
		var returnDefault = function() {
			return coerceToDefault(void 0);
		};
		if (typeof nameOrFunction === "string") {
			getter.fromAttributes = get;
			getter.fromGraph = function(graph, edge) {
				return get(graph.getEdgeAttributes(edge));
			};
			getter.fromEntry = function(edge, attributes) {
				return get(attributes);
			};
			getter.fromPartialEntry = getter.fromEntry;
			getter.fromMinimalEntry = getter.fromEntry;
		} else if (typeof nameOrFunction === "function") {
			getter.fromAttributes = function() {
				throw new Error("graphology-utils/getters/createEdgeValueGetter: irrelevant usage.");
			};
			getter.fromGraph = function(graph, edge) {
				var extremities = graph.extremities(edge);
				return coerceToDefault(nameOrFunction(edge, graph.getEdgeAttributes(edge), extremities[0], extremities[1], graph.getNodeAttributes(extremities[0]), graph.getNodeAttributes(extremities[1]), graph.isUndirected(edge)));
			};
			getter.fromEntry = function(e, a, s, t, sa, ta, u) {
				return coerceToDefault(nameOrFunction(e, a, s, t, sa, ta, u));
			};
			getter.fromPartialEntry = function(e, a, s, t) {
				return coerceToDefault(nameOrFunction(e, a, s, t));
			};
			getter.fromMinimalEntry = function(e, a) {
				return coerceToDefault(nameOrFunction(e, a));
			};
		} else {
			getter.fromAttributes = returnDefault;
			getter.fromGraph = returnDefault;
			getter.fromEntry = returnDefault;
			getter.fromMinimalEntry = returnDefault;
		}
		return getter;
	}
	exports.createNodeValueGetter = createNodeValueGetter;
	exports.createEdgeValueGetter = createEdgeValueGetter;
	exports.createEdgeWeightGetter = function(name) {
		return createEdgeValueGetter(name, coerceWeight);
	};
}));
// node_modules/graphology-indices/neighborhood.js
var require_neighborhood = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Graphology Neighborhood Indices
	* ================================
	*/
	var typed = require_typed_arrays();
	var createEdgeWeightGetter = require_getters().createEdgeWeightGetter;
	function upperBoundPerMethod(method, graph) {
		if (method === "outbound" || method === "inbound") return graph.directedSize + graph.undirectedSize * 2;
		if (method === "in" || method === "out" || method === "directed") return graph.directedSize;
		return graph.undirectedSize * 2;
	}
	function NeighborhoodIndex(graph, method) {
		method = method || "outbound";
		var getNeighbors = graph[method + "Neighbors"].bind(graph);
		var upperBound = upperBoundPerMethod(method, graph);
		var NeighborhoodPointerArray = typed.getPointerArray(upperBound);
		var NodesPointerArray = typed.getPointerArray(graph.order);
		this.graph = graph;
		this.neighborhood = new NodesPointerArray(upperBound);
		this.starts = new NeighborhoodPointerArray(graph.order + 1);
		this.nodes = graph.nodes();
		var ids = {};
		var i, l, j, m, node, neighbors;
		var n = 0;
		for (i = 0, l = graph.order; i < l; i++) ids[this.nodes[i]] = i;
		for (i = 0, l = graph.order; i < l; i++) {
			node = this.nodes[i];
			neighbors = getNeighbors(node);
			this.starts[i] = n;
			for (j = 0, m = neighbors.length; j < m; j++) this.neighborhood[n++] = ids[neighbors[j]];
		}
		this.starts[i] = upperBound;
	}
	NeighborhoodIndex.prototype.bounds = function(i) {
		return [this.starts[i], this.starts[i + 1]];
	};
	NeighborhoodIndex.prototype.project = function() {
		var self = this;
		var projection = {};
		self.nodes.forEach(function(node, i) {
			projection[node] = Array.from(self.neighborhood.slice(self.starts[i], self.starts[i + 1])).map(function(j) {
				return self.nodes[j];
			});
		});
		return projection;
	};
	NeighborhoodIndex.prototype.collect = function(results) {
		var i, l;
		var o = {};
		for (i = 0, l = results.length; i < l; i++) o[this.nodes[i]] = results[i];
		return o;
	};
	NeighborhoodIndex.prototype.assign = function(prop, results) {
		var i = 0;
		this.graph.updateEachNodeAttributes(function(_, attr) {
			attr[prop] = results[i++];
			return attr;
		}, { attributes: [prop] });
	};
	exports.NeighborhoodIndex = NeighborhoodIndex;
	function WeightedNeighborhoodIndex(graph, getEdgeWeight, method) {
		method = method || "outbound";
		var getEdges = graph[method + "Edges"].bind(graph);
		var upperBound = upperBoundPerMethod(method, graph);
		var NeighborhoodPointerArray = typed.getPointerArray(upperBound);
		var NodesPointerArray = typed.getPointerArray(graph.order);
		var weightGetter = createEdgeWeightGetter(getEdgeWeight).fromMinimalEntry;
		this.graph = graph;
		this.neighborhood = new NodesPointerArray(upperBound);
		this.weights = new Float64Array(upperBound);
		this.outDegrees = new Float64Array(graph.order);
		this.starts = new NeighborhoodPointerArray(graph.order + 1);
		this.nodes = graph.nodes();
		var ids = {};
		var i, l, j, m, node, neighbor, edges, edge, weight;
		var n = 0;
		for (i = 0, l = graph.order; i < l; i++) ids[this.nodes[i]] = i;
		for (i = 0, l = graph.order; i < l; i++) {
			node = this.nodes[i];
			edges = getEdges(node);
			this.starts[i] = n;
			for (j = 0, m = edges.length; j < m; j++) {
				edge = edges[j];
				neighbor = graph.opposite(node, edge);
				weight = weightGetter(edge, graph.getEdgeAttributes(edge));
				this.neighborhood[n] = ids[neighbor];
				this.weights[n++] = weight;
				this.outDegrees[i] += weight;
			}
		}
		this.starts[i] = upperBound;
	}
	WeightedNeighborhoodIndex.prototype.bounds = NeighborhoodIndex.prototype.bounds;
	WeightedNeighborhoodIndex.prototype.project = NeighborhoodIndex.prototype.project;
	WeightedNeighborhoodIndex.prototype.collect = NeighborhoodIndex.prototype.collect;
	WeightedNeighborhoodIndex.prototype.assign = NeighborhoodIndex.prototype.assign;
	exports.WeightedNeighborhoodIndex = WeightedNeighborhoodIndex;
}));
// node_modules/graphology-shortest-path/indexed-brandes.js
var require_indexed_brandes = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Graphology Indexed Brandes Routine
	* ===================================
	*
	* Indexed version of the famous Brandes routine aiming at computing
	* betweenness centrality efficiently.
	*/
	var FixedDeque = require_fixed_deque();
	var FixedStack = require_fixed_stack();
	var Heap = require_heap();
	var typed = require_typed_arrays();
	var neighborhoodIndices = require_neighborhood();
	var NeighborhoodIndex = neighborhoodIndices.NeighborhoodIndex;
	var WeightedNeighborhoodIndex = neighborhoodIndices.WeightedNeighborhoodIndex;
	/**
	* Indexed unweighted Brandes routine.
	*
	* [Reference]:
	* Ulrik Brandes: A Faster Algorithm for Betweenness Centrality.
	* Journal of Mathematical Sociology 25(2):163-177, 2001.
	*
	* @param  {Graph}    graph - The graphology instance.
	* @return {function}
	*/
	exports.createUnweightedIndexedBrandes = function createUnweightedIndexedBrandes(graph) {
		var neighborhoodIndex = new NeighborhoodIndex(graph);
		var neighborhood = neighborhoodIndex.neighborhood, starts = neighborhoodIndex.starts;
		var order = graph.order;
		var S = new FixedStack(typed.getPointerArray(order), order), sigma = new Uint32Array(order), P = new Array(order), D = new Int32Array(order);
		var Q = new FixedDeque(Uint32Array, order);
		var brandes = function(sourceIndex) {
			var Dv, sigmav, start, stop, j, v = 0, w;
			for (; v < order; v++) {
				P[v] = [];
				sigma[v] = 0;
				D[v] = -1;
			}
			sigma[sourceIndex] = 1;
			D[sourceIndex] = 0;
			Q.push(sourceIndex);
			while (Q.size !== 0) {
				v = Q.shift();
				S.push(v);
				Dv = D[v];
				sigmav = sigma[v];
				start = starts[v];
				stop = starts[v + 1];
				for (j = start; j < stop; j++) {
					w = neighborhood[j];
					if (D[w] === -1) {
						Q.push(w);
						D[w] = Dv + 1;
					}
					if (D[w] === Dv + 1) {
						sigma[w] += sigmav;
						P[w].push(v);
					}
				}
			}
			return [
				S,
				P,
				sigma
			];
		};
		brandes.index = neighborhoodIndex;
		return brandes;
	};
	function BRANDES_DIJKSTRA_HEAP_COMPARATOR(a, b) {
		if (a[0] > b[0]) return 1;
		if (a[0] < b[0]) return -1;
		if (a[1] > b[1]) return 1;
		if (a[1] < b[1]) return -1;
		if (a[2] > b[2]) return 1;
		if (a[2] < b[2]) return -1;
		if (a[3] > b[3]) return 1;
		if (a[3] < b[3]) return -1;
		return 0;
	}
	/**
	* Indexed Dijkstra Brandes routine.
	*
	* [Reference]:
	* Ulrik Brandes: A Faster Algorithm for Betweenness Centrality.
	* Journal of Mathematical Sociology 25(2):163-177, 2001.
	*
	* @param  {Graph}    graph         - The graphology instance.
	* @param  {string}   getEdgeWeight - Name of the weight attribute or getter function.
	* @return {function}
	*/
	exports.createDijkstraIndexedBrandes = function createDijkstraIndexedBrandes(graph, getEdgeWeight) {
		var neighborhoodIndex = new WeightedNeighborhoodIndex(graph, getEdgeWeight || "weight");
		var neighborhood = neighborhoodIndex.neighborhood, weights = neighborhoodIndex.weights, starts = neighborhoodIndex.starts;
		var order = graph.order;
		var S = new FixedStack(typed.getPointerArray(order), order), sigma = new Uint32Array(order), P = new Array(order), D = new Float64Array(order), seen = new Float64Array(order);
		var Q = new Heap(BRANDES_DIJKSTRA_HEAP_COMPARATOR);
		var brandes = function(sourceIndex) {
			var start, stop, item, dist, pred, cost, j, v, w;
			var count = 0;
			for (v = 0; v < order; v++) {
				P[v] = [];
				sigma[v] = 0;
				D[v] = -1;
				seen[v] = -1;
			}
			sigma[sourceIndex] = 1;
			seen[sourceIndex] = 0;
			Q.push([
				0,
				count++,
				sourceIndex,
				sourceIndex
			]);
			while (Q.size !== 0) {
				item = Q.pop();
				dist = item[0];
				pred = item[2];
				v = item[3];
				if (D[v] !== -1) continue;
				S.push(v);
				D[v] = dist;
				sigma[v] += sigma[pred];
				start = starts[v];
				stop = starts[v + 1];
				for (j = start; j < stop; j++) {
					w = neighborhood[j];
					cost = dist + weights[j];
					if (D[w] === -1 && (seen[w] === -1 || cost < seen[w])) {
						seen[w] = cost;
						Q.push([
							cost,
							count++,
							v,
							w
						]);
						sigma[w] = 0;
						P[w] = [v];
					} else if (cost === seen[w]) {
						sigma[w] += sigma[v];
						P[w].push(v);
					}
				}
			}
			return [
				S,
				P,
				sigma
			];
		};
		brandes.index = neighborhoodIndex;
		return brandes;
	};
}));
// node_modules/graphology-utils/defaults.js
var require_defaults = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology Defaults
	* ====================
	*
	* Helper function used throughout the standard lib to resolve defaults.
	*/
	function isLeaf(o) {
		return !o || typeof o !== "object" || typeof o === "function" || Array.isArray(o) || o instanceof Set || o instanceof Map || o instanceof RegExp || o instanceof Date;
	}
	function resolveDefaults(target, defaults) {
		target = target || {};
		var output = {};
		for (var k in defaults) {
			var existing = target[k];
			var def = defaults[k];
			if (!isLeaf(def)) {
				output[k] = resolveDefaults(existing, def);
				continue;
			}
			if (existing === void 0) output[k] = def;
			else output[k] = existing;
		}
		return output;
	}
	module.exports = resolveDefaults;
}));
// node_modules/graphology-metrics/centrality/betweenness.js
var require_betweenness = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology Betweenness Centrality
	* ==================================
	*
	* Function computing betweenness centrality.
	*/
	var isGraph = require_is_graph();
	var lib = require_indexed_brandes();
	var resolveDefaults = require_defaults();
	var createUnweightedIndexedBrandes = lib.createUnweightedIndexedBrandes;
	var createDijkstraIndexedBrandes = lib.createDijkstraIndexedBrandes;
	/**
	* Defaults.
	*/
	var DEFAULTS = {
		nodeCentralityAttribute: "betweennessCentrality",
		getEdgeWeight: "weight",
		normalized: true
	};
	/**
	* Abstract function computing beetweenness centrality for the given graph.
	*
	* @param  {boolean} assign                      - Assign the results to node attributes?
	* @param  {Graph}   graph                       - Target graph.
	* @param  {object}  [options]                   - Options:
	* @param  {object}    [nodeCentralityAttribute] - Name of the attribute to assign.
	* @param  {string}    [getEdgeWeight]           - Name of the weight attribute or getter function.
	* @param  {boolean}   [normalized]              - Should the centrality be normalized?
	* @param  {object}
	*/
	function abstractBetweennessCentrality(assign, graph, options) {
		if (!isGraph(graph)) throw new Error("graphology-centrality/beetweenness-centrality: the given graph is not a valid graphology instance.");
		options = resolveDefaults(options, DEFAULTS);
		var outputName = options.nodeCentralityAttribute;
		var normalized = options.normalized;
		var brandes = options.getEdgeWeight ? createDijkstraIndexedBrandes(graph, options.getEdgeWeight) : createUnweightedIndexedBrandes(graph);
		var N = graph.order;
		var result, S, P, sigma, coefficient, i, j, m, v, w;
		var delta = new Float64Array(N);
		var centralities = new Float64Array(N);
		for (i = 0; i < N; i++) {
			result = brandes(i);
			S = result[0];
			P = result[1];
			sigma = result[2];
			j = S.size;
			while (j--) delta[S.items[S.size - j]] = 0;
			while (S.size !== 0) {
				w = S.pop();
				coefficient = (1 + delta[w]) / sigma[w];
				for (j = 0, m = P[w].length; j < m; j++) {
					v = P[w][j];
					delta[v] += sigma[v] * coefficient;
				}
				if (w !== i) centralities[w] += delta[w];
			}
		}
		var scale = null;
		if (normalized) scale = N <= 2 ? null : 1 / ((N - 1) * (N - 2));
		else scale = graph.type === "undirected" ? .5 : null;
		if (scale !== null) for (i = 0; i < N; i++) centralities[i] *= scale;
		if (assign) return brandes.index.assign(outputName, centralities);
		return brandes.index.collect(centralities);
	}
	/**
	* Exporting.
	*/
	var betweennessCentrality = abstractBetweennessCentrality.bind(null, false);
	betweennessCentrality.assign = abstractBetweennessCentrality.bind(null, true);
	module.exports = betweennessCentrality;
}));
// node_modules/mnemonist/sparse-set.js
var require_sparse_set = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist SparseSet
	* ====================
	*
	* JavaScript sparse set implemented on top of byte arrays.
	*
	* [Reference]: https://research.swtch.com/sparse
	*/
	var Iterator = require_iterator();
	var getPointerArray = require_typed_arrays().getPointerArray;
	/**
	* SparseSet.
	*
	* @constructor
	*/
	function SparseSet(length) {
		var ByteArray = getPointerArray(length);
		this.size = 0;
		this.length = length;
		this.dense = new ByteArray(length);
		this.sparse = new ByteArray(length);
	}
	/**
	* Method used to clear the structure.
	*
	* @return {undefined}
	*/
	SparseSet.prototype.clear = function() {
		this.size = 0;
	};
	/**
	* Method used to check the existence of a member in the set.
	*
	* @param  {number} member - Member to test.
	* @return {SparseSet}
	*/
	SparseSet.prototype.has = function(member) {
		var index = this.sparse[member];
		return index < this.size && this.dense[index] === member;
	};
	/**
	* Method used to add a member to the set.
	*
	* @param  {number} member - Member to add.
	* @return {SparseSet}
	*/
	SparseSet.prototype.add = function(member) {
		var index = this.sparse[member];
		if (index < this.size && this.dense[index] === member) return this;
		this.dense[this.size] = member;
		this.sparse[member] = this.size;
		this.size++;
		return this;
	};
	/**
	* Method used to remove a member from the set.
	*
	* @param  {number} member - Member to delete.
	* @return {boolean}
	*/
	SparseSet.prototype.delete = function(member) {
		var index = this.sparse[member];
		if (index >= this.size || this.dense[index] !== member) return false;
		index = this.dense[this.size - 1];
		this.dense[this.sparse[member]] = index;
		this.sparse[index] = this.sparse[member];
		this.size--;
		return true;
	};
	/**
	* Method used to iterate over the set's values.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	SparseSet.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		var item;
		for (var i = 0; i < this.size; i++) {
			item = this.dense[i];
			callback.call(scope, item, item);
		}
	};
	/**
	* Method used to create an iterator over a set's values.
	*
	* @return {Iterator}
	*/
	SparseSet.prototype.values = function() {
		var size = this.size, dense = this.dense, i = 0;
		return new Iterator(function() {
			if (i < size) {
				var item = dense[i];
				i++;
				return { value: item };
			}
			return { done: true };
		});
	};
	/**
	* Attaching the #.values method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") SparseSet.prototype[Symbol.iterator] = SparseSet.prototype.values;
	/**
	* Convenience known methods.
	*/
	SparseSet.prototype.inspect = function() {
		var proxy = /* @__PURE__ */ new Set();
		for (var i = 0; i < this.size; i++) proxy.add(this.dense[i]);
		Object.defineProperty(proxy, "constructor", {
			value: SparseSet,
			enumerable: false
		});
		proxy.length = this.length;
		return proxy;
	};
	if (typeof Symbol !== "undefined") SparseSet.prototype[Symbol.for("nodejs.util.inspect.custom")] = SparseSet.prototype.inspect;
	/**
	* Exporting.
	*/
	module.exports = SparseSet;
}));
// node_modules/graphology-metrics/centrality/closeness.js
var require_closeness = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology Closeness Centrality
	* ================================
	*
	* JavaScript implementation of the closeness centrality
	*
	* [References]:
	* https://en.wikipedia.org/wiki/Closeness_centrality
	*
	* Linton C. Freeman: Centrality in networks: I.
	* Conceptual clarification. Social Networks 1:215-239, 1979.
	* https://doi.org/10.1016/0378-8733(78)90021-7
	*
	* pg. 201 of Wasserman, S. and Faust, K.,
	* Social Network Analysis: Methods and Applications, 1994,
	* Cambridge University Press.
	*/
	var isGraph = require_is_graph();
	var resolveDefaults = require_defaults();
	var FixedDeque = require_fixed_deque();
	var SparseSet = require_sparse_set();
	var NeighborhoodIndex = require_neighborhood().NeighborhoodIndex;
	/**
	* Defaults.
	*/
	var DEFAULTS = {
		nodeCentralityAttribute: "closenessCentrality",
		wassermanFaust: false
	};
	/**
	* Helpers.
	*/
	function IndexedBFS(graph) {
		this.index = new NeighborhoodIndex(graph, "inbound");
		this.queue = new FixedDeque(Array, graph.order);
		this.seen = new SparseSet(graph.order);
	}
	IndexedBFS.prototype.fromNode = function(i) {
		var index = this.index;
		var queue = this.queue;
		var seen = this.seen;
		seen.clear();
		queue.clear();
		seen.add(i);
		queue.push([i, 0]);
		var item, n, d, j, l, neighbor;
		var total = 0;
		var count = 0;
		while (queue.size !== 0) {
			item = queue.shift();
			n = item[0];
			d = item[1];
			if (d !== 0) {
				total += d;
				count += 1;
			}
			l = index.starts[n + 1];
			for (j = index.starts[n]; j < l; j++) {
				neighbor = index.neighborhood[j];
				if (seen.has(neighbor)) continue;
				seen.add(neighbor);
				queue.push([neighbor, d + 1]);
			}
		}
		return [count, total];
	};
	/**
	* Abstract function computing the closeness centrality of a graph's nodes.
	*
	* @param  {boolean}  assign        - Should we assign the result to nodes.
	* @param  {Graph}    graph         - Target graph.
	* @param  {?object}  option        - Options:
	* @param  {?string}   nodeCentralityAttribute - Name of the centrality attribute to assign.
	* @param  {?boolean}  wassermanFaust - Whether to compute the Wasserman & Faust
	*                                      variant of the metric.
	* @return {object|undefined}
	*/
	function abstractClosenessCentrality(assign, graph, options) {
		if (!isGraph(graph)) throw new Error("graphology-metrics/centrality/closeness: the given graph is not a valid graphology instance.");
		options = resolveDefaults(options, DEFAULTS);
		var wassermanFaust = options.wassermanFaust;
		var bfs = new IndexedBFS(graph);
		var N = graph.order;
		var i, result, count, total, closeness;
		var mapping = new Float64Array(N);
		for (i = 0; i < N; i++) {
			result = bfs.fromNode(i);
			count = result[0];
			total = result[1];
			closeness = 0;
			if (total > 0 && N > 1) {
				closeness = count / total;
				if (wassermanFaust) closeness *= count / (N - 1);
			}
			mapping[i] = closeness;
		}
		if (assign) return bfs.index.assign(options.nodeCentralityAttribute, mapping);
		return bfs.index.collect(mapping);
	}
	/**
	* Exporting.
	*/
	var closenessCentrality = abstractClosenessCentrality.bind(null, false);
	closenessCentrality.assign = abstractClosenessCentrality.bind(null, true);
	module.exports = closenessCentrality;
}));
// node_modules/graphology-metrics/centrality/pagerank.js
var require_pagerank = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology Pagerank
	* ====================
	*
	* JavaScript implementation of the pagerank algorithm for graphology.
	*
	* [Reference]:
	* Page, Lawrence; Brin, Sergey; Motwani, Rajeev and Winograd, Terry,
	* The PageRank citation ranking: Bringing order to the Web. 1999
	*/
	var isGraph = require_is_graph();
	var resolveDefaults = require_defaults();
	var WeightedNeighborhoodIndex = require_neighborhood().WeightedNeighborhoodIndex;
	/**
	* Defaults.
	*/
	var DEFAULTS = {
		nodePagerankAttribute: "pagerank",
		getEdgeWeight: "weight",
		alpha: .85,
		maxIterations: 100,
		tolerance: 1e-6
	};
	/**
	* Abstract function applying the pagerank algorithm to the given graph.
	*
	* @param  {boolean}  assign        - Should we assign the result to nodes.
	* @param  {Graph}    graph         - Target graph.
	* @param  {?object}  option        - Options:
	* @param  {?object}    attributes  - Custom attribute names:
	* @param  {?string}      pagerank  - Name of the pagerank attribute to assign.
	* @param  {?string}      weight    - Name of the weight algorithm.
	* @param  {?number}  alpha         - Damping parameter.
	* @param  {?number}  maxIterations - Maximum number of iterations to perform.
	* @param  {?number}  tolerance     - Error tolerance when checking for convergence.
	* @param  {?boolean} weighted      - Should we use the graph's weights.
	* @return {object|undefined}
	*/
	function abstractPagerank(assign, graph, options) {
		if (!isGraph(graph)) throw new Error("graphology-metrics/centrality/pagerank: the given graph is not a valid graphology instance.");
		options = resolveDefaults(options, DEFAULTS);
		var alpha = options.alpha;
		var maxIterations = options.maxIterations;
		var tolerance = options.tolerance;
		var pagerankAttribute = options.nodePagerankAttribute;
		var N = graph.order;
		var p = 1 / N;
		var index = new WeightedNeighborhoodIndex(graph, options.getEdgeWeight);
		var i, j, l, d;
		var x = new Float64Array(graph.order);
		var normalizedEdgeWeights = new Float64Array(index.weights.length);
		var danglingNodes = [];
		for (i = 0; i < N; i++) {
			x[i] = p;
			l = index.starts[i + 1];
			d = index.outDegrees[i];
			if (d === 0) danglingNodes.push(i);
			for (j = index.starts[i]; j < l; j++) normalizedEdgeWeights[j] = index.weights[j] / d;
		}
		var iteration = 0;
		var error = 0;
		var dangleSum, neighbor, xLast;
		var converged = false;
		while (iteration < maxIterations) {
			xLast = x;
			x = new Float64Array(graph.order);
			dangleSum = 0;
			for (i = 0, l = danglingNodes.length; i < l; i++) dangleSum += xLast[danglingNodes[i]];
			dangleSum *= alpha;
			for (i = 0; i < N; i++) {
				l = index.starts[i + 1];
				for (j = index.starts[i]; j < l; j++) {
					neighbor = index.neighborhood[j];
					x[neighbor] += alpha * xLast[i] * normalizedEdgeWeights[j];
				}
				x[i] += dangleSum * p + (1 - alpha) * p;
			}
			error = 0;
			for (i = 0; i < N; i++) error += Math.abs(x[i] - xLast[i]);
			if (error < N * tolerance) {
				converged = true;
				break;
			}
			iteration++;
		}
		if (!converged) throw Error("graphology-metrics/centrality/pagerank: failed to converge.");
		if (assign) {
			index.assign(pagerankAttribute, x);
			return;
		}
		return index.collect(x);
	}
	/**
	* Exporting.
	*/
	var pagerank = abstractPagerank.bind(null, false);
	pagerank.assign = abstractPagerank.bind(null, true);
	module.exports = pagerank;
}));
require_betweenness();
require_closeness();
require_pagerank();
// node_modules/graphology-utils/infer-type.js
var require_infer_type = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology inferType
	* =====================
	*
	* Useful function used to "guess" the real type of the given Graph using
	* introspection.
	*/
	var isGraph = require_is_graph();
	/**
	* Returning the inferred type of the given graph.
	*
	* @param  {Graph}   graph - Target graph.
	* @return {boolean}
	*/
	module.exports = function inferType(graph) {
		if (!isGraph(graph)) throw new Error("graphology-utils/infer-type: expecting a valid graphology instance.");
		var declaredType = graph.type;
		if (declaredType !== "mixed") return declaredType;
		if (graph.directedSize === 0 && graph.undirectedSize === 0 || graph.directedSize > 0 && graph.undirectedSize > 0) return "mixed";
		if (graph.directedSize > 0) return "directed";
		return "undirected";
	};
}));
// node_modules/mnemonist/sparse-map.js
var require_sparse_map = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist SparseMap
	* ====================
	*
	* JavaScript sparse map implemented on top of byte arrays.
	*
	* [Reference]: https://research.swtch.com/sparse
	*/
	var Iterator = require_iterator();
	var getPointerArray = require_typed_arrays().getPointerArray;
	/**
	* SparseMap.
	*
	* @constructor
	*/
	function SparseMap(Values, length) {
		if (arguments.length < 2) {
			length = Values;
			Values = Array;
		}
		var ByteArray = getPointerArray(length);
		this.size = 0;
		this.length = length;
		this.dense = new ByteArray(length);
		this.sparse = new ByteArray(length);
		this.vals = new Values(length);
	}
	/**
	* Method used to clear the structure.
	*
	* @return {undefined}
	*/
	SparseMap.prototype.clear = function() {
		this.size = 0;
	};
	/**
	* Method used to check the existence of a member in the set.
	*
	* @param  {number} member - Member to test.
	* @return {SparseMap}
	*/
	SparseMap.prototype.has = function(member) {
		var index = this.sparse[member];
		return index < this.size && this.dense[index] === member;
	};
	/**
	* Method used to get the value associated to a member in the set.
	*
	* @param  {number} member - Member to test.
	* @return {any}
	*/
	SparseMap.prototype.get = function(member) {
		var index = this.sparse[member];
		if (index < this.size && this.dense[index] === member) return this.vals[index];
	};
	/**
	* Method used to set a value into the map.
	*
	* @param  {number} member - Member to set.
	* @param  {any}    value  - Associated value.
	* @return {SparseMap}
	*/
	SparseMap.prototype.set = function(member, value) {
		var index = this.sparse[member];
		if (index < this.size && this.dense[index] === member) {
			this.vals[index] = value;
			return this;
		}
		this.dense[this.size] = member;
		this.sparse[member] = this.size;
		this.vals[this.size] = value;
		this.size++;
		return this;
	};
	/**
	* Method used to remove a member from the set.
	*
	* @param  {number} member - Member to delete.
	* @return {boolean}
	*/
	SparseMap.prototype.delete = function(member) {
		var index = this.sparse[member];
		if (index >= this.size || this.dense[index] !== member) return false;
		index = this.dense[this.size - 1];
		this.dense[this.sparse[member]] = index;
		this.sparse[index] = this.sparse[member];
		this.size--;
		return true;
	};
	/**
	* Method used to iterate over the set's values.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	SparseMap.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		for (var i = 0; i < this.size; i++) callback.call(scope, this.vals[i], this.dense[i]);
	};
	/**
	* Method used to create an iterator over a set's members.
	*
	* @return {Iterator}
	*/
	SparseMap.prototype.keys = function() {
		var size = this.size, dense = this.dense, i = 0;
		return new Iterator(function() {
			if (i < size) {
				var item = dense[i];
				i++;
				return { value: item };
			}
			return { done: true };
		});
	};
	/**
	* Method used to create an iterator over a set's values.
	*
	* @return {Iterator}
	*/
	SparseMap.prototype.values = function() {
		var size = this.size, values = this.vals, i = 0;
		return new Iterator(function() {
			if (i < size) {
				var item = values[i];
				i++;
				return { value: item };
			}
			return { done: true };
		});
	};
	/**
	* Method used to create an iterator over a set's entries.
	*
	* @return {Iterator}
	*/
	SparseMap.prototype.entries = function() {
		var size = this.size, dense = this.dense, values = this.vals, i = 0;
		return new Iterator(function() {
			if (i < size) {
				var item = [dense[i], values[i]];
				i++;
				return { value: item };
			}
			return { done: true };
		});
	};
	/**
	* Attaching the #.entries method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") SparseMap.prototype[Symbol.iterator] = SparseMap.prototype.entries;
	/**
	* Convenience known methods.
	*/
	SparseMap.prototype.inspect = function() {
		var proxy = /* @__PURE__ */ new Map();
		for (var i = 0; i < this.size; i++) proxy.set(this.dense[i], this.vals[i]);
		Object.defineProperty(proxy, "constructor", {
			value: SparseMap,
			enumerable: false
		});
		proxy.length = this.length;
		if (this.vals.constructor !== Array) proxy.type = this.vals.constructor.name;
		return proxy;
	};
	if (typeof Symbol !== "undefined") SparseMap.prototype[Symbol.for("nodejs.util.inspect.custom")] = SparseMap.prototype.inspect;
	/**
	* Exporting.
	*/
	module.exports = SparseMap;
}));
// node_modules/mnemonist/sparse-queue-set.js
var require_sparse_queue_set = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist SparseQueueSet
	* =========================
	*
	* JavaScript sparse queue set implemented on top of byte arrays.
	*
	* [Reference]: https://research.swtch.com/sparse
	*/
	var Iterator = require_iterator();
	var getPointerArray = require_typed_arrays().getPointerArray;
	/**
	* SparseQueueSet.
	*
	* @constructor
	*/
	function SparseQueueSet(capacity) {
		var ByteArray = getPointerArray(capacity);
		this.start = 0;
		this.size = 0;
		this.capacity = capacity;
		this.dense = new ByteArray(capacity);
		this.sparse = new ByteArray(capacity);
	}
	/**
	* Method used to clear the structure.
	*
	* @return {undefined}
	*/
	SparseQueueSet.prototype.clear = function() {
		this.start = 0;
		this.size = 0;
	};
	/**
	* Method used to check the existence of a member in the queue.
	*
	* @param  {number} member - Member to test.
	* @return {SparseQueueSet}
	*/
	SparseQueueSet.prototype.has = function(member) {
		if (this.size === 0) return false;
		var index = this.sparse[member];
		return (index < this.capacity && index >= this.start && index < this.start + this.size || index < (this.start + this.size) % this.capacity) && this.dense[index] === member;
	};
	/**
	* Method used to add a member to the queue.
	*
	* @param  {number} member - Member to add.
	* @return {SparseQueueSet}
	*/
	SparseQueueSet.prototype.enqueue = function(member) {
		var index = this.sparse[member];
		if (this.size !== 0) {
			if ((index < this.capacity && index >= this.start && index < this.start + this.size || index < (this.start + this.size) % this.capacity) && this.dense[index] === member) return this;
		}
		index = (this.start + this.size) % this.capacity;
		this.dense[index] = member;
		this.sparse[member] = index;
		this.size++;
		return this;
	};
	/**
	* Method used to remove the next member from the queue.
	*
	* @param  {number} member - Member to delete.
	* @return {boolean}
	*/
	SparseQueueSet.prototype.dequeue = function() {
		if (this.size === 0) return;
		var index = this.start;
		this.size--;
		this.start++;
		if (this.start === this.capacity) this.start = 0;
		var member = this.dense[index];
		this.sparse[member] = this.capacity;
		return member;
	};
	/**
	* Method used to iterate over the queue's values.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	SparseQueueSet.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		var c = this.capacity, l = this.size, i = this.start, j = 0;
		while (j < l) {
			callback.call(scope, this.dense[i], j, this);
			i++;
			j++;
			if (i === c) i = 0;
		}
	};
	/**
	* Method used to create an iterator over a set's values.
	*
	* @return {Iterator}
	*/
	SparseQueueSet.prototype.values = function() {
		var dense = this.dense, c = this.capacity, l = this.size, i = this.start, j = 0;
		return new Iterator(function() {
			if (j >= l) return { done: true };
			var value = dense[i];
			i++;
			j++;
			if (i === c) i = 0;
			return {
				value,
				done: false
			};
		});
	};
	/**
	* Attaching the #.values method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") SparseQueueSet.prototype[Symbol.iterator] = SparseQueueSet.prototype.values;
	/**
	* Convenience known methods.
	*/
	SparseQueueSet.prototype.inspect = function() {
		var proxy = [];
		this.forEach(function(member) {
			proxy.push(member);
		});
		Object.defineProperty(proxy, "constructor", {
			value: SparseQueueSet,
			enumerable: false
		});
		proxy.capacity = this.capacity;
		return proxy;
	};
	if (typeof Symbol !== "undefined") SparseQueueSet.prototype[Symbol.for("nodejs.util.inspect.custom")] = SparseQueueSet.prototype.inspect;
	/**
	* Exporting.
	*/
	module.exports = SparseQueueSet;
}));
// node_modules/pandemonium/random-index.js
var require_random_index = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Pandemonium Random Index
	* =========================
	*
	* Random index function.
	*/
	/**
	* Creating a function returning a random index from the given array.
	*
	* @param  {function} rng - RNG function returning uniform random.
	* @return {function}     - The created function.
	*/
	function createRandomIndex(rng) {
		/**
		* Random function.
		*
		* @param  {array|number}  array - Target array or length of the array.
		* @return {number}
		*/
		return function(length) {
			if (typeof length !== "number") length = length.length;
			return Math.floor(rng() * length);
		};
	}
	/**
	* Default random index using `Math.random`.
	*/
	var randomIndex = createRandomIndex(Math.random);
	/**
	* Exporting.
	*/
	randomIndex.createRandomIndex = createRandomIndex;
	module.exports = randomIndex;
}));
// node_modules/graphology-indices/louvain.js
var require_louvain = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Graphology Louvain Indices
	* ===========================
	*
	* Undirected & Directed Louvain Index structures used to compute the famous
	* Louvain community detection algorithm.
	*
	* Most of the rationale is explained in `graphology-metrics`.
	*
	* Note that this index shares a lot with the classic Union-Find data
	* structure. It also relies on a unused id stack to make sure we can
	* increase again the number of communites when isolating nodes.
	*
	* [Articles]
	* M. E. J. Newman, « Modularity and community structure in networks »,
	* Proc. Natl. Acad. Sci. USA, vol. 103, no 23, 2006, p. 8577–8582
	* https://dx.doi.org/10.1073%2Fpnas.0601602103
	*
	* Newman, M. E. J. « Community detection in networks: Modularity optimization
	* and maximum likelihood are equivalent ». Physical Review E, vol. 94, no 5,
	* novembre 2016, p. 052315. arXiv.org, doi:10.1103/PhysRevE.94.052315.
	* https://arxiv.org/pdf/1606.02319.pdf
	*
	* Blondel, Vincent D., et al. « Fast unfolding of communities in large
	* networks ». Journal of Statistical Mechanics: Theory and Experiment,
	* vol. 2008, no 10, octobre 2008, p. P10008. DOI.org (Crossref),
	* doi:10.1088/1742-5468/2008/10/P10008.
	* https://arxiv.org/pdf/0803.0476.pdf
	*
	* Nicolas Dugué, Anthony Perez. Directed Louvain: maximizing modularity in
	* directed networks. [Research Report] Université d’Orléans. 2015. hal-01231784
	* https://hal.archives-ouvertes.fr/hal-01231784
	*
	* R. Lambiotte, J.-C. Delvenne and M. Barahona. Laplacian Dynamics and
	* Multiscale Modular Structure in Networks,
	* doi:10.1109/TNSE.2015.2391998.
	* https://arxiv.org/abs/0812.1770
	*
	* [Latex]:
	*
	* Undirected Case:
	* ----------------
	*
	* \Delta Q=\bigg{[}\frac{\sum^{c}_{in}-(2d_{c}+l)}{2m}-\bigg{(}\frac{\sum^{c}_{tot}-(d+l)}{2m}\bigg{)}^{2}+\frac{\sum^{t}_{in}+(2d_{t}+l)}{2m}-\bigg{(}\frac{\sum^{t}_{tot}+(d+l)}{2m}\bigg{)}^{2}\bigg{]}-\bigg{[}\frac{\sum^{c}_{in}}{2m}-\bigg{(}\frac{\sum^{c}_{tot}}{2m}\bigg{)}^{2}+\frac{\sum^{t}_{in}}{2m}-\bigg{(}\frac{\sum^{t}_{tot}}{2m}\bigg{)}^{2}\bigg{]}
	* \Delta Q=\frac{d_{t}-d_{c}}{m}+\frac{l\sum^{c}_{tot}+d\sum^{c}_{tot}-d^{2}-l^{2}-2dl-l\sum^{t}_{tot}-d\sum^{t}_{tot}}{2m^{2}}
	* \Delta Q=\frac{d_{t}-d_{c}}{m}+\frac{(l+d)\sum^{c}_{tot}-d^{2}-l^{2}-2dl-(l+d)\sum^{t}_{tot}}{2m^{2}}
	*
	* Directed Case:
	* --------------
	* \Delta Q_d=\bigg{[}\frac{\sum^{c}_{in}-(d_{c.in}+d_{c.out}+l)}{m}-\frac{(\sum^{c}_{tot.in}-(d_{in}+l))(\sum^{c}_{tot.out}-(d_{out}+l))}{m^{2}}+\frac{\sum^{t}_{in}+(d_{t.in}+d_{t.out}+l)}{m}-\frac{(\sum^{t}_{tot.in}+(d_{in}+l))(\sum^{t}_{tot.out}+(d_{out}+l))}{m^{2}}\bigg{]}-\bigg{[}\frac{\sum^{c}_{in}}{m}-\frac{\sum^{c}_{tot.in}\sum^{c}_{tot.out}}{m^{2}}+\frac{\sum^{t}_{in}}{m}-\frac{\sum^{t}_{tot.in}\sum^{t}_{tot.out}}{m^{2}}\bigg{]}
	*
	* [Notes]:
	* Louvain is a bit unclear on this but delta computation are not derived from
	* Q1 - Q2 but rather between Q when considered node is isolated in its own
	* community versus Q with this node in target community. This is in fact
	* an optimization because the subtract part is constant in the formulae and
	* does not affect delta comparisons.
	*/
	var typed = require_typed_arrays();
	var resolveDefaults = require_defaults();
	var createEdgeWeightGetter = require_getters().createEdgeWeightGetter;
	var INSPECT = Symbol.for("nodejs.util.inspect.custom");
	var DEFAULTS = {
		getEdgeWeight: "weight",
		keepDendrogram: false,
		resolution: 1
	};
	function UndirectedLouvainIndex(graph, options) {
		options = resolveDefaults(options, DEFAULTS);
		var resolution = options.resolution;
		var getEdgeWeight = createEdgeWeightGetter(options.getEdgeWeight).fromEntry;
		var size = (graph.size - graph.selfLoopCount) * 2;
		var NeighborhoodPointerArray = typed.getPointerArray(size);
		var NodesPointerArray = typed.getPointerArray(graph.order + 1);
		var WeightsArray = options.getEdgeWeight ? Float64Array : typed.getPointerArray(graph.size * 2);
		this.C = graph.order;
		this.M = 0;
		this.E = size;
		this.U = 0;
		this.resolution = resolution;
		this.level = 0;
		this.graph = graph;
		this.nodes = new Array(graph.order);
		this.keepDendrogram = options.keepDendrogram;
		this.neighborhood = new NodesPointerArray(size);
		this.weights = new WeightsArray(size);
		this.loops = new WeightsArray(graph.order);
		this.starts = new NeighborhoodPointerArray(graph.order + 1);
		this.belongings = new NodesPointerArray(graph.order);
		this.dendrogram = [];
		this.mapping = null;
		this.counts = new NodesPointerArray(graph.order);
		this.unused = new NodesPointerArray(graph.order);
		this.totalWeights = new WeightsArray(graph.order);
		var ids = {};
		var weight;
		var i = 0, n = 0;
		var self = this;
		graph.forEachNode(function(node) {
			self.nodes[i] = node;
			ids[node] = i;
			n += graph.undirectedDegreeWithoutSelfLoops(node);
			self.starts[i] = n;
			self.belongings[i] = i;
			self.counts[i] = 1;
			i++;
		});
		graph.forEachEdge(function(edge, attr, source, target, sa, ta, u) {
			weight = getEdgeWeight(edge, attr, source, target, sa, ta, u);
			source = ids[source];
			target = ids[target];
			self.M += weight;
			if (source === target) {
				self.totalWeights[source] += weight * 2;
				self.loops[source] = weight * 2;
			} else {
				self.totalWeights[source] += weight;
				self.totalWeights[target] += weight;
				var startSource = --self.starts[source], startTarget = --self.starts[target];
				self.neighborhood[startSource] = target;
				self.neighborhood[startTarget] = source;
				self.weights[startSource] = weight;
				self.weights[startTarget] = weight;
			}
		});
		this.starts[i] = this.E;
		if (this.keepDendrogram) this.dendrogram.push(this.belongings.slice());
		else this.mapping = this.belongings.slice();
	}
	UndirectedLouvainIndex.prototype.isolate = function(i, degree) {
		var currentCommunity = this.belongings[i];
		if (this.counts[currentCommunity] === 1) return currentCommunity;
		var newCommunity = this.unused[--this.U];
		var loops = this.loops[i];
		this.totalWeights[currentCommunity] -= degree + loops;
		this.totalWeights[newCommunity] += degree + loops;
		this.belongings[i] = newCommunity;
		this.counts[currentCommunity]--;
		this.counts[newCommunity]++;
		return newCommunity;
	};
	UndirectedLouvainIndex.prototype.move = function(i, degree, targetCommunity) {
		var currentCommunity = this.belongings[i], loops = this.loops[i];
		this.totalWeights[currentCommunity] -= degree + loops;
		this.totalWeights[targetCommunity] += degree + loops;
		this.belongings[i] = targetCommunity;
		var nowEmpty = this.counts[currentCommunity]-- === 1;
		this.counts[targetCommunity]++;
		if (nowEmpty) this.unused[this.U++] = currentCommunity;
	};
	UndirectedLouvainIndex.prototype.computeNodeDegree = function(i) {
		var o, l, weight;
		var degree = 0;
		for (o = this.starts[i], l = this.starts[i + 1]; o < l; o++) {
			weight = this.weights[o];
			degree += weight;
		}
		return degree;
	};
	UndirectedLouvainIndex.prototype.expensiveIsolate = function(i) {
		var degree = this.computeNodeDegree(i);
		return this.isolate(i, degree);
	};
	UndirectedLouvainIndex.prototype.expensiveMove = function(i, ci) {
		var degree = this.computeNodeDegree(i);
		this.move(i, degree, ci);
	};
	UndirectedLouvainIndex.prototype.zoomOut = function() {
		var inducedGraph = new Array(this.C - this.U), newLabels = {};
		var N = this.nodes.length;
		var C = 0, E = 0;
		var i = 0, j, l = this.C, m, n, ci, cj, data, adj;
		for (; i < l; i++) {
			ci = this.belongings[i];
			if (!(ci in newLabels)) {
				newLabels[ci] = C;
				inducedGraph[C] = {
					adj: {},
					totalWeights: this.totalWeights[ci],
					internalWeights: 0
				};
				C++;
			}
			this.belongings[i] = newLabels[ci];
		}
		var currentLevel, nextLevel;
		if (this.keepDendrogram) {
			currentLevel = this.dendrogram[this.level];
			nextLevel = new (typed.getPointerArray(C))(N);
			for (i = 0; i < N; i++) nextLevel[i] = this.belongings[currentLevel[i]];
			this.dendrogram.push(nextLevel);
		} else for (i = 0; i < N; i++) this.mapping[i] = this.belongings[this.mapping[i]];
		for (i = 0, l = this.C; i < l; i++) {
			ci = this.belongings[i];
			data = inducedGraph[ci];
			adj = data.adj;
			data.internalWeights += this.loops[i];
			for (j = this.starts[i], m = this.starts[i + 1]; j < m; j++) {
				n = this.neighborhood[j];
				cj = this.belongings[n];
				if (ci === cj) {
					data.internalWeights += this.weights[j];
					continue;
				}
				if (!(cj in adj)) adj[cj] = 0;
				adj[cj] += this.weights[j];
			}
		}
		this.C = C;
		n = 0;
		for (ci = 0; ci < C; ci++) {
			data = inducedGraph[ci];
			adj = data.adj;
			ci = +ci;
			this.totalWeights[ci] = data.totalWeights;
			this.loops[ci] = data.internalWeights;
			this.counts[ci] = 1;
			this.starts[ci] = n;
			this.belongings[ci] = ci;
			for (cj in adj) {
				this.neighborhood[n] = +cj;
				this.weights[n] = adj[cj];
				E++;
				n++;
			}
		}
		this.starts[C] = E;
		this.E = E;
		this.U = 0;
		this.level++;
		return newLabels;
	};
	UndirectedLouvainIndex.prototype.modularity = function() {
		var ci, cj, i, j, m;
		var Q = 0;
		var M2 = this.M * 2;
		var internalWeights = new Float64Array(this.C);
		for (i = 0; i < this.C; i++) {
			ci = this.belongings[i];
			internalWeights[ci] += this.loops[i];
			for (j = this.starts[i], m = this.starts[i + 1]; j < m; j++) {
				cj = this.belongings[this.neighborhood[j]];
				if (ci !== cj) continue;
				internalWeights[ci] += this.weights[j];
			}
		}
		for (i = 0; i < this.C; i++) Q += internalWeights[i] / M2 - Math.pow(this.totalWeights[i] / M2, 2) * this.resolution;
		return Q;
	};
	UndirectedLouvainIndex.prototype.delta = function(i, degree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalWeight = this.totalWeights[targetCommunity];
		degree += this.loops[i];
		return targetCommunityDegree / M - targetCommunityTotalWeight * degree * this.resolution / (2 * M * M);
	};
	UndirectedLouvainIndex.prototype.deltaWithOwnCommunity = function(i, degree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalWeight = this.totalWeights[targetCommunity];
		degree += this.loops[i];
		return targetCommunityDegree / M - (targetCommunityTotalWeight - degree) * degree * this.resolution / (2 * M * M);
	};
	UndirectedLouvainIndex.prototype.fastDelta = function(i, degree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalWeight = this.totalWeights[targetCommunity];
		degree += this.loops[i];
		return targetCommunityDegree - degree * targetCommunityTotalWeight * this.resolution / (2 * M);
	};
	UndirectedLouvainIndex.prototype.fastDeltaWithOwnCommunity = function(i, degree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalWeight = this.totalWeights[targetCommunity];
		degree += this.loops[i];
		return targetCommunityDegree - degree * (targetCommunityTotalWeight - degree) * this.resolution / (2 * M);
	};
	UndirectedLouvainIndex.prototype.bounds = function(i) {
		return [this.starts[i], this.starts[i + 1]];
	};
	UndirectedLouvainIndex.prototype.project = function() {
		var self = this;
		var projection = {};
		self.nodes.slice(0, this.C).forEach(function(node, i) {
			projection[node] = Array.from(self.neighborhood.slice(self.starts[i], self.starts[i + 1])).map(function(j) {
				return self.nodes[j];
			});
		});
		return projection;
	};
	UndirectedLouvainIndex.prototype.collect = function(level) {
		if (arguments.length < 1) level = this.level;
		var o = {};
		var mapping = this.keepDendrogram ? this.dendrogram[level] : this.mapping;
		var i = 0, l = mapping.length;
		for (; i < l; i++) o[this.nodes[i]] = mapping[i];
		return o;
	};
	UndirectedLouvainIndex.prototype.assign = function(prop, level) {
		if (arguments.length < 2) level = this.level;
		var mapping = this.keepDendrogram ? this.dendrogram[level] : this.mapping;
		var i = 0, l = mapping.length;
		for (; i < l; i++) this.graph.setNodeAttribute(this.nodes[i], prop, mapping[i]);
	};
	UndirectedLouvainIndex.prototype[INSPECT] = function() {
		var proxy = {};
		Object.defineProperty(proxy, "constructor", {
			value: UndirectedLouvainIndex,
			enumerable: false
		});
		proxy.C = this.C;
		proxy.M = this.M;
		proxy.E = this.E;
		proxy.U = this.U;
		proxy.resolution = this.resolution;
		proxy.level = this.level;
		proxy.nodes = this.nodes;
		proxy.starts = this.starts.slice(0, proxy.C + 1);
		var eTruncated = ["neighborhood", "weights"];
		var cTruncated = [
			"counts",
			"loops",
			"belongings",
			"totalWeights"
		];
		var self = this;
		eTruncated.forEach(function(key) {
			proxy[key] = self[key].slice(0, proxy.E);
		});
		cTruncated.forEach(function(key) {
			proxy[key] = self[key].slice(0, proxy.C);
		});
		proxy.unused = this.unused.slice(0, this.U);
		if (this.keepDendrogram) proxy.dendrogram = this.dendrogram;
		else proxy.mapping = this.mapping;
		return proxy;
	};
	function DirectedLouvainIndex(graph, options) {
		options = resolveDefaults(options, DEFAULTS);
		var resolution = options.resolution;
		var getEdgeWeight = createEdgeWeightGetter(options.getEdgeWeight).fromEntry;
		var size = (graph.size - graph.selfLoopCount) * 2;
		var NeighborhoodPointerArray = typed.getPointerArray(size);
		var NodesPointerArray = typed.getPointerArray(graph.order + 1);
		var WeightsArray = options.getEdgeWeight ? Float64Array : typed.getPointerArray(graph.size * 2);
		this.C = graph.order;
		this.M = 0;
		this.E = size;
		this.U = 0;
		this.resolution = resolution;
		this.level = 0;
		this.graph = graph;
		this.nodes = new Array(graph.order);
		this.keepDendrogram = options.keepDendrogram;
		this.neighborhood = new NodesPointerArray(size);
		this.weights = new WeightsArray(size);
		this.loops = new WeightsArray(graph.order);
		this.starts = new NeighborhoodPointerArray(graph.order + 1);
		this.offsets = new NeighborhoodPointerArray(graph.order);
		this.belongings = new NodesPointerArray(graph.order);
		this.dendrogram = [];
		this.counts = new NodesPointerArray(graph.order);
		this.unused = new NodesPointerArray(graph.order);
		this.totalInWeights = new WeightsArray(graph.order);
		this.totalOutWeights = new WeightsArray(graph.order);
		var ids = {};
		var weight;
		var i = 0, n = 0;
		var self = this;
		graph.forEachNode(function(node) {
			self.nodes[i] = node;
			ids[node] = i;
			n += graph.outDegreeWithoutSelfLoops(node);
			self.starts[i] = n;
			n += graph.inDegreeWithoutSelfLoops(node);
			self.offsets[i] = n;
			self.belongings[i] = i;
			self.counts[i] = 1;
			i++;
		});
		graph.forEachEdge(function(edge, attr, source, target, sa, ta, u) {
			weight = getEdgeWeight(edge, attr, source, target, sa, ta, u);
			source = ids[source];
			target = ids[target];
			self.M += weight;
			if (source === target) {
				self.loops[source] += weight;
				self.totalInWeights[source] += weight;
				self.totalOutWeights[source] += weight;
			} else {
				self.totalOutWeights[source] += weight;
				self.totalInWeights[target] += weight;
				var startSource = --self.starts[source], startTarget = --self.offsets[target];
				self.neighborhood[startSource] = target;
				self.neighborhood[startTarget] = source;
				self.weights[startSource] = weight;
				self.weights[startTarget] = weight;
			}
		});
		this.starts[i] = this.E;
		if (this.keepDendrogram) this.dendrogram.push(this.belongings.slice());
		else this.mapping = this.belongings.slice();
	}
	DirectedLouvainIndex.prototype.bounds = UndirectedLouvainIndex.prototype.bounds;
	DirectedLouvainIndex.prototype.inBounds = function(i) {
		return [this.offsets[i], this.starts[i + 1]];
	};
	DirectedLouvainIndex.prototype.outBounds = function(i) {
		return [this.starts[i], this.offsets[i]];
	};
	DirectedLouvainIndex.prototype.project = UndirectedLouvainIndex.prototype.project;
	DirectedLouvainIndex.prototype.projectIn = function() {
		var self = this;
		var projection = {};
		self.nodes.slice(0, this.C).forEach(function(node, i) {
			projection[node] = Array.from(self.neighborhood.slice(self.offsets[i], self.starts[i + 1])).map(function(j) {
				return self.nodes[j];
			});
		});
		return projection;
	};
	DirectedLouvainIndex.prototype.projectOut = function() {
		var self = this;
		var projection = {};
		self.nodes.slice(0, this.C).forEach(function(node, i) {
			projection[node] = Array.from(self.neighborhood.slice(self.starts[i], self.offsets[i])).map(function(j) {
				return self.nodes[j];
			});
		});
		return projection;
	};
	DirectedLouvainIndex.prototype.isolate = function(i, inDegree, outDegree) {
		var currentCommunity = this.belongings[i];
		if (this.counts[currentCommunity] === 1) return currentCommunity;
		var newCommunity = this.unused[--this.U];
		var loops = this.loops[i];
		this.totalInWeights[currentCommunity] -= inDegree + loops;
		this.totalInWeights[newCommunity] += inDegree + loops;
		this.totalOutWeights[currentCommunity] -= outDegree + loops;
		this.totalOutWeights[newCommunity] += outDegree + loops;
		this.belongings[i] = newCommunity;
		this.counts[currentCommunity]--;
		this.counts[newCommunity]++;
		return newCommunity;
	};
	DirectedLouvainIndex.prototype.move = function(i, inDegree, outDegree, targetCommunity) {
		var currentCommunity = this.belongings[i], loops = this.loops[i];
		this.totalInWeights[currentCommunity] -= inDegree + loops;
		this.totalInWeights[targetCommunity] += inDegree + loops;
		this.totalOutWeights[currentCommunity] -= outDegree + loops;
		this.totalOutWeights[targetCommunity] += outDegree + loops;
		this.belongings[i] = targetCommunity;
		var nowEmpty = this.counts[currentCommunity]-- === 1;
		this.counts[targetCommunity]++;
		if (nowEmpty) this.unused[this.U++] = currentCommunity;
	};
	DirectedLouvainIndex.prototype.computeNodeInDegree = function(i) {
		var o, l, weight;
		var inDegree = 0;
		for (o = this.offsets[i], l = this.starts[i + 1]; o < l; o++) {
			weight = this.weights[o];
			inDegree += weight;
		}
		return inDegree;
	};
	DirectedLouvainIndex.prototype.computeNodeOutDegree = function(i) {
		var o, l, weight;
		var outDegree = 0;
		for (o = this.starts[i], l = this.offsets[i]; o < l; o++) {
			weight = this.weights[o];
			outDegree += weight;
		}
		return outDegree;
	};
	DirectedLouvainIndex.prototype.expensiveMove = function(i, ci) {
		var inDegree = this.computeNodeInDegree(i), outDegree = this.computeNodeOutDegree(i);
		this.move(i, inDegree, outDegree, ci);
	};
	DirectedLouvainIndex.prototype.zoomOut = function() {
		var inducedGraph = new Array(this.C - this.U), newLabels = {};
		var N = this.nodes.length;
		var C = 0, E = 0;
		var i = 0, j, l = this.C, m, n, ci, cj, data, offset, out, adj, inAdj, outAdj;
		for (; i < l; i++) {
			ci = this.belongings[i];
			if (!(ci in newLabels)) {
				newLabels[ci] = C;
				inducedGraph[C] = {
					inAdj: {},
					outAdj: {},
					totalInWeights: this.totalInWeights[ci],
					totalOutWeights: this.totalOutWeights[ci],
					internalWeights: 0
				};
				C++;
			}
			this.belongings[i] = newLabels[ci];
		}
		var currentLevel, nextLevel;
		if (this.keepDendrogram) {
			currentLevel = this.dendrogram[this.level];
			nextLevel = new (typed.getPointerArray(C))(N);
			for (i = 0; i < N; i++) nextLevel[i] = this.belongings[currentLevel[i]];
			this.dendrogram.push(nextLevel);
		} else for (i = 0; i < N; i++) this.mapping[i] = this.belongings[this.mapping[i]];
		for (i = 0, l = this.C; i < l; i++) {
			ci = this.belongings[i];
			offset = this.offsets[i];
			data = inducedGraph[ci];
			inAdj = data.inAdj;
			outAdj = data.outAdj;
			data.internalWeights += this.loops[i];
			for (j = this.starts[i], m = this.starts[i + 1]; j < m; j++) {
				n = this.neighborhood[j];
				cj = this.belongings[n];
				out = j < offset;
				adj = out ? outAdj : inAdj;
				if (ci === cj) {
					if (out) data.internalWeights += this.weights[j];
					continue;
				}
				if (!(cj in adj)) adj[cj] = 0;
				adj[cj] += this.weights[j];
			}
		}
		this.C = C;
		n = 0;
		for (ci = 0; ci < C; ci++) {
			data = inducedGraph[ci];
			inAdj = data.inAdj;
			outAdj = data.outAdj;
			ci = +ci;
			this.totalInWeights[ci] = data.totalInWeights;
			this.totalOutWeights[ci] = data.totalOutWeights;
			this.loops[ci] = data.internalWeights;
			this.counts[ci] = 1;
			this.starts[ci] = n;
			this.belongings[ci] = ci;
			for (cj in outAdj) {
				this.neighborhood[n] = +cj;
				this.weights[n] = outAdj[cj];
				E++;
				n++;
			}
			this.offsets[ci] = n;
			for (cj in inAdj) {
				this.neighborhood[n] = +cj;
				this.weights[n] = inAdj[cj];
				E++;
				n++;
			}
		}
		this.starts[C] = E;
		this.E = E;
		this.U = 0;
		this.level++;
		return newLabels;
	};
	DirectedLouvainIndex.prototype.modularity = function() {
		var ci, cj, i, j, m;
		var Q = 0;
		var M = this.M;
		var internalWeights = new Float64Array(this.C);
		for (i = 0; i < this.C; i++) {
			ci = this.belongings[i];
			internalWeights[ci] += this.loops[i];
			for (j = this.starts[i], m = this.offsets[i]; j < m; j++) {
				cj = this.belongings[this.neighborhood[j]];
				if (ci !== cj) continue;
				internalWeights[ci] += this.weights[j];
			}
		}
		for (i = 0; i < this.C; i++) Q += internalWeights[i] / M - this.totalInWeights[i] * this.totalOutWeights[i] / Math.pow(M, 2) * this.resolution;
		return Q;
	};
	DirectedLouvainIndex.prototype.delta = function(i, inDegree, outDegree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalInWeight = this.totalInWeights[targetCommunity], targetCommunityTotalOutWeight = this.totalOutWeights[targetCommunity];
		var loops = this.loops[i];
		inDegree += loops;
		outDegree += loops;
		return targetCommunityDegree / M - (outDegree * targetCommunityTotalInWeight + inDegree * targetCommunityTotalOutWeight) * this.resolution / (M * M);
	};
	DirectedLouvainIndex.prototype.deltaWithOwnCommunity = function(i, inDegree, outDegree, targetCommunityDegree, targetCommunity) {
		var M = this.M;
		var targetCommunityTotalInWeight = this.totalInWeights[targetCommunity], targetCommunityTotalOutWeight = this.totalOutWeights[targetCommunity];
		var loops = this.loops[i];
		inDegree += loops;
		outDegree += loops;
		return targetCommunityDegree / M - (outDegree * (targetCommunityTotalInWeight - inDegree) + inDegree * (targetCommunityTotalOutWeight - outDegree)) * this.resolution / (M * M);
	};
	DirectedLouvainIndex.prototype.collect = UndirectedLouvainIndex.prototype.collect;
	DirectedLouvainIndex.prototype.assign = UndirectedLouvainIndex.prototype.assign;
	DirectedLouvainIndex.prototype[INSPECT] = function() {
		var proxy = {};
		Object.defineProperty(proxy, "constructor", {
			value: DirectedLouvainIndex,
			enumerable: false
		});
		proxy.C = this.C;
		proxy.M = this.M;
		proxy.E = this.E;
		proxy.U = this.U;
		proxy.resolution = this.resolution;
		proxy.level = this.level;
		proxy.nodes = this.nodes;
		proxy.starts = this.starts.slice(0, proxy.C + 1);
		var eTruncated = ["neighborhood", "weights"];
		var cTruncated = [
			"counts",
			"offsets",
			"loops",
			"belongings",
			"totalInWeights",
			"totalOutWeights"
		];
		var self = this;
		eTruncated.forEach(function(key) {
			proxy[key] = self[key].slice(0, proxy.E);
		});
		cTruncated.forEach(function(key) {
			proxy[key] = self[key].slice(0, proxy.C);
		});
		proxy.unused = this.unused.slice(0, this.U);
		if (this.keepDendrogram) proxy.dendrogram = this.dendrogram;
		else proxy.mapping = this.mapping;
		return proxy;
	};
	exports.UndirectedLouvainIndex = UndirectedLouvainIndex;
	exports.DirectedLouvainIndex = DirectedLouvainIndex;
}));
(/* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Graphology Louvain Algorithm
	* =============================
	*
	* JavaScript implementation of the famous Louvain community detection
	* algorithm for graphology.
	*
	* [Articles]
	* M. E. J. Newman, « Modularity and community structure in networks »,
	* Proc. Natl. Acad. Sci. USA, vol. 103, no 23, 2006, p. 8577–8582
	* https://dx.doi.org/10.1073%2Fpnas.0601602103
	*
	* Newman, M. E. J. « Community detection in networks: Modularity optimization
	* and maximum likelihood are equivalent ». Physical Review E, vol. 94, no 5,
	* novembre 2016, p. 052315. arXiv.org, doi:10.1103/PhysRevE.94.052315.
	* https://arxiv.org/pdf/1606.02319.pdf
	*
	* Blondel, Vincent D., et al. « Fast unfolding of communities in large
	* networks ». Journal of Statistical Mechanics: Theory and Experiment,
	* vol. 2008, no 10, octobre 2008, p. P10008. DOI.org (Crossref),
	* doi:10.1088/1742-5468/2008/10/P10008.
	* https://arxiv.org/pdf/0803.0476.pdf
	*
	* Nicolas Dugué, Anthony Perez. Directed Louvain: maximizing modularity in
	* directed networks. [Research Report] Université d’Orléans. 2015. hal-01231784
	* https://hal.archives-ouvertes.fr/hal-01231784
	*
	* R. Lambiotte, J.-C. Delvenne and M. Barahona. Laplacian Dynamics and
	* Multiscale Modular Structure in Networks,
	* doi:10.1109/TNSE.2015.2391998.
	* https://arxiv.org/abs/0812.1770
	*
	* Traag, V. A., et al. « From Louvain to Leiden: Guaranteeing Well-Connected
	* Communities ». Scientific Reports, vol. 9, no 1, décembre 2019, p. 5233.
	* DOI.org (Crossref), doi:10.1038/s41598-019-41695-z.
	* https://arxiv.org/abs/1810.08473
	*/
	var resolveDefaults = require_defaults();
	var isGraph = require_is_graph();
	var inferType = require_infer_type();
	var SparseMap = require_sparse_map();
	var SparseQueueSet = require_sparse_queue_set();
	var createRandomIndex = require_random_index().createRandomIndex;
	var indices = require_louvain();
	var UndirectedLouvainIndex = indices.UndirectedLouvainIndex;
	var DirectedLouvainIndex = indices.DirectedLouvainIndex;
	var DEFAULTS = {
		nodeCommunityAttribute: "community",
		getEdgeWeight: "weight",
		fastLocalMoves: true,
		randomWalk: true,
		resolution: 1,
		rng: Math.random
	};
	function addWeightToCommunity(map, community, weight) {
		var currentWeight = map.get(community);
		if (typeof currentWeight === "undefined") currentWeight = 0;
		currentWeight += weight;
		map.set(community, currentWeight);
	}
	var EPSILON = 1e-10;
	function tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta) {
		if (Math.abs(delta - bestDelta) < EPSILON) {
			if (bestCommunity === currentCommunity) return false;
			else return targetCommunity > bestCommunity;
		} else if (delta > bestDelta) return true;
		return false;
	}
	function undirectedLouvain(detailed, graph, options) {
		var index = new UndirectedLouvainIndex(graph, {
			getEdgeWeight: options.getEdgeWeight,
			keepDendrogram: detailed,
			resolution: options.resolution
		});
		var randomIndex = createRandomIndex(options.rng);
		var moveWasMade = true, localMoveWasMade = true;
		var currentCommunity, targetCommunity;
		var communities = new SparseMap(Float64Array, index.C);
		var queue, start, end, weight, ci, ri, s, i, j, l;
		var degree, targetCommunityDegree;
		var bestCommunity, bestDelta, deltaIsBetter, delta;
		var deltaComputations = 0, nodesVisited = 0, moves = [], localMoves, currentMoves;
		if (options.fastLocalMoves) queue = new SparseQueueSet(index.C);
		while (moveWasMade) {
			l = index.C;
			moveWasMade = false;
			localMoveWasMade = true;
			if (options.fastLocalMoves) {
				currentMoves = 0;
				ri = options.randomWalk ? randomIndex(l) : 0;
				for (s = 0; s < l; s++, ri++) {
					i = ri % l;
					queue.enqueue(i);
				}
				while (queue.size !== 0) {
					i = queue.dequeue();
					nodesVisited++;
					degree = 0;
					communities.clear();
					currentCommunity = index.belongings[i];
					start = index.starts[i];
					end = index.starts[i + 1];
					for (; start < end; start++) {
						j = index.neighborhood[start];
						weight = index.weights[start];
						targetCommunity = index.belongings[j];
						degree += weight;
						addWeightToCommunity(communities, targetCommunity, weight);
					}
					bestDelta = index.fastDeltaWithOwnCommunity(i, degree, communities.get(currentCommunity) || 0, currentCommunity);
					bestCommunity = currentCommunity;
					for (ci = 0; ci < communities.size; ci++) {
						targetCommunity = communities.dense[ci];
						if (targetCommunity === currentCommunity) continue;
						targetCommunityDegree = communities.vals[ci];
						deltaComputations++;
						delta = index.fastDelta(i, degree, targetCommunityDegree, targetCommunity);
						deltaIsBetter = tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta);
						if (deltaIsBetter) {
							bestDelta = delta;
							bestCommunity = targetCommunity;
						}
					}
					if (bestDelta < 0) {
						bestCommunity = index.isolate(i, degree);
						if (bestCommunity === currentCommunity) continue;
					} else if (bestCommunity === currentCommunity) continue;
					else index.move(i, degree, bestCommunity);
					moveWasMade = true;
					currentMoves++;
					start = index.starts[i];
					end = index.starts[i + 1];
					for (; start < end; start++) {
						j = index.neighborhood[start];
						targetCommunity = index.belongings[j];
						if (targetCommunity !== bestCommunity) queue.enqueue(j);
					}
				}
				moves.push(currentMoves);
			} else {
				localMoves = [];
				moves.push(localMoves);
				while (localMoveWasMade) {
					localMoveWasMade = false;
					currentMoves = 0;
					ri = options.randomWalk ? randomIndex(l) : 0;
					for (s = 0; s < l; s++, ri++) {
						i = ri % l;
						nodesVisited++;
						degree = 0;
						communities.clear();
						currentCommunity = index.belongings[i];
						start = index.starts[i];
						end = index.starts[i + 1];
						for (; start < end; start++) {
							j = index.neighborhood[start];
							weight = index.weights[start];
							targetCommunity = index.belongings[j];
							degree += weight;
							addWeightToCommunity(communities, targetCommunity, weight);
						}
						bestDelta = index.fastDeltaWithOwnCommunity(i, degree, communities.get(currentCommunity) || 0, currentCommunity);
						bestCommunity = currentCommunity;
						for (ci = 0; ci < communities.size; ci++) {
							targetCommunity = communities.dense[ci];
							if (targetCommunity === currentCommunity) continue;
							targetCommunityDegree = communities.vals[ci];
							deltaComputations++;
							delta = index.fastDelta(i, degree, targetCommunityDegree, targetCommunity);
							deltaIsBetter = tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta);
							if (deltaIsBetter) {
								bestDelta = delta;
								bestCommunity = targetCommunity;
							}
						}
						if (bestDelta < 0) {
							bestCommunity = index.isolate(i, degree);
							if (bestCommunity === currentCommunity) continue;
						} else if (bestCommunity === currentCommunity) continue;
						else index.move(i, degree, bestCommunity);
						localMoveWasMade = true;
						currentMoves++;
					}
					localMoves.push(currentMoves);
					moveWasMade = localMoveWasMade || moveWasMade;
				}
			}
			if (moveWasMade) index.zoomOut();
		}
		return {
			index,
			deltaComputations,
			nodesVisited,
			moves
		};
	}
	function directedLouvain(detailed, graph, options) {
		var index = new DirectedLouvainIndex(graph, {
			getEdgeWeight: options.getEdgeWeight,
			keepDendrogram: detailed,
			resolution: options.resolution
		});
		var randomIndex = createRandomIndex(options.rng);
		var moveWasMade = true, localMoveWasMade = true;
		var currentCommunity, targetCommunity;
		var communities = new SparseMap(Float64Array, index.C);
		var queue, start, end, offset, out, weight, ci, ri, s, i, j, l;
		var inDegree, outDegree, targetCommunityDegree;
		var bestCommunity, bestDelta, deltaIsBetter, delta;
		var deltaComputations = 0, nodesVisited = 0, moves = [], localMoves, currentMoves;
		if (options.fastLocalMoves) queue = new SparseQueueSet(index.C);
		while (moveWasMade) {
			l = index.C;
			moveWasMade = false;
			localMoveWasMade = true;
			if (options.fastLocalMoves) {
				currentMoves = 0;
				ri = options.randomWalk ? randomIndex(l) : 0;
				for (s = 0; s < l; s++, ri++) {
					i = ri % l;
					queue.enqueue(i);
				}
				while (queue.size !== 0) {
					i = queue.dequeue();
					nodesVisited++;
					inDegree = 0;
					outDegree = 0;
					communities.clear();
					currentCommunity = index.belongings[i];
					start = index.starts[i];
					end = index.starts[i + 1];
					offset = index.offsets[i];
					for (; start < end; start++) {
						out = start < offset;
						j = index.neighborhood[start];
						weight = index.weights[start];
						targetCommunity = index.belongings[j];
						if (out) outDegree += weight;
						else inDegree += weight;
						addWeightToCommunity(communities, targetCommunity, weight);
					}
					bestDelta = index.deltaWithOwnCommunity(i, inDegree, outDegree, communities.get(currentCommunity) || 0, currentCommunity);
					bestCommunity = currentCommunity;
					for (ci = 0; ci < communities.size; ci++) {
						targetCommunity = communities.dense[ci];
						if (targetCommunity === currentCommunity) continue;
						targetCommunityDegree = communities.vals[ci];
						deltaComputations++;
						delta = index.delta(i, inDegree, outDegree, targetCommunityDegree, targetCommunity);
						deltaIsBetter = tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta);
						if (deltaIsBetter) {
							bestDelta = delta;
							bestCommunity = targetCommunity;
						}
					}
					if (bestDelta < 0) {
						bestCommunity = index.isolate(i, inDegree, outDegree);
						if (bestCommunity === currentCommunity) continue;
					} else if (bestCommunity === currentCommunity) continue;
					else index.move(i, inDegree, outDegree, bestCommunity);
					moveWasMade = true;
					currentMoves++;
					start = index.starts[i];
					end = index.starts[i + 1];
					for (; start < end; start++) {
						j = index.neighborhood[start];
						targetCommunity = index.belongings[j];
						if (targetCommunity !== bestCommunity) queue.enqueue(j);
					}
				}
				moves.push(currentMoves);
			} else {
				localMoves = [];
				moves.push(localMoves);
				while (localMoveWasMade) {
					localMoveWasMade = false;
					currentMoves = 0;
					ri = options.randomWalk ? randomIndex(l) : 0;
					for (s = 0; s < l; s++, ri++) {
						i = ri % l;
						nodesVisited++;
						inDegree = 0;
						outDegree = 0;
						communities.clear();
						currentCommunity = index.belongings[i];
						start = index.starts[i];
						end = index.starts[i + 1];
						offset = index.offsets[i];
						for (; start < end; start++) {
							out = start < offset;
							j = index.neighborhood[start];
							weight = index.weights[start];
							targetCommunity = index.belongings[j];
							if (out) outDegree += weight;
							else inDegree += weight;
							addWeightToCommunity(communities, targetCommunity, weight);
						}
						bestDelta = index.deltaWithOwnCommunity(i, inDegree, outDegree, communities.get(currentCommunity) || 0, currentCommunity);
						bestCommunity = currentCommunity;
						for (ci = 0; ci < communities.size; ci++) {
							targetCommunity = communities.dense[ci];
							if (targetCommunity === currentCommunity) continue;
							targetCommunityDegree = communities.vals[ci];
							deltaComputations++;
							delta = index.delta(i, inDegree, outDegree, targetCommunityDegree, targetCommunity);
							deltaIsBetter = tieBreaker(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta);
							if (deltaIsBetter) {
								bestDelta = delta;
								bestCommunity = targetCommunity;
							}
						}
						if (bestDelta < 0) {
							bestCommunity = index.isolate(i, inDegree, outDegree);
							if (bestCommunity === currentCommunity) continue;
						} else if (bestCommunity === currentCommunity) continue;
						else index.move(i, inDegree, outDegree, bestCommunity);
						localMoveWasMade = true;
						currentMoves++;
					}
					localMoves.push(currentMoves);
					moveWasMade = localMoveWasMade || moveWasMade;
				}
			}
			if (moveWasMade) index.zoomOut();
		}
		return {
			index,
			deltaComputations,
			nodesVisited,
			moves
		};
	}
	/**
	* Function returning the communities mapping of the graph.
	*
	* @param  {boolean} assign             - Assign communities to nodes attributes?
	* @param  {boolean} detailed           - Whether to return detailed information.
	* @param  {Graph}   graph              - Target graph.
	* @param  {object}  options            - Options:
	* @param  {string}    nodeCommunityAttribute - Community node attribute name.
	* @param  {string}    getEdgeWeight          - Weight edge attribute name or getter function.
	* @param  {string}    deltaComputation       - Method to use to compute delta computations.
	* @param  {boolean}   fastLocalMoves         - Whether to use the fast local move optimization.
	* @param  {boolean}   randomWalk             - Whether to traverse the graph in random order.
	* @param  {number}    resolution             - Resolution parameter.
	* @param  {function}  rng                    - RNG function to use.
	* @return {object}
	*/
	function louvain(assign, detailed, graph, options) {
		if (!isGraph(graph)) throw new Error("graphology-communities-louvain: the given graph is not a valid graphology instance.");
		var type = inferType(graph);
		if (type === "mixed") throw new Error("graphology-communities-louvain: cannot run the algorithm on a true mixed graph.");
		options = resolveDefaults(options, DEFAULTS);
		var c = 0;
		if (graph.size === 0) {
			if (assign) {
				graph.forEachNode(function(node) {
					graph.setNodeAttribute(node, options.nodeCommunityAttribute, c++);
				});
				return;
			}
			var communities = {};
			graph.forEachNode(function(node) {
				communities[node] = c++;
			});
			if (!detailed) return communities;
			return {
				communities,
				count: graph.order,
				deltaComputations: 0,
				dendrogram: null,
				level: 0,
				modularity: NaN,
				moves: null,
				nodesVisited: 0,
				resolution: options.resolution
			};
		}
		var results = (type === "undirected" ? undirectedLouvain : directedLouvain)(detailed, graph, options);
		var index = results.index;
		if (!detailed) {
			if (assign) {
				index.assign(options.nodeCommunityAttribute);
				return;
			}
			return index.collect();
		}
		var output = {
			count: index.C,
			deltaComputations: results.deltaComputations,
			dendrogram: index.dendrogram,
			level: index.level,
			modularity: index.modularity(),
			moves: results.moves,
			nodesVisited: results.nodesVisited,
			resolution: options.resolution
		};
		if (assign) {
			index.assign(options.nodeCommunityAttribute);
			return output;
		}
		output.communities = index.collect();
		return output;
	}
	/**
	* Exporting.
	*/
	var fn = louvain.bind(null, false, false);
	fn.assign = louvain.bind(null, true, false);
	fn.detailed = louvain.bind(null, false, true);
	fn.defaults = DEFAULTS;
	module.exports = fn;
})))();
// src/analysis/neighbourOrder.ts
/**
* Distinct neighbours of `id` reachable through allowed relations (either direction), sorted by
* label so that arrow keys move through them predictably. Unknown ids have none.
*/
function neighbourOrder(graph, id, allowedRelations) {
	if (!graph.hasNode(id)) return [];
	const neighbours = /* @__PURE__ */ new Set();
	graph.forEachEdge(id, (edge, _attributes, source, target) => {
		if (allowedRelations && !allowedRelations.has(edge)) return;
		const other = source === id ? target : source;
		if (other !== id) neighbours.add(other);
	});
	const label = (node) => graph.getNodeAttribute(node, "label");
	return [...neighbours].sort((a, b) => label(a).localeCompare(label(b)) || a.localeCompare(b));
}
/** The best place to start walking: the actor with the most shown relations. */
function busiestActor(graph, actors, relations) {
	let best;
	let bestCount = -1;
	for (const id of actors) {
		let count = 0;
		graph.forEachEdge(id, (edge) => {
			if (relations.has(edge)) count++;
		});
		if (count > bestCount) {
			best = id;
			bestCount = count;
		}
	}
	return best;
}
// src/analysis/timeline/dayNumber.ts
var DAY_MS = 864e5;
/** The day number of a full ISO date "YYYY-MM-DD". */
function dayNumber(isoDay) {
	const [year = "0", month = "1", day = "1"] = isoDay.split("-");
	return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS);
}
var CACHE_LIMIT = 2e4;
var starts = /* @__PURE__ */ new Map();
var ends = /* @__PURE__ */ new Map();
function cached(cache, key, compute) {
	const known = cache.get(key);
	if (known !== void 0) return known;
	if (cache.size >= CACHE_LIMIT) cache.clear();
	const value = compute(key);
	cache.set(key, value);
	return value;
}
/** First day covered by a partial date ("2025-03" → the day number of 1 March 2025). */
var firstDayOf = (partialDate) => cached(starts, partialDate, (date) => dayNumber(periodStart(date)));
/** The day after the last day a partial date covers, so that a span is [start, end). */
var dayAfter = (partialDate) => cached(ends, partialDate, (date) => dayNumber(periodEnd(date)) + 1);
/** The calendar month holding a day number, as "YYYY-MM". */
function monthOfDay(day) {
	const date = /* @__PURE__ */ new Date(day * DAY_MS);
	return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}
/** The precision of a partial date: how long a period it names. */
function precisionOf(partialDate) {
	const parts = partialDate.split("-").length;
	return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}
// src/analysis/timeline/claimSpan.ts
var FUZZ_DAYS = {
	year: 182,
	month: 30,
	day: 7
};
/** The span of a claim's time, or undefined for an undated claim (no time, or neither end). */
function claimSpan(time) {
	if (!time || time.from === void 0 && time.to === void 0) return void 0;
	const fuzz = (date) => time.approximate && date !== void 0 ? FUZZ_DAYS[precisionOf(date)] : 0;
	return {
		start: time.from === void 0 ? void 0 : firstDayOf(time.from),
		end: time.to === void 0 ? void 0 : dayAfter(time.to),
		fuzzBefore: fuzz(time.from),
		fuzzAfter: fuzz(time.to)
	};
}
// src/analysis/timeline/timelineExtent.ts
var addMonths = (month, count) => {
	const [year = "0", monthNumber = "1"] = month.split("-");
	const index = Number(year) * 12 + Number(monthNumber) - 1 + count;
	return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String(index % 12 + 1).padStart(2, "0")}`;
};
/** Undefined when nothing is dated: there is no time to draw. */
function timelineExtent(spans, asOf) {
	let low = Infinity;
	let high = -Infinity;
	for (const span of spans) for (const day of [span.start, span.end === void 0 ? void 0 : span.end - 1]) {
		if (day === void 0) continue;
		if (day < low) low = day;
		if (day > high) high = day;
	}
	if (asOf !== void 0 && low !== Infinity) {
		low = Math.min(low, firstDayOf(asOf));
		high = Math.max(high, dayAfter(asOf) - 1);
	}
	if (low === Infinity) return void 0;
	return {
		start: firstDayOf(addMonths(monthOfDay(low), -1)),
		end: dayNumber(`${addMonths(monthOfDay(high), 2)}-01`)
	};
}
// src/analysis/timeline/timelineRows.ts
/** Open starts sort first: "until 2024" began before anything we know the start of. */
var startKey = (span) => span.start ?? Number.MIN_SAFE_INTEGER;
function timelineRows(relations, asOf) {
	const steps = timelineRowsInSteps(relations, asOf);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
/** Relations handled between two pauses of `timelineRowsInSteps`. */
var RELATIONS_PER_STEP = 4e3;
/**
* The same rows, pausing (yield) every few thousand relations and before sorting, so that a
* caller can spread 60k claims over short tasks (ui/app/runInSlices.ts).
*/
function* timelineRowsInSteps(relations, asOf) {
	const rows = [];
	const undated = [];
	const spans = [];
	let unsourced = 0;
	let handled = 0;
	for (const relation of relations) {
		if (++handled % RELATIONS_PER_STEP === 0) yield;
		if (relation.claims.length === 0) unsourced++;
		const claims = [];
		for (const claim of relation.claims) {
			const span = claimSpan(claim.time);
			if (span === void 0) undated.push({
				relation,
				claim
			});
			else {
				claims.push({
					claim,
					span
				});
				spans.push(span);
			}
		}
		if (claims.length === 0) continue;
		claims.sort((a, b) => startKey(a.span) - startKey(b.span));
		rows.push({
			relation,
			claims
		});
	}
	yield;
	const firstStarts = new Map(rows.map((row) => [row, startKey(row.claims[0].span)]));
	const first = (row) => firstStarts.get(row) ?? 0;
	rows.sort((a, b) => first(a) - first(b) || (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
	yield;
	return {
		rows,
		undated,
		unsourced,
		extent: timelineExtent(spans, asOf)
	};
}
// src/analysis/timeline/monthSteps.ts
/** Every month from the extent's first to its last, at most `limit` of them (the last ones dropped). */
function monthSteps(extent, limit = 1200) {
	const months = [];
	let day = extent.start;
	while (day < extent.end && months.length < limit) {
		const month = monthOfDay(day);
		months.push(month);
		day = dayAfter(month);
	}
	return months;
}
// src/analysis/timeline/brushPeriod.ts
/** The first of the month nearest to `day` (a day number). */
function nearestMonthBoundary(day) {
	const start = firstDayOf(monthOfDay(day));
	const next = dayAfter(monthOfDay(day));
	return day - start <= next - day ? start : next;
}
/** `dayA` and `dayB` are the two ends of the brush, in either order (day numbers). */
function brushPeriod(dayA, dayB) {
	const low = nearestMonthBoundary(Math.min(dayA, dayB));
	const high = Math.max(nearestMonthBoundary(Math.max(dayA, dayB)), dayAfter(monthOfDay(low)));
	const from = monthOfDay(low);
	const to = monthOfDay(high - 1);
	const year = from.slice(0, 4);
	if (from === `${year}-01` && to === `${year}-12`) return {
		from: year,
		to: year
	};
	return {
		from,
		to
	};
}
// src/analysis/timeline/asOfSelection.ts
function claimHoldsAt(claim, date, includeUndated) {
	const span = claimSpan(claim.time);
	if (span === void 0) return includeUndated;
	const periodStart = firstDayOf(date);
	const periodEnd = dayAfter(date);
	return (span.start === void 0 || span.start < periodEnd) && (span.end === void 0 || span.end > periodStart);
}
function asOfSelection(relations, date, options) {
	const selection = {
		relations: /* @__PURE__ */ new Set(),
		claims: /* @__PURE__ */ new Map()
	};
	for (const relation of relations) {
		const holding = relation.claims.filter((claim) => claimHoldsAt(claim, date, options.includeUndated));
		if (holding.length === 0) continue;
		selection.relations.add(relation.id);
		selection.claims.set(relation.id, holding);
	}
	return selection;
}
// src/analysis/timeline/axisTicks.ts
/** Months are ticked when the extent holds at most `monthLimit` of them. */
function axisTicks(extent, monthLimit = 36) {
	const ticks = [];
	const months = (extent.end - extent.start) / 30.4;
	let day = extent.start;
	while (day < extent.end) {
		const month = monthOfDay(day);
		const january = month.endsWith("-01");
		if (january) ticks.push({
			day,
			date: month.slice(0, 4),
			major: true
		});
		if (months <= monthLimit) ticks.push({
			day,
			date: month,
			major: false
		});
		day = january && months > monthLimit ? firstDayOf(String(Number(month.slice(0, 4)) + 1)) : dayAfter(month);
	}
	return ticks;
}
/** The years an extent touches, for "show this year" buttons. */
function extentYears(extent) {
	const first = Number(monthOfDay(extent.start).slice(0, 4));
	const last = Number(monthOfDay(extent.end - 1).slice(0, 4));
	return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => String(first + index).padStart(4, "0"));
}
// src/state/story/exploreFrom.ts
function exploreFromStep(state, graph, view) {
	const hub = busiestActor(graph, view.focusActors, view.focusRelations);
	return {
		...state,
		story: void 0,
		path: void 0,
		filters: {
			...state.filters,
			hiddenStatuses: STATUS_ORDER.filter((status) => view.hiddenStatuses.has(status))
		},
		focus: hub === void 0 ? void 0 : {
			actor: hub,
			depth: 1
		},
		selection: hub === void 0 ? void 0 : {
			type: "actor",
			id: hub
		}
	};
}
// src/state/story/stepRelations.ts
function stepRelationRows(lookup, view) {
	const rows = [];
	for (const id of view.focusRelations) {
		const relation = lookup.relations.get(id);
		const claims = view.visibleClaims(id);
		if (!relation || claims.length === 0) continue;
		const label = classroomLabel(strongestStatus(claims));
		const also = label ? [] : [...new Set(claims.flatMap((claim) => classroomLabel(claim.status) ?? []))];
		rows.push({
			id,
			from: actorName(lookup, relation.from),
			kind: relationKindLabel(lookup, relation.kind),
			to: actorName(lookup, relation.to),
			directed: lookup.relationKinds.get(relation.kind)?.directed ?? true,
			label,
			also
		});
	}
	return rows;
}
// src/state/story/handoutContent.ts
function handoutContent(lookup, story, hideUnconfirmed) {
	const { dataset, sources } = lookup;
	const cited = /* @__PURE__ */ new Map();
	return {
		steps: story.steps.map((step, index) => {
			const view = stepView(dataset, story, index, { hideUnconfirmed });
			const bySource = /* @__PURE__ */ new Map();
			for (const relationId of view.focusRelations) for (const claim of view.visibleClaims(relationId)) for (const reference of claim.sources) {
				const source = sources.get(reference.source);
				if (!source) continue;
				cited.set(source.id, source);
				const citation = bySource.get(source.id) ?? {
					source,
					locators: []
				};
				bySource.set(source.id, citation);
				if (reference.locator !== void 0 && !citation.locators.includes(reference.locator)) citation.locators.push(reference.locator);
			}
			const citations = [...bySource.values()];
			return {
				id: step.id,
				title: view.caption.title,
				text: view.caption.text,
				period: view.caption.period,
				relations: stepRelationRows(lookup, view),
				citations
			};
		}),
		sources: [...cited.values()]
	};
}
// src/state/transitions/explorer.ts
var select = (selection) => (state) => ({
	...state,
	selection
});
var showView = (view) => (state) => ({
	...state,
	view
});
var search = (query) => (state) => ({
	...state,
	query
});
var setTheme = (theme) => (state) => ({
	...state,
	theme
});
var toggleProjector = (state) => ({
	...state,
	theme: state.theme === "projector" ? "light" : "projector"
});
var setFilters = (filters) => (state) => ({
	...state,
	filters
});
var setFocus = (focus) => (state) => ({
	...state,
	focus
});
var setAppearance = (patch) => (state) => ({
	...state,
	...patch
});
var setLanguage = (lang) => (state) => ({
	...state,
	lang
});
var setLayout = (layout) => (state) => ({
	...state,
	layout
});
var setPath = (path) => (state) => ({
	...state,
	path
});
/** Focus on an actor's neighbourhood (keeping the depth chosen before), or leave it when it is the focus already. */
var toggleNeighbourhood = (actor) => (state) => ({
	...state,
	focus: state.focus?.actor === actor ? void 0 : {
		actor,
		depth: state.focus?.depth ?? 1
	}
});
/** A path query that already ends elsewhere keeps its end and starts here; otherwise the path finder starts over. */
var startPathFrom = (actor) => (state) => ({
	...state,
	path: state.path && state.path.to !== actor ? {
		...state.path,
		from: actor
	} : void 0
});
/** The person moved the camera: kept (rounded, so links stay short) for the link. */
var moveCamera = (camera) => (state) => ({
	...state,
	camera: roundCamera(camera)
});
/** Fit the graph: the link no longer names a camera. */
var fitCamera = (state) => ({
	...state,
	camera: void 0
});
// src/state/transitions/story.ts
var playStory = (id, step) => (state) => ({
	...state,
	story: {
		id,
		step
	}
});
var goToStep = (step) => (state) => state.story ? {
	...state,
	story: {
		...state.story,
		step
	}
} : state;
var toggleHideUnconfirmed = (state) => state.story ? {
	...state,
	story: {
		...state.story,
		hideUnconfirmed: !state.story.hideUnconfirmed || void 0
	}
} : state;
var closeStory = (state) => ({
	...state,
	story: void 0
});
/** A link named a story this dataset does not have: back to the explorer, unless another story has been chosen since. */
var dropMissingStory = (storyId) => (state) => state.story?.id === storyId ? {
	...state,
	story: void 0
} : state;
var exploreStep = (graph, view) => (state) => exploreFromStep(state, graph, view);
// src/state/loadedDataset.ts
function loadDataset(dataset, origin) {
	return {
		dataset,
		graph: buildGraph(dataset),
		lookup: datasetLookup(dataset),
		origin
	};
}
var INITIAL_DATASET_STATUS = { kind: "loading" };
/**
* A failed shipped load shows its problems. A failed import never reaches here: the import
* dialog lists its problems and the dataset on screen stays (DESIGN: imports replace only when valid).
*/
function datasetReducer(_status, action) {
	if (action.type === "failed") return {
		kind: "failed",
		issues: action.issues,
		file: action.file
	};
	return {
		kind: "ready",
		loaded: loadDataset(action.dataset, action.origin)
	};
}
// src/state/explorerView.ts
var intersect = (a, b) => new Set([...a].filter((id) => b.has(id)));
function focusNetwork(graph, focus, filtered) {
	if (!focus || !graph.hasNode(focus.actor)) return void 0;
	return egoNetwork(graph, focus.actor, focus.depth, { allowedRelations: filtered.relations });
}
function visibleElements(filtered, focus) {
	if (!focus) return {
		actors: filtered.actors,
		relations: filtered.relations
	};
	return {
		actors: intersect(filtered.actors, focus.actors),
		relations: intersect(filtered.relations, focus.relations)
	};
}
function findPaths(graph, path, filtered) {
	if (!path) return void 0;
	return pathsWithEvidence(graph, path.from, path.to, {
		factsOnly: path.factsOnly,
		ignoreDirection: path.ignoreDirection,
		allowedRelations: filtered.relations,
		maxPaths: 10
	});
}
/** Every actor and relation on any of the paths found. */
function pathElements(result) {
	if (result?.kind !== "found") return void 0;
	const actors = /* @__PURE__ */ new Set();
	const relations = /* @__PURE__ */ new Set();
	for (const found of result.paths) {
		found.actors.forEach((id) => actors.add(id));
		found.hops.forEach((hop) => relations.add(hop.relationId));
	}
	return {
		actors,
		relations
	};
}
// src/state/share/embedLinks.ts
/** Fits most article columns and still shows a readable graph. */
var DEFAULT_EMBED_SIZE = {
	width: 800,
	height: 500
};
/** `appUrl` is the app's address without a hash (e.g. `https://example.org/tangle/`). */
function embedUrl(appUrl, state) {
	return `${withoutHash(appUrl)}${stateToHash({
		...state,
		embed: true
	})}`;
}
/** The full app showing the same view. */
function openInTangleUrl(appUrl, state) {
	return `${withoutHash(appUrl)}${stateToHash({
		...state,
		embed: void 0
	})}`;
}
var withoutHash = (url) => url.replace(/#.*$/s, "");
/** Escapes text for a double-quoted HTML attribute. */
function attributeText(text) {
	return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function embedSnippet({ url, title, size = DEFAULT_EMBED_SIZE }) {
	const width = clampSize(size.width);
	const height = clampSize(size.height);
	return `<iframe src="${attributeText(url)}" title="${attributeText(title)}" width="${width}" height="${height}" loading="lazy" referrerpolicy="no-referrer" style="border:1px solid #ccc;max-width:100%"></iframe>`;
}
var clampSize = (value) => Number.isFinite(value) ? Math.round(Math.min(4e3, Math.max(200, value))) : 200;
// src/ui/i18n/messages/en.json
var en_default = {
	"common.close": "Close",
	"app.opened": "Opened {file}: {actors} actors, {relations} relations.",
	"app.notKept": "{file} could not be kept for the next visit (browser storage is full or off).",
	"app.importedWithWarnings": "Imported with warnings",
	"app.importFailed": "This file could not be imported; nothing was changed",
	"app.loadingNetwork": "Loading the network…",
	"app.datasetFailed": "This dataset could not be opened",
	"app.openingStory": "Opening the story…",
	"app.openingStories": "Opening stories…",
	"app.noSuchDataset": "There is no dataset \"{id}\" here; showing \"{title}\".",
	"header.view": "View",
	"header.graph": "Graph",
	"header.table": "Table",
	"header.language": "Language",
	"actor.showEverything": "Show everything",
	"actor.focusNeighbourhood": "Focus on neighbourhood",
	"actor.pathsFromHere": "Find paths from here",
	"tools.present": "Present",
	"tools.presentHint": "Play a story step by step",
	"tools.presentNone": "No story yet: build one in Stories",
	"tools.projector": "Projector theme",
	"tools.projectorHint": "High contrast, large type for projectors",
	"issues.problemCount": "{file}: {count, plural, one {# problem} other {# problems}}",
	"issues.warningCount": "{file}: {count, plural, one {# warning} other {# warnings}}",
	"issues.firstShown": "(first {count} shown)",
	"issues.warningPrefix": "warning:",
	"notices.label": "Notices",
	"notices.dismiss": "Dismiss",
	"notices.dismissLabel": "Dismiss: {text}",
	"shortcuts.title": "Keyboard shortcuts",
	"shortcuts.buttonHint": "Keyboard shortcuts (?)",
	"shortcuts.keys.search": "/",
	"shortcuts.search": "Search actors by any spelling or script",
	"shortcuts.keys.results": "↑ ↓, Enter",
	"shortcuts.results": "Move through search results, open one",
	"shortcuts.keys.neighbours": "Tab into the graph, then ← → ↑ ↓",
	"shortcuts.neighbours": "Step through the selected actor's neighbours",
	"shortcuts.keys.walk": "Enter / Backspace (in the graph)",
	"shortcuts.walk": "Walk on to the selected neighbour / walk back",
	"shortcuts.keys.zoom": "+ − 0 (in the graph)",
	"shortcuts.zoom": "Zoom in, zoom out, fit",
	"shortcuts.keys.clear": "Escape (in the graph)",
	"shortcuts.clear": "Clear the selection",
	"shortcuts.keys.step": "→ Space PageDown / ← PageUp",
	"shortcuts.step": "Next / previous step when presenting",
	"shortcuts.keys.jump": "Home End, 1–9",
	"shortcuts.jump": "First, last or numbered step when presenting",
	"shortcuts.keys.fullscreen": "F / Escape",
	"shortcuts.fullscreen": "Fullscreen / leave the presentation",
	"shortcuts.keys.help": "?",
	"shortcuts.help": "This list",
	"announce.actor": "Selected {name}, {kind}, {count, plural, one {# relation} other {# relations}}. Details are in the side panel.",
	"announce.relation": "Selected relation: {from} {kind} {to}, {count, plural, one {# claim} other {# claims}}.",
	"error.title": "Something went wrong while drawing this view",
	"error.unchanged": "Your data is unchanged. You can go back to the default view of the network.",
	"error.back": "Back to the network",
	"explorer.counts": "{actors} of {totalActors} actors · {relations} of {totalRelations} relations shown",
	"explorer.graphLabel": "Network of {actors} actors and {relations} relations. The table view lists the same data.",
	"explorer.skipLinks": "Skip links",
	"explorer.skipDetails": "Skip to details",
	"explorer.skipFilters": "Skip to filters",
	"explorer.paths": "Paths",
	"explorer.stories": "Stories",
	"explorer.graphRegion": "Network graph",
	"explorer.tableRegion": "Network tables",
	"explorer.openingTable": "Opening the table…",
	"communities.unavailable": "Communities unavailable",
	"communities.finding": "Finding communities…",
	"communities.label": "Communities (Louvain)",
	"communities.title": "Communities (Louvain, {count})",
	"communities.grey": "Communities after the first {count} are grey.",
	"focus.label": "Neighbourhood focus",
	"focus.of": "Neighbourhood of",
	"focus.depth": ", depth {depth} ({count} actors)",
	"focus.less": "Less depth",
	"focus.more": "More depth",
	"metrics.computing": "Computing network figures…",
	"metrics.failed": "Network figures unavailable: {error}",
	"metrics.degree": "Connected actors (degree)",
	"metrics.relations": "Relations (weighted degree)",
	"metrics.betweenness": "Betweenness",
	"metrics.betweennessHint": "Share of shortest paths between others that pass through this actor",
	"metrics.pagerank": "PageRank",
	"metrics.closeness": "Closeness",
	"metrics.community": "Community",
	"paths.number": "Path {number}:",
	"paths.weakest": "Weakest link:",
	"paths.hops": "Hops of path {number}",
	"paths.claims": "{count, plural, one {# claim} other {# claims}}",
	"paths.openRelation": "Open this relation",
	"paths.title": "How are they connected?",
	"paths.from": "From",
	"paths.to": "To",
	"paths.fromSearch": "Path from",
	"paths.toSearch": "Path to",
	"paths.factsOnly": "only through confirmed or reported claims",
	"paths.ignoreDirection": "ignore direction",
	"paths.clear": "Clear path",
	"paths.showIt": "Show it",
	"paths.found": "{count, plural, one {# shortest path} other {# shortest paths}} of {steps, plural, one {# step} other {# steps}}",
	"paths.longer": "{count, plural, one {# longer path} other {# longer paths}} (one step more)",
	"time.on": "{about, select, yes {about {date}} other {{date}}}",
	"time.between": "{about, select, yes {about {from} to {to}} other {{from} to {to}}}",
	"time.since": "{about, select, yes {since about {date}} other {since {date}}}",
	"time.until": "{about, select, yes {until about {date}} other {until {date}}}",
	"quantity.atLeast": "at least {amount}",
	"quantity.atMost": "at most {amount}",
	"quantity.about": "about {amount}",
	"quantity.moreThan": "more than {amount}",
	"quantity.upTo": "up to {amount}",
	"quantity.per.day": "{amount} a day",
	"quantity.per.week": "{amount} a week",
	"quantity.per.month": "{amount} a month",
	"quantity.per.year": "{amount} a year",
	"quantity.perUnit": "{amount} per {unit}",
	"status.confirmed": "Confirmed",
	"status.confirmed.description": "verified by the reporting source or by officials on record",
	"status.confirmed.classroom": "Confirmed",
	"status.reported": "Reported",
	"status.reported.description": "stated by the source as its own finding",
	"status.reported.classroom": "Reported",
	"status.claimed": "Claimed",
	"status.claimed.description": "asserted by a party, not verified",
	"status.claimed.classroom": "Claimed, not verified",
	"status.disputed": "Disputed",
	"status.disputed.description": "contradicted by another claim or source",
	"status.disputed.classroom": "Disputed",
	"status.denied": "Denied",
	"status.denied.description": "denied by the party concerned",
	"status.denied.classroom": "Denied",
	"source.unknown": "Unknown source {id}",
	"source.relays": "relays",
	"claim.relaysOnce": "Relays of one report count once",
	"claim.independent": "{count, plural, one {# independent source} other {# independent sources}}",
	"claim.reports": "({count, plural, one {# report} other {# reports}})",
	"claim.by": "Claimed by",
	"claim.when": "When: {time}",
	"claim.figures": "Figures",
	"claim.figuresList": "Figures:",
	"claim.sources": "Sources",
	"claim.sourcesList": "Sources:",
	"details.label": "Details",
	"details.missing": "The link selects “{id}”, which is not in this dataset.",
	"details.empty": "Select an actor or a relation in the graph, or search with /, to see its claims and sources.",
	"relation.directed": "Relation · directed",
	"relation.mutual": "Relation · mutual",
	"relation.claims": "Claims ({count})",
	"relation.claimsHidden": "Claims ({count} shown, {hidden} hidden by filters)",
	"actor.also": "Also:",
	"actor.tags": "Tags",
	"actor.relations": "Relations ({count})",
	"actor.relationsHidden": "Relations ({count}, {hidden} hidden by filters)",
	"actor.relationLabel": "{kind} {direction, select, from {from} to {to} other {with}} {other}: show claims",
	"actor.open": "open",
	"export.button": "Export",
	"export.label": "Export the current view",
	"export.shown": "{actors} actors and {relations} relations shown",
	"export.png": "PNG image (2×)",
	"export.svg": "SVG image",
	"export.json": "Dataset JSON",
	"export.csv": "CSV (actors.csv, relations.csv)",
	"import.button": "Import…",
	"import.label": "Import a dataset file (JSON, GEXF, GraphML, or actors and relations CSV together)",
	"table.filterRows": "Filter rows",
	"table.rows": "{count, plural, one {# row} other {# rows}}",
	"table.actors": "Actors",
	"table.name": "Name",
	"table.kind": "Kind",
	"table.degree": "Degree",
	"table.relations": "Relations",
	"table.aliases": "Aliases",
	"table.relationsTitle": "Relations and their claims",
	"table.relation": "Relation",
	"table.strongest": "Strongest status",
	"table.claims": "Claims",
	"filters.countLabel": "{shown} of {total} shown",
	"filters.label": "Legend and filters",
	"filters.factsOnly": "Confirmed and reported only",
	"filters.reset": "Reset filters",
	"filters.actors": "Actors",
	"filters.relations": "Relations",
	"filters.status": "Claim status (line style)",
	"filters.anySource": "Claims from any source.",
	"filters.tickedSources": "Only claims citing the ticked sources.",
	"filters.filteredOut": "Filtered-out elements",
	"filters.hide": "hide",
	"filters.fade": "fade",
	"time.legend": "Time",
	"time.placeholder": "YYYY-MM",
	"time.invalid": "Use 2025, 2025-03 or 2025-03-08",
	"time.undated": "include undated claims",
	"layout.toolbar": "Graph layout and appearance",
	"layout.label": "Layout:",
	"layout.hint": "{hint}. Click again to re-run.",
	"layout.force": "Force",
	"layout.forceHint": "Force-directed layout (seeded, same every time)",
	"layout.concentric": "Concentric",
	"layout.concentricHint": "Rings by number of connections",
	"layout.tree": "Tree",
	"layout.treeHint": "Breadth-first from the selected actor",
	"appearance.sizeBy": "Size by",
	"appearance.nothing": "nothing",
	"appearance.degree": "degree",
	"appearance.betweenness": "betweenness",
	"appearance.colourBy": "Colour by",
	"appearance.kind": "actor kind",
	"appearance.community": "community",
	"zoom.in": "Zoom in",
	"zoom.out": "Zoom out",
	"zoom.fit": "Fit",
	"graph.roleDescription": "network graph",
	"graph.keysHelp": "Arrow keys move between connected actors, Enter walks on to the selected one, Backspace walks back, R selects the relation between them and Enter then opens its claims and sources, Escape clears, plus and minus zoom, 0 fits.",
	"graph.detail": "All {shown, number} shown actors and {shownRelations, number} relations are drawn. Names for the {drawn, number} best-connected of {inView, number} in view: zoom in for more.",
	"presenter.caption": "Step caption",
	"presenter.inThisStep": "In this step",
	"presenter.noRelations": "No relations to show in this step.",
	"presenter.also": "Also: {list}",
	"presenter.hiddenHere": "Hidden here: {list} claims.",
	"presenter.noSteps": "No steps",
	"presenter.stepOf": "Step {step} of {count}",
	"presenter.controls": "Presentation controls",
	"presenter.previous": "Previous",
	"presenter.previousHint": "Previous step (← or PageUp)",
	"presenter.explore": "Explore freely",
	"presenter.exploreHint": "Leave the story and explore this view",
	"presenter.next": "Next",
	"presenter.nextHint": "Next step (→, Space or PageDown)",
	"presenter.hide": "Hide unconfirmed",
	"presenter.hideHint": "Hide claims that are only claimed, disputed or denied",
	"presenter.fullscreen": "Fullscreen",
	"presenter.fullscreenHint": "Fullscreen (F)",
	"presenter.preparingHandout": "Preparing handout…",
	"presenter.printHandout": "Print handout",
	"presenter.exit": "Exit",
	"presenter.exitHint": "Leave the story (Esc)",
	"presenter.progress": "Story progress",
	"presenter.graphLabel": "Network for step {step}: {actors} actors and {relations} relations highlighted. The list \"In this step\" names them.",
	"story.title": "Story title",
	"story.noSteps": "No steps yet. Select an actor or a relation, find a path or set filters, then add the view as a step.",
	"story.stepsOf": "Steps of {title}",
	"story.stepDeleted": "Step {number} \"{title}\" deleted.",
	"story.storyDeleted": "Story \"{title}\" deleted.",
	"story.addStep": "Add step from current view",
	"story.addStepFirst": "Add a step first",
	"story.playThis": "Play this story",
	"story.preview": "Preview",
	"story.delete": "Delete story",
	"story.stepTitle": "Title of step {number}",
	"story.stepText": "Text of step {number}",
	"story.shows": "Shows {actors, plural, one {# actor} other {# actors}} and {relations, plural, one {# relation} other {# relations}}.",
	"story.showsHiding": "Shows {actors, plural, one {# actor} other {# actors}} and {relations, plural, one {# relation} other {# relations}}; hides {hidden} claims.",
	"story.moveUp": "Move step {number} up",
	"story.moveDown": "Move step {number} down",
	"story.up": "Up",
	"story.down": "Down",
	"story.previewStep": "Preview step {number}",
	"story.deleteStep": "Delete step {number}",
	"story.deleteShort": "Delete",
	"story.leftOut": "Left out of the export (no steps yet): {list}.",
	"story.inDataset": "In this dataset",
	"story.stepCount": "({count, plural, one {# step} other {# steps}})",
	"story.play": "Play",
	"story.playLabel": "Play \"{title}\"",
	"story.copy": "Edit a copy",
	"story.copyLabel": "Edit a copy of \"{title}\"",
	"story.copyTitle": "{title} (copy)",
	"story.yours": "Your stories",
	"story.newTitle": "Title of a new story",
	"story.new": "New story",
	"story.toEdit": "Story to edit",
	"story.undo": "Undo",
	"story.export": "Export stories as dataset JSON",
	"story.keptHere": "Your stories are kept in this browser. Export them to share them or to keep a copy; Import opens such a file again.",
	"story.notSaved": "Your stories could not be saved in this browser (storage is full or switched off). Export them as a dataset JSON to keep them.",
	"story.savedPrefix": "Saved stories: {reason}",
	"story.missing": "There is no story \"{id}\" in this dataset; showing the explorer.",
	"handout.label": "Handout",
	"handout.asOf": "as of {date}",
	"handout.for": "for",
	"handout.leftOut": "Claims that are only claimed, disputed or denied are left out of this handout.",
	"handout.step": "Step {number}.",
	"handout.image": "The network in step {number}",
	"handout.relations": "Relations in this step",
	"handout.also": "(also: {list})",
	"handout.stepSources": "Sources for this step",
	"handout.allSources": "All sources",
	"handout.failed": "The handout pictures could not be drawn. Try again, or print the page as it is.",
	"search.label": "Search actors",
	"search.placeholder": "Search names, aliases, tags  ( / )",
	"search.placeholderShort": "Search actor",
	"search.results": "{label}: results",
	"search.preparing": "Preparing search…",
	"search.none": "No actor matches “{query}”.",
	"search.field.name": "name",
	"search.field.alias": "also known as",
	"search.field.summary": "summary",
	"search.field.tag": "tag",
	"search.similar": "(similar spelling)",
	"header.timeline": "Timeline",
	"explorer.timelineRegion": "Timeline of claims",
	"explorer.asOf": "As of…",
	"explorer.openingTimeline": "Opening the timeline…",
	"app.keptSetAside": "The import kept from your last visit could not be read ({reason}); it was set aside.",
	"app.keptUnreadable": "The import kept from your last visit could not be read again ({reason}).",
	"import.reading": "Reading",
	"import.cancel": "Cancel",
	"status.unsourced": "Unsourced",
	"status.unsourced.description": "no claim and no source: the data only links these two actors",
	"status.unsourced.classroom": "Unsourced",
	"filters.unsourced": "{label} (no claim, no source)",
	"unsourced.label": "No evidence",
	"unsourced.title": "No claim, no source",
	"unsourced.text": "This relation has no claim and no source. It only records that the data links these two actors; it is not evidence that anything was reported or confirmed.",
	"unsourced.origin": "It came from the imported file “{file}” ({format}). That file is where the data came from, not a source for it.",
	"time.allTime": "all time",
	"time.allTimeButton": "All time",
	"quantity.perUnitPeriod": "{amount} per {unit} per {period, select, day {day} week {week} month {month} other {year}}",
	"story.period": "Period: {period}",
	"story.periodField": "{label} (step {number})",
	"story.periodLegend": "Period of step {number} (optional)",
	"story.periodFrom": "Period from",
	"story.periodTo": "Period to",
	"timeline.undated": "undated",
	"timeline.asText": "Timeline as text ({count, plural, one {# dated claim} other {# dated claims}})",
	"timeline.caption": "Dated claims, earliest first",
	"timeline.captionFirst": "Dated claims, earliest first (the first {limit})",
	"timeline.when": "When",
	"timeline.status": "Status",
	"timeline.claim": "Claim",
	"timeline.period": "Period:",
	"timeline.counts": "{rows, plural, one {# dated relation} other {# dated relations}} · {undated, plural, one {# undated claim} other {# undated claims}}",
	"timeline.unsourced": "{count, plural, one {# unsourced relation} other {# unsourced relations}} (no claim, no date)",
	"timeline.rows": "Rows",
	"timeline.perRelation": "one per relation",
	"timeline.byActor": "grouped by actor",
	"timeline.undatedTitle": "Undated claims ({count})",
	"timeline.undatedHint": "The sources give no date for these; they show in the graph unless \"include undated claims\" is off.",
	"timeline.showMore": "Show more ({count} left)",
	"timeline.drag": "Drag across dates to filter",
	"timeline.listLabel": "Claims over time, {count, plural, one {# relation} other {# relations}}. Arrow keys move between claims, Enter opens one.",
	"timeline.empty": "No claim shown here has a date, so there is no time to draw. The undated claims are listed below.",
	"timeline.building": "Placing the claims of {count, plural, one {# relation} other {# relations}} on the timeline…",
	"asOf.none": "No claim in this dataset has a date, so there is no \"as of\" to step through.",
	"asOf.label": "As of",
	"asOf.play": "Play",
	"asOf.pause": "Pause",
	"asOf.month": "Month shown",
	"asOf.at": "As of {date}",
	"asOf.holds": "{count, plural, one {# dated claim holds} other {# dated claims hold}}",
	"asOf.undated": "undated claims too",
	"library.button": "Library",
	"library.title": "Library of networks",
	"library.untitled": "Untitled network",
	"library.newTitleLabel": "New network title",
	"library.newTitlePlaceholder": "Title of a new network",
	"library.new": "New network",
	"library.network": "Network",
	"library.size": "Size",
	"library.lastChange": "Last change",
	"library.actions": "Actions",
	"library.kind.shipped": "shipped",
	"library.kind.own": "yours",
	"library.kind.copy": "your copy",
	"library.kind.imported": "imported",
	"library.open": "Open",
	"library.openLabel": "Open {title}",
	"library.sizeValue": "{actors} actors, {relations} relations",
	"library.rename": "Rename",
	"library.renameLabel": "Rename {title}",
	"library.newTitlePrompt": "New title",
	"library.duplicate": "Duplicate",
	"library.duplicateLabel": "Duplicate {title}",
	"library.exportLabel": "Export {title}",
	"library.deleteLabel": "Delete {title}",
	"library.deleted": "Deleted “{title}”. Restore it from the library's “Recently deleted”.",
	"library.recentlyDeleted": "Recently deleted",
	"library.undoDelete": "Undo delete",
	"network.own": "Your network",
	"network.copy": "Your copy",
	"network.imported": "Imported",
	"network.curated": "Curated",
	"network.shipped": "Shipped",
	"network.back": "Back to",
	"network.editor": "Editor",
	"explorer.skipGraph": "Skip to graph",
	"metrics.sampled": "Betweenness and closeness estimated from shortest paths out of {count, number} sampled actors.",
	"export.csvTables": "CSV tables (.zip: actors, relations, claims, sources, kinds, stories)",
	"export.gexfNetworkx": "GEXF for networkx (mutual as two edges)",
	"export.graphmlNetworkx": "GraphML for networkx (mutual as two edges)",
	"filters.lines": "Lines: {lines}.",
	"line.double": "double",
	"line.solid": "solid",
	"line.dashed": "dashed",
	"line.dotted": "dotted",
	"line.faintDotted": "faint dotted",
	"line.thinGreyDotted": "thin grey dotted",
	"presenter.stepRegion": "Story step",
	"table.actorsScroll": "Actors, scrollable",
	"table.relationsScroll": "Relations and their claims, scrollable"
};
// src/ui/i18n/catalogues.ts
var englishMessages = en_default;
var loaders = {
	uk: () => __vitePreload(() => import("./uk-CQvMFnmN.js"), [], import.meta.url),
	ar: () => __vitePreload(() => import("./ar-BJ1cAPIV.js"), [], import.meta.url),
	ru: () => __vitePreload(() => import("./ru-DAKBkEm7.js"), [], import.meta.url)
};
async function loadMessages(lang) {
	if (lang === "en") return en_default;
	return (await loaders[lang]()).default;
}
// src/ui/i18n/language.ts
var SETTING_KEY = "tangle:language";
/** The first supported language among the browser's preferences ("uk-UA" → "uk"). */
function pickLanguage(preferences) {
	for (const tag of preferences) {
		const base = tag.toLowerCase().split("-")[0];
		const match = UI_LANGUAGES.find((lang) => lang === base);
		if (match) return match;
	}
	return "en";
}
var isLanguage = (value) => UI_LANGUAGES.some((lang) => lang === value);
/** The saved setting; storage can be off or full, which only means no saved choice. */
function savedLanguage() {
	try {
		const value = window.localStorage.getItem(SETTING_KEY);
		return isLanguage(value) ? value : void 0;
	} catch {
		return;
	}
}
function saveLanguage(lang) {
	try {
		window.localStorage.setItem(SETTING_KEY, lang);
	} catch {}
}
function initialLanguage() {
	return savedLanguage() ?? pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
var textDirection = (lang) => lang === "ar" ? "rtl" : "ltr";
var RTL_SCRIPTS = /* @__PURE__ */ new Set([
	"ar",
	"he",
	"fa",
	"ur",
	"ps",
	"yi",
	"dv",
	"ckb",
	"sd",
	"ug"
]);
/** The base direction of texts in a dataset's language (BCP 47), e.g. for graph labels drawn on a canvas. */
var languageDirection = (tag) => tag !== void 0 && RTL_SCRIPTS.has(tag.toLowerCase().split("-")[0] ?? "") ? "rtl" : "ltr";
/** Each language named in itself, for the switch. */
var LANGUAGE_NAMES = {
	en: "English",
	uk: "Українська",
	ar: "العربية",
	ru: "Русский"
};
// node_modules/@formatjs/fast-memoize/index.js
function memoize(fn, options) {
	const cache = options && options.cache ? options.cache : cacheDefault;
	const serializer = options && options.serializer ? options.serializer : serializerDefault;
	return (options && options.strategy ? options.strategy : strategyDefault)(fn, {
		cache,
		serializer
	});
}
function isPrimitive(value) {
	return value == null || typeof value === "number" || typeof value === "boolean";
}
function monadic(fn, cache, serializer, arg) {
	const cacheKey = isPrimitive(arg) ? arg : serializer(arg);
	let computedValue = cache.get(cacheKey);
	if (typeof computedValue === "undefined") {
		computedValue = fn.call(this, arg);
		cache.set(cacheKey, computedValue);
	}
	return computedValue;
}
function variadic(fn, cache, serializer) {
	const args = Array.prototype.slice.call(arguments, 3);
	const cacheKey = serializer(args);
	let computedValue = cache.get(cacheKey);
	if (typeof computedValue === "undefined") {
		computedValue = fn.apply(this, args);
		cache.set(cacheKey, computedValue);
	}
	return computedValue;
}
function assemble(fn, context, strategy, cache, serialize) {
	return strategy.bind(context, fn, cache, serialize);
}
function strategyDefault(fn, options) {
	const strategy = fn.length === 1 ? monadic : variadic;
	return assemble(fn, this, strategy, options.cache.create(), options.serializer);
}
function strategyVariadic(fn, options) {
	return assemble(fn, this, variadic, options.cache.create(), options.serializer);
}
function strategyMonadic(fn, options) {
	return assemble(fn, this, monadic, options.cache.create(), options.serializer);
}
var serializerDefault = function() {
	return JSON.stringify(arguments);
};
var ObjectWithoutPrototypeCache = class {
	constructor() {
		this.cache = Object.create(null);
	}
	get(key) {
		return this.cache[key];
	}
	set(key, value) {
		this.cache[key] = value;
	}
};
var cacheDefault = { create: function create() {
	return new ObjectWithoutPrototypeCache();
} };
var strategies = {
	variadic: strategyVariadic,
	monadic: strategyMonadic
};
// node_modules/@formatjs/icu-skeleton-parser/index.js
/**
* https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table
* Credit: https://github.com/caridy/intl-datetimeformat-pattern/blob/master/index.js
* with some tweaks
*/
var DATE_TIME_REGEX = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
/**
* Parse Date time skeleton into Intl.DateTimeFormatOptions
* Ref: https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table
* @public
* @param skeleton skeleton string
*/
function parseDateTimeSkeleton(skeleton) {
	const result = {};
	skeleton.replace(DATE_TIME_REGEX, (match) => {
		const len = match.length;
		switch (match[0]) {
			case "G":
				result.era = len === 4 ? "long" : len === 5 ? "narrow" : "short";
				break;
			case "y":
				result.year = len === 2 ? "2-digit" : "numeric";
				break;
			case "Y":
			case "u":
			case "U":
			case "r": throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");
			case "q":
			case "Q": throw new RangeError("`q/Q` (quarter) patterns are not supported");
			case "M":
			case "L":
				result.month = [
					"numeric",
					"2-digit",
					"short",
					"long",
					"narrow"
				][len - 1];
				break;
			case "w":
			case "W": throw new RangeError("`w/W` (week) patterns are not supported");
			case "d":
				result.day = ["numeric", "2-digit"][len - 1];
				break;
			case "D":
			case "F":
			case "g": throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
			case "E":
				result.weekday = len === 4 ? "long" : len === 5 ? "narrow" : "short";
				break;
			case "e":
				if (len < 4) throw new RangeError("`e..eee` (weekday) patterns are not supported");
				result.weekday = [
					"short",
					"long",
					"narrow",
					"short"
				][len - 3];
				break;
			case "c":
				if (len < 4) throw new RangeError("`c..ccc` (weekday) patterns are not supported");
				result.weekday = [
					"short",
					"long",
					"narrow",
					"short"
				][len - 3];
				break;
			case "a":
				result.hour12 = true;
				break;
			case "b":
			case "B": throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");
			case "h":
				result.hourCycle = "h12";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "H":
				result.hourCycle = "h23";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "K":
				result.hourCycle = "h11";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "k":
				result.hourCycle = "h24";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "j":
			case "J":
			case "C": throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
			case "m":
				result.minute = ["numeric", "2-digit"][len - 1];
				break;
			case "s":
				result.second = ["numeric", "2-digit"][len - 1];
				break;
			case "S":
			case "A": throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
			case "z":
				result.timeZoneName = len < 4 ? "short" : "long";
				break;
			case "Z":
			case "O":
			case "v":
			case "V":
			case "X":
			case "x": throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead");
		}
		return "";
	});
	return result;
}
var WHITE_SPACE_REGEX = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function parseNumberSkeletonFromString(skeleton) {
	if (skeleton.length === 0) throw new Error("Number skeleton cannot be empty");
	const stringTokens = skeleton.split(WHITE_SPACE_REGEX).filter((x) => x.length > 0);
	const tokens = [];
	for (const stringToken of stringTokens) {
		let stemAndOptions = stringToken.split("/");
		if (stemAndOptions.length === 0) throw new Error("Invalid number skeleton");
		const [stem, ...options] = stemAndOptions;
		for (const option of options) if (option.length === 0) throw new Error("Invalid number skeleton");
		tokens.push({
			stem,
			options
		});
	}
	return tokens;
}
function icuUnitToEcma(unit) {
	return unit.replace(/^(.*?)-/, "");
}
var FRACTION_PRECISION_REGEX = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g;
var SIGNIFICANT_PRECISION_REGEX = /^(@+)?(\+|#+)?[rs]?$/g;
var INTEGER_WIDTH_REGEX = /(\*)(0+)|(#+)(0+)|(0+)/g;
var CONCISE_INTEGER_WIDTH_REGEX = /^(0+)$/;
function parseSignificantPrecision(str) {
	const result = {};
	if (str[str.length - 1] === "r") result.roundingPriority = "morePrecision";
	else if (str[str.length - 1] === "s") result.roundingPriority = "lessPrecision";
	str.replace(SIGNIFICANT_PRECISION_REGEX, function(_, g1, g2) {
		if (typeof g2 !== "string") {
			result.minimumSignificantDigits = g1.length;
			result.maximumSignificantDigits = g1.length;
		} else if (g2 === "+") result.minimumSignificantDigits = g1.length;
		else if (g1[0] === "#") result.maximumSignificantDigits = g1.length;
		else {
			result.minimumSignificantDigits = g1.length;
			result.maximumSignificantDigits = g1.length + (typeof g2 === "string" ? g2.length : 0);
		}
		return "";
	});
	return result;
}
function parseSign(str) {
	switch (str) {
		case "sign-auto": return { signDisplay: "auto" };
		case "sign-accounting":
		case "()": return { currencySign: "accounting" };
		case "sign-always":
		case "+!": return { signDisplay: "always" };
		case "sign-accounting-always":
		case "()!": return {
			signDisplay: "always",
			currencySign: "accounting"
		};
		case "sign-except-zero":
		case "+?": return { signDisplay: "exceptZero" };
		case "sign-accounting-except-zero":
		case "()?": return {
			signDisplay: "exceptZero",
			currencySign: "accounting"
		};
		case "sign-never":
		case "+_": return { signDisplay: "never" };
	}
}
function parseConciseScientificAndEngineeringStem(stem) {
	let result;
	if (stem[0] === "E" && stem[1] === "E") {
		result = { notation: "engineering" };
		stem = stem.slice(2);
	} else if (stem[0] === "E") {
		result = { notation: "scientific" };
		stem = stem.slice(1);
	}
	if (result) {
		const signDisplay = stem.slice(0, 2);
		if (signDisplay === "+!") {
			result.signDisplay = "always";
			stem = stem.slice(2);
		} else if (signDisplay === "+?") {
			result.signDisplay = "exceptZero";
			stem = stem.slice(2);
		}
		if (!CONCISE_INTEGER_WIDTH_REGEX.test(stem)) throw new Error("Malformed concise eng/scientific notation");
		result.minimumIntegerDigits = stem.length;
	}
	return result;
}
function parseNotationOptions(opt) {
	const result = {};
	const signOpts = parseSign(opt);
	if (signOpts) return signOpts;
	return result;
}
/**
* https://github.com/unicode-org/icu/blob/master/docs/userguide/format_parse/numbers/skeletons.md#skeleton-stems-and-options
*/
function parseNumberSkeleton(tokens) {
	let result = {};
	for (const token of tokens) {
		switch (token.stem) {
			case "percent":
			case "%":
				result.style = "percent";
				continue;
			case "%x100":
				result.style = "percent";
				result.scale = 100;
				continue;
			case "currency":
				result.style = "currency";
				result.currency = token.options[0];
				continue;
			case "group-off":
			case ",_":
				result.useGrouping = false;
				continue;
			case "precision-integer":
			case ".":
				result.maximumFractionDigits = 0;
				continue;
			case "measure-unit":
			case "unit":
				result.style = "unit";
				result.unit = icuUnitToEcma(token.options[0]);
				continue;
			case "compact-short":
			case "K":
				result.notation = "compact";
				result.compactDisplay = "short";
				continue;
			case "compact-long":
			case "KK":
				result.notation = "compact";
				result.compactDisplay = "long";
				continue;
			case "scientific":
				result = {
					...result,
					notation: "scientific",
					...token.options.reduce((all, opt) => ({
						...all,
						...parseNotationOptions(opt)
					}), {})
				};
				continue;
			case "engineering":
				result = {
					...result,
					notation: "engineering",
					...token.options.reduce((all, opt) => ({
						...all,
						...parseNotationOptions(opt)
					}), {})
				};
				continue;
			case "notation-simple":
				result.notation = "standard";
				continue;
			case "unit-width-narrow":
				result.currencyDisplay = "narrowSymbol";
				result.unitDisplay = "narrow";
				continue;
			case "unit-width-short":
				result.currencyDisplay = "code";
				result.unitDisplay = "short";
				continue;
			case "unit-width-full-name":
				result.currencyDisplay = "name";
				result.unitDisplay = "long";
				continue;
			case "unit-width-iso-code":
				result.currencyDisplay = "symbol";
				continue;
			case "scale":
				result.scale = parseFloat(token.options[0]);
				continue;
			case "rounding-mode-floor":
				result.roundingMode = "floor";
				continue;
			case "rounding-mode-ceiling":
				result.roundingMode = "ceil";
				continue;
			case "rounding-mode-down":
				result.roundingMode = "trunc";
				continue;
			case "rounding-mode-up":
				result.roundingMode = "expand";
				continue;
			case "rounding-mode-half-even":
				result.roundingMode = "halfEven";
				continue;
			case "rounding-mode-half-down":
				result.roundingMode = "halfTrunc";
				continue;
			case "rounding-mode-half-up":
				result.roundingMode = "halfExpand";
				continue;
			case "integer-width":
				if (token.options.length > 1) throw new RangeError("integer-width stems only accept a single optional option");
				token.options[0].replace(INTEGER_WIDTH_REGEX, function(_, g1, g2, g3, g4, g5) {
					if (g1) result.minimumIntegerDigits = g2.length;
					else if (g3 && g4) throw new Error("We currently do not support maximum integer digits");
					else if (g5) throw new Error("We currently do not support exact integer digits");
					return "";
				});
				continue;
		}
		if (CONCISE_INTEGER_WIDTH_REGEX.test(token.stem)) {
			result.minimumIntegerDigits = token.stem.length;
			continue;
		}
		if (FRACTION_PRECISION_REGEX.test(token.stem)) {
			if (token.options.length > 1) throw new RangeError("Fraction-precision stems only accept a single optional option");
			token.stem.replace(FRACTION_PRECISION_REGEX, function(_, g1, g2, g3, g4, g5) {
				if (g2 === "*") result.minimumFractionDigits = g1.length;
				else if (g3 && g3[0] === "#") result.maximumFractionDigits = g3.length;
				else if (g4 && g5) {
					result.minimumFractionDigits = g4.length;
					result.maximumFractionDigits = g4.length + g5.length;
				} else {
					result.minimumFractionDigits = g1.length;
					result.maximumFractionDigits = g1.length;
				}
				return "";
			});
			const opt = token.options[0];
			if (opt === "w") result = {
				...result,
				trailingZeroDisplay: "stripIfInteger"
			};
			else if (opt) result = {
				...result,
				...parseSignificantPrecision(opt)
			};
			continue;
		}
		if (SIGNIFICANT_PRECISION_REGEX.test(token.stem)) {
			result = {
				...result,
				...parseSignificantPrecision(token.stem)
			};
			continue;
		}
		const signOpts = parseSign(token.stem);
		if (signOpts) result = {
			...result,
			...signOpts
		};
		const conciseScientificAndEngineeringOpts = parseConciseScientificAndEngineeringStem(token.stem);
		if (conciseScientificAndEngineeringOpts) result = {
			...result,
			...conciseScientificAndEngineeringOpts
		};
	}
	return result;
}
// node_modules/@formatjs/icu-messageformat-parser/index.js
var ErrorKind = /* @__PURE__ */ function(ErrorKind) {
	/** Argument is unclosed (e.g. `{0`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_CLOSING_BRACE"] = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE";
	/** Argument is empty (e.g. `{}`). */
	ErrorKind[ErrorKind["EMPTY_ARGUMENT"] = 2] = "EMPTY_ARGUMENT";
	/** Argument is malformed (e.g. `{foo!}``) */
	ErrorKind[ErrorKind["MALFORMED_ARGUMENT"] = 3] = "MALFORMED_ARGUMENT";
	/** Expect an argument type (e.g. `{foo,}`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_TYPE"] = 4] = "EXPECT_ARGUMENT_TYPE";
	/** Unsupported argument type (e.g. `{foo,foo}`) */
	ErrorKind[ErrorKind["INVALID_ARGUMENT_TYPE"] = 5] = "INVALID_ARGUMENT_TYPE";
	/** Expect an argument style (e.g. `{foo, number, }`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_STYLE"] = 6] = "EXPECT_ARGUMENT_STYLE";
	/** The number skeleton is invalid. */
	ErrorKind[ErrorKind["INVALID_NUMBER_SKELETON"] = 7] = "INVALID_NUMBER_SKELETON";
	/** The date time skeleton is invalid. */
	ErrorKind[ErrorKind["INVALID_DATE_TIME_SKELETON"] = 8] = "INVALID_DATE_TIME_SKELETON";
	/** Exepct a number skeleton following the `::` (e.g. `{foo, number, ::}`) */
	ErrorKind[ErrorKind["EXPECT_NUMBER_SKELETON"] = 9] = "EXPECT_NUMBER_SKELETON";
	/** Exepct a date time skeleton following the `::` (e.g. `{foo, date, ::}`) */
	ErrorKind[ErrorKind["EXPECT_DATE_TIME_SKELETON"] = 10] = "EXPECT_DATE_TIME_SKELETON";
	/** Unmatched apostrophes in the argument style (e.g. `{foo, number, 'test`) */
	ErrorKind[ErrorKind["UNCLOSED_QUOTE_IN_ARGUMENT_STYLE"] = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE";
	/** Missing select argument options (e.g. `{foo, select}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_OPTIONS"] = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS";
	/** Expecting an offset value in `plural` or `selectordinal` argument (e.g `{foo, plural, offset}`) */
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE"] = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE";
	/** Offset value in `plural` or `selectordinal` is invalid (e.g. `{foo, plural, offset: x}`) */
	ErrorKind[ErrorKind["INVALID_PLURAL_ARGUMENT_OFFSET_VALUE"] = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE";
	/** Expecting a selector in `select` argument (e.g `{foo, select}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_SELECTOR"] = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR";
	/** Expecting a selector in `plural` or `selectordinal` argument (e.g `{foo, plural}`) */
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_SELECTOR"] = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR";
	/** Expecting a message fragment after the `select` selector (e.g. `{foo, select, apple}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT"] = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT";
	/**
	* Expecting a message fragment after the `plural` or `selectordinal` selector
	* (e.g. `{foo, plural, one}`)
	*/
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT"] = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT";
	/** Selector in `plural` or `selectordinal` is malformed (e.g. `{foo, plural, =x {#}}`) */
	ErrorKind[ErrorKind["INVALID_PLURAL_ARGUMENT_SELECTOR"] = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR";
	/**
	* Duplicate selectors in `plural` or `selectordinal` argument.
	* (e.g. {foo, plural, one {#} one {#}})
	*/
	ErrorKind[ErrorKind["DUPLICATE_PLURAL_ARGUMENT_SELECTOR"] = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR";
	/** Duplicate selectors in `select` argument.
	* (e.g. {foo, select, apple {apple} apple {apple}})
	*/
	ErrorKind[ErrorKind["DUPLICATE_SELECT_ARGUMENT_SELECTOR"] = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR";
	/** Plural or select argument option must have `other` clause. */
	ErrorKind[ErrorKind["MISSING_OTHER_CLAUSE"] = 22] = "MISSING_OTHER_CLAUSE";
	/** The tag is malformed. (e.g. `<bold!>foo</bold!>) */
	ErrorKind[ErrorKind["INVALID_TAG"] = 23] = "INVALID_TAG";
	/** The tag name is invalid. (e.g. `<123>foo</123>`) */
	ErrorKind[ErrorKind["INVALID_TAG_NAME"] = 25] = "INVALID_TAG_NAME";
	/** The closing tag does not match the opening tag. (e.g. `<bold>foo</italic>`) */
	ErrorKind[ErrorKind["UNMATCHED_CLOSING_TAG"] = 26] = "UNMATCHED_CLOSING_TAG";
	/** The opening tag has unmatched closing tag. (e.g. `<bold>foo`) */
	ErrorKind[ErrorKind["UNCLOSED_TAG"] = 27] = "UNCLOSED_TAG";
	return ErrorKind;
}({});
var TYPE = /* @__PURE__ */ function(TYPE) {
	/**
	* Raw text
	*/
	TYPE[TYPE["literal"] = 0] = "literal";
	/**
	* Variable w/o any format, e.g `var` in `this is a {var}`
	*/
	TYPE[TYPE["argument"] = 1] = "argument";
	/**
	* Variable w/ number format
	*/
	TYPE[TYPE["number"] = 2] = "number";
	/**
	* Variable w/ date format
	*/
	TYPE[TYPE["date"] = 3] = "date";
	/**
	* Variable w/ time format
	*/
	TYPE[TYPE["time"] = 4] = "time";
	/**
	* Variable w/ select format
	*/
	TYPE[TYPE["select"] = 5] = "select";
	/**
	* Variable w/ plural format
	*/
	TYPE[TYPE["plural"] = 6] = "plural";
	/**
	* Only possible within plural argument.
	* This is the `#` symbol that will be substituted with the count.
	*/
	TYPE[TYPE["pound"] = 7] = "pound";
	/**
	* XML-like tag
	*/
	TYPE[TYPE["tag"] = 8] = "tag";
	return TYPE;
}({});
/**
* Type Guards
*/
function isLiteralElement(el) {
	return el.type === 0;
}
function isArgumentElement(el) {
	return el.type === 1;
}
function isNumberElement(el) {
	return el.type === 2;
}
function isDateElement(el) {
	return el.type === 3;
}
function isTimeElement(el) {
	return el.type === 4;
}
function isSelectElement(el) {
	return el.type === 5;
}
function isPluralElement(el) {
	return el.type === 6;
}
function isPoundElement(el) {
	return el.type === 7;
}
function isTagElement(el) {
	return el.type === 8;
}
function isNumberSkeleton(el) {
	return !!(el && typeof el === "object" && el.type === 0);
}
function isDateTimeSkeleton(el) {
	return !!(el && typeof el === "object" && el.type === 1);
}
var SPACE_SEPARATOR_REGEX = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
var IDENTIFIER_PREFIX_REGEX = /([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g;
var timeData = {
	"001": ["H", "h"],
	"419": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"AC": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"AD": ["H", "hB"],
	"AE": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"AF": [
		"H",
		"hb",
		"hB",
		"h"
	],
	"AG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"AI": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"AL": [
		"h",
		"H",
		"hB"
	],
	"AM": ["H", "hB"],
	"AO": ["H", "hB"],
	"AR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"AS": ["h", "H"],
	"AT": ["H", "hB"],
	"AU": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"AW": ["H", "hB"],
	"AX": ["H"],
	"AZ": [
		"H",
		"hB",
		"h"
	],
	"BA": [
		"H",
		"hB",
		"h"
	],
	"BB": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BD": [
		"h",
		"hB",
		"H"
	],
	"BE": ["H", "hB"],
	"BF": ["H", "hB"],
	"BG": [
		"H",
		"hB",
		"h"
	],
	"BH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"BI": ["H", "h"],
	"BJ": ["H", "hB"],
	"BL": ["H", "hB"],
	"BM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BN": [
		"hb",
		"hB",
		"h",
		"H"
	],
	"BO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"BQ": ["H"],
	"BR": ["H", "hB"],
	"BS": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BT": ["h", "H"],
	"BW": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"BY": ["H", "h"],
	"BZ": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CA": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"CC": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CD": ["hB", "H"],
	"CF": [
		"H",
		"h",
		"hB"
	],
	"CG": ["H", "hB"],
	"CH": [
		"H",
		"hB",
		"h"
	],
	"CI": ["H", "hB"],
	"CK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CL": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CM": [
		"H",
		"h",
		"hB"
	],
	"CN": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"CO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CP": ["H"],
	"CR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CU": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CV": ["H", "hB"],
	"CW": ["H", "hB"],
	"CX": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CY": [
		"h",
		"H",
		"hb",
		"hB"
	],
	"CZ": ["H"],
	"DE": ["H", "hB"],
	"DG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"DJ": ["h", "H"],
	"DK": ["H"],
	"DM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"DO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"DZ": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"EA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"EC": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"EE": ["H", "hB"],
	"EG": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"EH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"ER": ["h", "H"],
	"ES": [
		"H",
		"hB",
		"h",
		"hb"
	],
	"ET": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"FI": ["H"],
	"FJ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"FK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"FM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"FO": ["H", "h"],
	"FR": ["H", "hB"],
	"GA": ["H", "hB"],
	"GB": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GD": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GE": [
		"H",
		"hB",
		"h"
	],
	"GF": ["H", "hB"],
	"GG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GH": ["h", "H"],
	"GI": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GL": ["H", "h"],
	"GM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GN": ["H", "hB"],
	"GP": ["H", "hB"],
	"GQ": [
		"H",
		"hB",
		"h",
		"hb"
	],
	"GR": [
		"h",
		"H",
		"hb",
		"hB"
	],
	"GS": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GT": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"GU": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GW": ["H", "hB"],
	"GY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"HK": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"HN": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"HR": ["H", "hB"],
	"HU": ["H", "h"],
	"IC": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"ID": ["H"],
	"IE": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IL": ["H", "hB"],
	"IM": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IN": ["h", "H"],
	"IO": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IQ": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"IR": ["hB", "H"],
	"IS": ["H"],
	"IT": ["H", "hB"],
	"JE": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"JM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"JO": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"JP": [
		"H",
		"K",
		"h"
	],
	"KE": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"KG": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"KH": [
		"hB",
		"h",
		"H",
		"hb"
	],
	"KI": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KM": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"KN": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KP": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"KR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"KW": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"KY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KZ": ["H", "hB"],
	"LA": [
		"H",
		"hb",
		"hB",
		"h"
	],
	"LB": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"LC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"LI": [
		"H",
		"hB",
		"h"
	],
	"LK": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"LR": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"LS": ["h", "H"],
	"LT": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"LU": [
		"H",
		"h",
		"hB"
	],
	"LV": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"LY": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"MC": ["H", "hB"],
	"MD": ["H", "hB"],
	"ME": [
		"H",
		"hB",
		"h"
	],
	"MF": ["H", "hB"],
	"MG": ["H", "h"],
	"MH": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"ML": ["H"],
	"MM": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"MN": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"MO": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MP": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MQ": ["H", "hB"],
	"MR": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MS": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"MT": ["H", "h"],
	"MU": ["H", "h"],
	"MV": ["H", "h"],
	"MW": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MX": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"MY": [
		"hb",
		"hB",
		"h",
		"H"
	],
	"MZ": ["H", "hB"],
	"NA": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"NC": ["H", "hB"],
	"NE": ["H"],
	"NF": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NI": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"NL": ["H", "hB"],
	"NO": ["H", "h"],
	"NP": [
		"H",
		"h",
		"hB"
	],
	"NR": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NU": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NZ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"OM": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PA": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PE": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PF": [
		"H",
		"h",
		"hB"
	],
	"PG": ["h", "H"],
	"PH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PK": [
		"h",
		"hB",
		"H"
	],
	"PL": ["H", "h"],
	"PM": ["H", "hB"],
	"PN": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"PR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PS": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PT": ["H", "hB"],
	"PW": ["h", "H"],
	"PY": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"QA": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"RE": ["H", "hB"],
	"RO": ["H", "hB"],
	"RS": [
		"H",
		"hB",
		"h"
	],
	"RU": ["H"],
	"RW": ["H", "h"],
	"SA": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SB": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SC": [
		"H",
		"h",
		"hB"
	],
	"SD": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SE": ["H"],
	"SG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SH": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"SI": ["H", "hB"],
	"SJ": ["H"],
	"SK": ["H"],
	"SL": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SM": [
		"H",
		"h",
		"hB"
	],
	"SN": [
		"H",
		"h",
		"hB"
	],
	"SO": ["h", "H"],
	"SR": ["H", "hB"],
	"SS": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"ST": ["H", "hB"],
	"SV": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"SX": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"SY": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SZ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TA": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"TC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TD": [
		"h",
		"H",
		"hB"
	],
	"TF": [
		"H",
		"h",
		"hB"
	],
	"TG": ["H", "hB"],
	"TH": ["H", "h"],
	"TJ": ["H", "h"],
	"TL": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"TM": ["H", "h"],
	"TN": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"TO": ["h", "H"],
	"TR": ["H", "hB"],
	"TT": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TW": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"TZ": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"UA": [
		"H",
		"hB",
		"h"
	],
	"UG": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"UM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"US": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"UY": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"UZ": [
		"H",
		"hB",
		"h"
	],
	"VA": [
		"H",
		"h",
		"hB"
	],
	"VC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VE": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"VG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VI": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VN": ["H", "h"],
	"VU": ["h", "H"],
	"WF": ["H", "hB"],
	"WS": ["h", "H"],
	"XK": [
		"H",
		"hB",
		"h"
	],
	"YE": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"YT": ["H", "hB"],
	"ZA": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"ZM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"ZW": ["H", "h"],
	"af-ZA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"ar-001": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"ca-ES": [
		"H",
		"h",
		"hB"
	],
	"en-001": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"en-HK": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"en-IL": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"en-MY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"es-BR": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"es-ES": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"es-GQ": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"fr-CA": [
		"H",
		"h",
		"hB"
	],
	"gl-ES": [
		"H",
		"h",
		"hB"
	],
	"gu-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"hi-IN": [
		"hB",
		"h",
		"H"
	],
	"it-CH": [
		"H",
		"h",
		"hB"
	],
	"it-IT": [
		"H",
		"h",
		"hB"
	],
	"kn-IN": [
		"hB",
		"h",
		"H"
	],
	"ku-SY": ["H", "hB"],
	"ml-IN": [
		"hB",
		"h",
		"H"
	],
	"mr-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"pa-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"ta-IN": [
		"hB",
		"h",
		"hb",
		"H"
	],
	"te-IN": [
		"hB",
		"h",
		"H"
	],
	"zu-ZA": [
		"H",
		"hB",
		"hb",
		"h"
	]
};
/**
* Returns the best matching date time pattern if a date time skeleton
* pattern is provided with a locale. Follows the Unicode specification:
* https://www.unicode.org/reports/tr35/tr35-dates.html#table-mapping-requested-time-skeletons-to-patterns
* @param skeleton date time skeleton pattern that possibly includes j, J or C
* @param locale
*/
function getBestPattern(skeleton, locale) {
	let skeletonCopy = "";
	for (let patternPos = 0; patternPos < skeleton.length; patternPos++) {
		const patternChar = skeleton.charAt(patternPos);
		if (patternChar === "j") {
			let extraLength = 0;
			while (patternPos + 1 < skeleton.length && skeleton.charAt(patternPos + 1) === patternChar) {
				extraLength++;
				patternPos++;
			}
			let hourLen = 1 + (extraLength & 1);
			let dayPeriodLen = extraLength < 2 ? 1 : 3 + (extraLength >> 1);
			let dayPeriodChar = "a";
			let hourChar = getDefaultHourSymbolFromLocale(locale);
			if (hourChar == "H" || hourChar == "k") dayPeriodLen = 0;
			while (dayPeriodLen-- > 0) skeletonCopy += dayPeriodChar;
			while (hourLen-- > 0) skeletonCopy = hourChar + skeletonCopy;
		} else if (patternChar === "J") skeletonCopy += "H";
		else skeletonCopy += patternChar;
	}
	return skeletonCopy;
}
/**
* Maps the [hour cycle type](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Locale/hourCycle)
* of the given `locale` to the corresponding time pattern.
* @param locale
*/
function getDefaultHourSymbolFromLocale(locale) {
	let hourCycle = locale.hourCycle;
	if (hourCycle === void 0) {
		const localeWithHourCycles = locale;
		hourCycle = localeWithHourCycles.getHourCycles?.()[0] ?? localeWithHourCycles.hourCycles?.[0];
	}
	if (hourCycle) switch (hourCycle) {
		case "h24": return "k";
		case "h23": return "H";
		case "h12": return "h";
		case "h11": return "K";
		default: throw new Error("Invalid hourCycle");
	}
	const languageTag = locale.language;
	let regionTag;
	if (languageTag !== "root") regionTag = locale.maximize().region;
	return (timeData[`${languageTag}-${regionTag}`] || timeData[regionTag || ""] || timeData[languageTag || ""] || timeData[`${languageTag}-001`] || timeData["001"])[0].charAt(0);
}
var SPACE_SEPARATOR_START_REGEX = new RegExp(`^${SPACE_SEPARATOR_REGEX.source}*`);
var SPACE_SEPARATOR_END_REGEX = new RegExp(`${SPACE_SEPARATOR_REGEX.source}*$`);
function createLocation(start, end) {
	return {
		start,
		end
	};
}
var hasNativeFromEntries = !!Object.fromEntries;
var hasTrimStart = !!String.prototype.trimStart;
var hasTrimEnd = !!String.prototype.trimEnd;
var fromEntries = hasNativeFromEntries ? Object.fromEntries : function fromEntries(entries) {
	const obj = {};
	for (const [k, v] of entries) obj[k] = v;
	return obj;
};
var trimStart = hasTrimStart ? function trimStart(s) {
	return s.trimStart();
} : function trimStart(s) {
	return s.replace(SPACE_SEPARATOR_START_REGEX, "");
};
var trimEnd = hasTrimEnd ? function trimEnd(s) {
	return s.trimEnd();
} : function trimEnd(s) {
	return s.replace(SPACE_SEPARATOR_END_REGEX, "");
};
var IDENTIFIER_PREFIX_RE = createIdentifierPrefixRegex();
function createIdentifierPrefixRegex() {
	try {
		const regex = /* @__PURE__ */ new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
		if (regex.exec("a ")?.[1] === "a") return regex;
	} catch {}
	return IDENTIFIER_PREFIX_REGEX;
}
function matchIdentifierAtIndex(s, index) {
	IDENTIFIER_PREFIX_RE.lastIndex = index;
	return IDENTIFIER_PREFIX_RE.exec(s)[1] ?? "";
}
function plainTopLevelEndPosition(message) {
	if (message.length === 0) return null;
	let line = 1;
	let column = 1;
	for (let offset = 0; offset < message.length;) {
		const code = message.charCodeAt(offset);
		switch (code) {
			case 35:
			case 39:
			case 60:
			case 123:
			case 125: return null;
		}
		if (code === 10) {
			line++;
			column = 1;
			offset++;
		} else {
			column++;
			if (code >= 55296 && code <= 56319 && offset + 1 < message.length) {
				const next = message.charCodeAt(offset + 1);
				offset += next >= 56320 && next <= 57343 ? 2 : 1;
			} else offset++;
		}
	}
	return {
		offset: message.length,
		line,
		column
	};
}
var Parser = class {
	constructor(message, options = {}) {
		this.message = message;
		this.position = {
			offset: 0,
			line: 1,
			column: 1
		};
		this.ignoreTag = !!options.ignoreTag;
		this.locale = options.locale;
		this.requiresOtherClause = !!options.requiresOtherClause;
		this.shouldParseSkeletons = !!options.shouldParseSkeletons;
	}
	parse() {
		if (this.offset() !== 0) throw Error("parser can only be used once");
		if (this.message.length > 0) {
			const firstCode = this.message.charCodeAt(0);
			if (firstCode !== 35 && firstCode !== 39 && firstCode !== 60 && firstCode !== 123 && firstCode !== 125) {
				const plainEndPosition = plainTopLevelEndPosition(this.message);
				if (plainEndPosition) {
					const start = this.clonePosition();
					this.position = plainEndPosition;
					return {
						val: [{
							type: 0,
							value: this.message,
							location: createLocation(start, this.clonePosition())
						}],
						err: null
					};
				}
			}
		}
		return this.parseMessage(0, "", false);
	}
	parseMessage(nestingLevel, parentArgType, expectingCloseTag) {
		let elements = [];
		while (!this.isEOF()) {
			const char = this.char();
			if (char === 123) {
				const result = this.parseArgument(nestingLevel, expectingCloseTag);
				if (result.err) return result;
				elements.push(result.val);
			} else if (char === 125 && nestingLevel > 0) break;
			else if (char === 35 && (parentArgType === "plural" || parentArgType === "selectordinal")) {
				const position = this.clonePosition();
				this.bump();
				elements.push({
					type: 7,
					location: createLocation(position, this.clonePosition())
				});
			} else if (char === 60 && !this.ignoreTag && this.peek() === 47) {
				if (expectingCloseTag) break;
				else return this.error(26, createLocation(this.clonePosition(), this.clonePosition()));
			} else if (char === 60 && !this.ignoreTag && _isAlpha(this.peek() || 0)) {
				const result = this.parseTag(nestingLevel, parentArgType);
				if (result.err) return result;
				elements.push(result.val);
			} else {
				const result = this.parseLiteral(nestingLevel, parentArgType);
				if (result.err) return result;
				elements.push(result.val);
			}
		}
		return {
			val: elements,
			err: null
		};
	}
	/**
	* A tag name must start with an ASCII lower/upper case letter. The grammar is based on the
	* [custom element name][] except that a dash is NOT always mandatory and uppercase letters
	* are accepted:
	*
	* ```
	* tag ::= "<" tagName (whitespace)* "/>" | "<" tagName (whitespace)* ">" message "</" tagName (whitespace)* ">"
	* tagName ::= [a-z] (PENChar)*
	* PENChar ::=
	*     "-" | "." | [0-9] | "_" | [a-z] | [A-Z] | #xB7 | [#xC0-#xD6] | [#xD8-#xF6] | [#xF8-#x37D] |
	*     [#x37F-#x1FFF] | [#x200C-#x200D] | [#x203F-#x2040] | [#x2070-#x218F] | [#x2C00-#x2FEF] |
	*     [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
	* ```
	*
	* [custom element name]: https://html.spec.whatwg.org/multipage/custom-elements.html#valid-custom-element-name
	* NOTE: We're a bit more lax here since HTML technically does not allow uppercase HTML element but we do
	* since other tag-based engines like React allow it
	*/
	parseTag(nestingLevel, parentArgType) {
		const startPosition = this.clonePosition();
		this.bump();
		const tagName = this.parseTagName();
		this.bumpSpace();
		if (this.bumpIf("/>")) return {
			val: {
				type: 0,
				value: `<${tagName}/>`,
				location: createLocation(startPosition, this.clonePosition())
			},
			err: null
		};
		else if (this.bumpIf(">")) {
			const childrenResult = this.parseMessage(nestingLevel + 1, parentArgType, true);
			if (childrenResult.err) return childrenResult;
			const children = childrenResult.val;
			const endTagStartPosition = this.clonePosition();
			if (this.bumpIf("</")) {
				if (this.isEOF() || !_isAlpha(this.char())) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
				const closingTagNameStartPosition = this.clonePosition();
				if (tagName !== this.parseTagName()) return this.error(26, createLocation(closingTagNameStartPosition, this.clonePosition()));
				this.bumpSpace();
				if (!this.bumpIf(">")) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
				return {
					val: {
						type: 8,
						value: tagName,
						children,
						location: createLocation(startPosition, this.clonePosition())
					},
					err: null
				};
			} else return this.error(27, createLocation(startPosition, this.clonePosition()));
		} else return this.error(23, createLocation(startPosition, this.clonePosition()));
	}
	/**
	* This method assumes that the caller has peeked ahead for the first tag character.
	*/
	parseTagName() {
		const startOffset = this.offset();
		this.bump();
		while (!this.isEOF() && _isPotentialElementNameChar(this.char())) this.bump();
		return this.message.slice(startOffset, this.offset());
	}
	parseLiteral(nestingLevel, parentArgType) {
		const start = this.clonePosition();
		let value = "";
		while (true) {
			const parseQuoteResult = this.tryParseQuote(parentArgType);
			if (parseQuoteResult) {
				value += parseQuoteResult;
				continue;
			}
			const parseUnquotedResult = this.tryParseUnquoted(nestingLevel, parentArgType);
			if (parseUnquotedResult) {
				value += parseUnquotedResult;
				continue;
			}
			const parseLeftAngleResult = this.tryParseLeftAngleBracket();
			if (parseLeftAngleResult) {
				value += parseLeftAngleResult;
				continue;
			}
			break;
		}
		const location = createLocation(start, this.clonePosition());
		return {
			val: {
				type: 0,
				value,
				location
			},
			err: null
		};
	}
	tryParseLeftAngleBracket() {
		if (!this.isEOF() && this.char() === 60 && (this.ignoreTag || !_isAlphaOrSlash(this.peek() || 0))) {
			this.bump();
			return "<";
		}
		return null;
	}
	/**
	* Starting with ICU 4.8, an ASCII apostrophe only starts quoted text if it immediately precedes
	* a character that requires quoting (that is, "only where needed"), and works the same in
	* nested messages as on the top level of the pattern. The new behavior is otherwise compatible.
	*/
	tryParseQuote(parentArgType) {
		if (this.isEOF() || this.char() !== 39) return null;
		switch (this.peek()) {
			case 39:
				this.bump();
				this.bump();
				return "'";
			case 123:
			case 60:
			case 62:
			case 125: break;
			case 35:
				if (parentArgType === "plural" || parentArgType === "selectordinal") break;
				return null;
			default: return null;
		}
		this.bump();
		const codePoints = [this.char()];
		this.bump();
		while (!this.isEOF()) {
			const ch = this.char();
			if (ch === 39) {
				if (this.peek() === 39) {
					codePoints.push(39);
					this.bump();
				} else {
					this.bump();
					break;
				}
			} else codePoints.push(ch);
			this.bump();
		}
		return String.fromCodePoint(...codePoints);
	}
	tryParseUnquoted(nestingLevel, parentArgType) {
		if (this.isEOF()) return null;
		const ch = this.char();
		if (ch === 60 || ch === 123 || ch === 35 && (parentArgType === "plural" || parentArgType === "selectordinal") || ch === 125 && nestingLevel > 0) return null;
		else {
			this.bump();
			return String.fromCodePoint(ch);
		}
	}
	parseArgument(nestingLevel, expectingCloseTag) {
		const openingBracePosition = this.clonePosition();
		this.bump();
		this.bumpSpace();
		if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		if (this.char() === 125) {
			this.bump();
			return this.error(2, createLocation(openingBracePosition, this.clonePosition()));
		}
		let value = this.parseIdentifierIfPossible().value;
		if (!value) return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
		this.bumpSpace();
		if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		switch (this.char()) {
			case 125:
				this.bump();
				return {
					val: {
						type: 1,
						value,
						location: createLocation(openingBracePosition, this.clonePosition())
					},
					err: null
				};
			case 44:
				this.bump();
				this.bumpSpace();
				if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
				return this.parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition);
			default: return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
		}
	}
	/**
	* Advance the parser until the end of the identifier, if it is currently on
	* an identifier character. Return an empty string otherwise.
	*/
	parseIdentifierIfPossible() {
		const startingPosition = this.clonePosition();
		const startOffset = this.offset();
		const value = matchIdentifierAtIndex(this.message, startOffset);
		const endOffset = startOffset + value.length;
		this.bumpTo(endOffset);
		return {
			value,
			location: createLocation(startingPosition, this.clonePosition())
		};
	}
	parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition) {
		let typeStartPosition = this.clonePosition();
		let argType = this.parseIdentifierIfPossible().value;
		let typeEndPosition = this.clonePosition();
		switch (argType) {
			case "": return this.error(4, createLocation(typeStartPosition, typeEndPosition));
			case "number":
			case "date":
			case "time": {
				this.bumpSpace();
				let styleAndLocation = null;
				if (this.bumpIf(",")) {
					this.bumpSpace();
					const styleStartPosition = this.clonePosition();
					const result = this.parseSimpleArgStyleIfPossible();
					if (result.err) return result;
					const style = trimEnd(result.val);
					if (style.length === 0) return this.error(6, createLocation(this.clonePosition(), this.clonePosition()));
					styleAndLocation = {
						style,
						styleLocation: createLocation(styleStartPosition, this.clonePosition())
					};
				}
				const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
				if (argCloseResult.err) return argCloseResult;
				const location = createLocation(openingBracePosition, this.clonePosition());
				if (styleAndLocation && styleAndLocation.style.startsWith("::")) {
					let skeleton = trimStart(styleAndLocation.style.slice(2));
					if (argType === "number") {
						const result = this.parseNumberSkeletonFromString(skeleton, styleAndLocation.styleLocation);
						if (result.err) return result;
						return {
							val: {
								type: 2,
								value,
								location,
								style: result.val
							},
							err: null
						};
					} else {
						if (skeleton.length === 0) return this.error(10, location);
						let dateTimePattern = skeleton;
						if (this.locale) dateTimePattern = getBestPattern(skeleton, this.locale);
						const style = {
							type: 1,
							pattern: dateTimePattern,
							location: styleAndLocation.styleLocation,
							parsedOptions: this.shouldParseSkeletons ? parseDateTimeSkeleton(dateTimePattern) : {}
						};
						return {
							val: {
								type: argType === "date" ? 3 : 4,
								value,
								location,
								style
							},
							err: null
						};
					}
				}
				return {
					val: {
						type: argType === "number" ? 2 : argType === "date" ? 3 : 4,
						value,
						location,
						style: styleAndLocation?.style ?? null
					},
					err: null
				};
			}
			case "plural":
			case "selectordinal":
			case "select": {
				const typeEndPosition = this.clonePosition();
				this.bumpSpace();
				if (!this.bumpIf(",")) return this.error(12, createLocation(typeEndPosition, { ...typeEndPosition }));
				this.bumpSpace();
				let identifierAndLocation = this.parseIdentifierIfPossible();
				let pluralOffset = 0;
				if (argType !== "select" && identifierAndLocation.value === "offset") {
					if (!this.bumpIf(":")) return this.error(13, createLocation(this.clonePosition(), this.clonePosition()));
					this.bumpSpace();
					const result = this.tryParseDecimalInteger(13, 14);
					if (result.err) return result;
					this.bumpSpace();
					identifierAndLocation = this.parseIdentifierIfPossible();
					pluralOffset = result.val;
				}
				const optionsResult = this.tryParsePluralOrSelectOptions(nestingLevel, argType, expectingCloseTag, identifierAndLocation);
				if (optionsResult.err) return optionsResult;
				const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
				if (argCloseResult.err) return argCloseResult;
				const location = createLocation(openingBracePosition, this.clonePosition());
				if (argType === "select") return {
					val: {
						type: 5,
						value,
						options: fromEntries(optionsResult.val),
						location
					},
					err: null
				};
				else return {
					val: {
						type: 6,
						value,
						options: fromEntries(optionsResult.val),
						offset: pluralOffset,
						pluralType: argType === "plural" ? "cardinal" : "ordinal",
						location
					},
					err: null
				};
			}
			default: return this.error(5, createLocation(typeStartPosition, typeEndPosition));
		}
	}
	tryParseArgumentClose(openingBracePosition) {
		if (this.isEOF() || this.char() !== 125) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		this.bump();
		return {
			val: true,
			err: null
		};
	}
	/**
	* See: https://github.com/unicode-org/icu/blob/af7ed1f6d2298013dc303628438ec4abe1f16479/icu4c/source/common/messagepattern.cpp#L659
	*/
	parseSimpleArgStyleIfPossible() {
		let nestedBraces = 0;
		const startPosition = this.clonePosition();
		while (!this.isEOF()) switch (this.char()) {
			case 39: {
				this.bump();
				let apostrophePosition = this.clonePosition();
				if (!this.bumpUntil("'")) return this.error(11, createLocation(apostrophePosition, this.clonePosition()));
				this.bump();
				break;
			}
			case 123:
				nestedBraces += 1;
				this.bump();
				break;
			case 125:
				if (nestedBraces > 0) nestedBraces -= 1;
				else return {
					val: this.message.slice(startPosition.offset, this.offset()),
					err: null
				};
				break;
			default: this.bump();
		}
		return {
			val: this.message.slice(startPosition.offset, this.offset()),
			err: null
		};
	}
	parseNumberSkeletonFromString(skeleton, location) {
		let tokens = [];
		try {
			tokens = parseNumberSkeletonFromString(skeleton);
		} catch {
			return this.error(7, location);
		}
		return {
			val: {
				type: 0,
				tokens,
				location,
				parsedOptions: this.shouldParseSkeletons ? parseNumberSkeleton(tokens) : {}
			},
			err: null
		};
	}
	/**
	* @param nesting_level The current nesting level of messages.
	*     This can be positive when parsing message fragment in select or plural argument options.
	* @param parent_arg_type The parent argument's type.
	* @param parsed_first_identifier If provided, this is the first identifier-like selector of
	*     the argument. It is a by-product of a previous parsing attempt.
	* @param expecting_close_tag If true, this message is directly or indirectly nested inside
	*     between a pair of opening and closing tags. The nested message will not parse beyond
	*     the closing tag boundary.
	*/
	tryParsePluralOrSelectOptions(nestingLevel, parentArgType, expectCloseTag, parsedFirstIdentifier) {
		let hasOtherClause = false;
		const options = [];
		const parsedSelectors = /* @__PURE__ */ new Set();
		let { value: selector, location: selectorLocation } = parsedFirstIdentifier;
		while (true) {
			if (selector.length === 0) {
				const startPosition = this.clonePosition();
				if (parentArgType !== "select" && this.bumpIf("=")) {
					const result = this.tryParseDecimalInteger(16, 19);
					if (result.err) return result;
					selectorLocation = createLocation(startPosition, this.clonePosition());
					selector = this.message.slice(startPosition.offset, this.offset());
				} else break;
			}
			if (parsedSelectors.has(selector)) return this.error(parentArgType === "select" ? 21 : 20, selectorLocation);
			if (selector === "other") hasOtherClause = true;
			this.bumpSpace();
			const openingBracePosition = this.clonePosition();
			if (!this.bumpIf("{")) return this.error(parentArgType === "select" ? 17 : 18, createLocation(this.clonePosition(), this.clonePosition()));
			const fragmentResult = this.parseMessage(nestingLevel + 1, parentArgType, expectCloseTag);
			if (fragmentResult.err) return fragmentResult;
			const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
			if (argCloseResult.err) return argCloseResult;
			options.push([selector, {
				value: fragmentResult.val,
				location: createLocation(openingBracePosition, this.clonePosition())
			}]);
			parsedSelectors.add(selector);
			this.bumpSpace();
			({value: selector, location: selectorLocation} = this.parseIdentifierIfPossible());
		}
		if (options.length === 0) return this.error(parentArgType === "select" ? 15 : 16, createLocation(this.clonePosition(), this.clonePosition()));
		if (this.requiresOtherClause && !hasOtherClause) return this.error(22, createLocation(this.clonePosition(), this.clonePosition()));
		return {
			val: options,
			err: null
		};
	}
	tryParseDecimalInteger(expectNumberError, invalidNumberError) {
		let sign = 1;
		const startingPosition = this.clonePosition();
		if (this.bumpIf("+")) {} else if (this.bumpIf("-")) sign = -1;
		let hasDigits = false;
		let decimal = 0;
		while (!this.isEOF()) {
			const ch = this.char();
			if (ch >= 48 && ch <= 57) {
				hasDigits = true;
				decimal = decimal * 10 + (ch - 48);
				this.bump();
			} else break;
		}
		const location = createLocation(startingPosition, this.clonePosition());
		if (!hasDigits) return this.error(expectNumberError, location);
		decimal *= sign;
		if (!Number.isSafeInteger(decimal)) return this.error(invalidNumberError, location);
		return {
			val: decimal,
			err: null
		};
	}
	offset() {
		return this.position.offset;
	}
	isEOF() {
		return this.offset() === this.message.length;
	}
	clonePosition() {
		return {
			offset: this.position.offset,
			line: this.position.line,
			column: this.position.column
		};
	}
	/**
	* Return the code point at the current position of the parser.
	* Throws if the index is out of bound.
	*/
	char() {
		const offset = this.position.offset;
		if (offset >= this.message.length) throw Error("out of bound");
		const code = this.message.codePointAt(offset);
		if (code === void 0) throw Error(`Offset ${offset} is at invalid UTF-16 code unit boundary`);
		return code;
	}
	error(kind, location) {
		return {
			val: null,
			err: {
				kind,
				message: this.message,
				location
			}
		};
	}
	/** Bump the parser to the next UTF-16 code unit. */
	bump() {
		if (this.isEOF()) return;
		const code = this.char();
		if (code === 10) {
			this.position.line += 1;
			this.position.column = 1;
			this.position.offset += 1;
		} else {
			this.position.column += 1;
			this.position.offset += code < 65536 ? 1 : 2;
		}
	}
	/**
	* If the substring starting at the current position of the parser has
	* the given prefix, then bump the parser to the character immediately
	* following the prefix and return true. Otherwise, don't bump the parser
	* and return false.
	*/
	bumpIf(prefix) {
		const offset = this.offset();
		if (this.message.slice(offset, offset + prefix.length) === prefix) {
			for (let i = 0; i < prefix.length; i++) this.bump();
			return true;
		}
		return false;
	}
	/**
	* Bump the parser until the pattern character is found and return `true`.
	* Otherwise bump to the end of the file and return `false`.
	*/
	bumpUntil(pattern) {
		const currentOffset = this.offset();
		const index = this.message.indexOf(pattern, currentOffset);
		if (index >= 0) {
			this.bumpTo(index);
			return true;
		} else {
			this.bumpTo(this.message.length);
			return false;
		}
	}
	/**
	* Bump the parser to the target offset.
	* If target offset is beyond the end of the input, bump the parser to the end of the input.
	*/
	bumpTo(targetOffset) {
		if (this.offset() > targetOffset) throw Error(`targetOffset ${targetOffset} must be greater than or equal to the current offset ${this.offset()}`);
		targetOffset = Math.min(targetOffset, this.message.length);
		while (true) {
			const offset = this.offset();
			if (offset === targetOffset) break;
			if (offset > targetOffset) throw Error(`targetOffset ${targetOffset} is at invalid UTF-16 code unit boundary`);
			this.bump();
			if (this.isEOF()) break;
		}
	}
	/** advance the parser through all whitespace to the next non-whitespace code unit. */
	bumpSpace() {
		while (!this.isEOF() && _isWhiteSpace(this.char())) this.bump();
	}
	/**
	* Peek at the *next* Unicode codepoint in the input without advancing the parser.
	* If the input has been exhausted, then this returns null.
	*/
	peek() {
		if (this.isEOF()) return null;
		const code = this.char();
		const offset = this.offset();
		return this.message.charCodeAt(offset + (code >= 65536 ? 2 : 1)) ?? null;
	}
};
/**
* This check if codepoint is alphabet (lower & uppercase)
* @param codepoint
* @returns
*/
function _isAlpha(codepoint) {
	return codepoint >= 97 && codepoint <= 122 || codepoint >= 65 && codepoint <= 90;
}
function _isAlphaOrSlash(codepoint) {
	return _isAlpha(codepoint) || codepoint === 47;
}
/** See `parseTag` function docs. */
function _isPotentialElementNameChar(c) {
	return c === 45 || c === 46 || c >= 48 && c <= 57 || c === 95 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c == 183 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8255 && c <= 8256 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
}
/**
* Code point equivalent of regex `\p{White_Space}`.
* From: https://www.unicode.org/Public/UCD/latest/ucd/PropList.txt
*/
function _isWhiteSpace(c) {
	return c >= 9 && c <= 13 || c === 32 || c === 133 || c >= 8206 && c <= 8207 || c === 8232 || c === 8233;
}
function pruneLocation(els) {
	els.forEach((el) => {
		delete el.location;
		if (isSelectElement(el) || isPluralElement(el)) for (const k in el.options) {
			delete el.options[k].location;
			pruneLocation(el.options[k].value);
		}
		else if (isNumberElement(el) && isNumberSkeleton(el.style)) delete el.style.location;
		else if ((isDateElement(el) || isTimeElement(el)) && isDateTimeSkeleton(el.style)) delete el.style.location;
		else if (isTagElement(el)) pruneLocation(el.children);
	});
}
function parse(message, opts = {}) {
	opts = {
		shouldParseSkeletons: true,
		requiresOtherClause: true,
		...opts
	};
	const result = new Parser(message, opts).parse();
	if (result.err) {
		const error = SyntaxError(ErrorKind[result.err.kind]);
		error.location = result.err.location;
		error.originalMessage = result.err.message;
		throw error;
	}
	if (!opts?.captureLocation) pruneLocation(result.val);
	return result.val;
}
// node_modules/intl-messageformat/index.js
var ErrorCode = /* @__PURE__ */ function(ErrorCode) {
	ErrorCode["MISSING_VALUE"] = "MISSING_VALUE";
	ErrorCode["INVALID_VALUE"] = "INVALID_VALUE";
	ErrorCode["MISSING_INTL_API"] = "MISSING_INTL_API";
	return ErrorCode;
}({});
var FormatError = class extends Error {
	constructor(msg, code, originalMessage) {
		super(msg);
		this.code = code;
		this.originalMessage = originalMessage;
	}
	toString() {
		return `[formatjs Error: ${this.code}] ${this.message}`;
	}
};
var InvalidValueError = class extends FormatError {
	constructor(variableId, value, options, originalMessage) {
		super(`Invalid values for "${variableId}": "${value}". Options are "${Object.keys(options).join("\", \"")}"`, "INVALID_VALUE", originalMessage);
	}
};
var InvalidValueTypeError = class extends FormatError {
	constructor(value, type, originalMessage) {
		super(`Value for "${value}" must be of type ${type}`, "INVALID_VALUE", originalMessage);
	}
};
var MissingValueError = class extends FormatError {
	constructor(variableId, originalMessage) {
		super(`The intl string context variable "${variableId}" was not provided to the string "${originalMessage}"`, "MISSING_VALUE", originalMessage);
	}
};
function mergeLiteral(parts) {
	if (parts.length < 2) return parts;
	return parts.reduce((all, part) => {
		const lastPart = all[all.length - 1];
		if (!lastPart || lastPart.type !== 0 || part.type !== 0) all.push(part);
		else lastPart.value += part.value;
		return all;
	}, []);
}
function isFormatXMLElementFn(el) {
	return typeof el === "function";
}
function formatToParts(els, locales, formatters, formats, values, currentPluralValue, originalMessage) {
	if (els.length === 1 && isLiteralElement(els[0])) return [{
		type: 0,
		value: els[0].value
	}];
	const result = [];
	for (const el of els) {
		if (isLiteralElement(el)) {
			result.push({
				type: 0,
				value: el.value
			});
			continue;
		}
		if (isPoundElement(el)) {
			if (typeof currentPluralValue === "number") result.push({
				type: 0,
				value: formatters.getNumberFormat(locales).format(currentPluralValue)
			});
			continue;
		}
		const { value: varName } = el;
		if (!(values && varName in values)) throw new MissingValueError(varName, originalMessage);
		let value = values[varName];
		if (isArgumentElement(el)) {
			if (!value || typeof value === "string" || typeof value === "number" || typeof value === "bigint") value = typeof value === "string" || typeof value === "number" || typeof value === "bigint" ? String(value) : "";
			result.push({
				type: typeof value === "string" ? 0 : 1,
				value
			});
			continue;
		}
		if (isDateElement(el)) {
			const style = typeof el.style === "string" ? formats.date[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : void 0;
			result.push({
				type: 0,
				value: formatters.getDateTimeFormat(locales, style).format(value)
			});
			continue;
		}
		if (isTimeElement(el)) {
			const style = typeof el.style === "string" ? formats.time[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : formats.time.medium;
			result.push({
				type: 0,
				value: formatters.getDateTimeFormat(locales, style).format(value)
			});
			continue;
		}
		if (isNumberElement(el)) {
			const style = typeof el.style === "string" ? formats.number[el.style] : isNumberSkeleton(el.style) ? el.style.parsedOptions : void 0;
			if (style && style.scale) {
				const scale = style.scale || 1;
				if (typeof value === "bigint") {
					if (!Number.isInteger(scale)) throw new TypeError(`Cannot apply fractional scale ${scale} to bigint value. Scale must be an integer when formatting bigint.`);
					value = value * BigInt(scale);
				} else value = value * scale;
			}
			result.push({
				type: 0,
				value: formatters.getNumberFormat(locales, style).format(value)
			});
			continue;
		}
		if (isTagElement(el)) {
			const { children, value } = el;
			const formatFn = values[value];
			if (!isFormatXMLElementFn(formatFn)) throw new InvalidValueTypeError(value, "function", originalMessage);
			let chunks = formatFn(formatToParts(children, locales, formatters, formats, values, currentPluralValue).map((p) => p.value));
			if (!Array.isArray(chunks)) chunks = [chunks];
			result.push(...chunks.map((c) => {
				return {
					type: typeof c === "string" ? 0 : 1,
					value: c
				};
			}));
		}
		if (isSelectElement(el)) {
			const key = value;
			const opt = (Object.prototype.hasOwnProperty.call(el.options, key) ? el.options[key] : void 0) || el.options.other;
			if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
			result.push(...formatToParts(opt.value, locales, formatters, formats, values));
			continue;
		}
		if (isPluralElement(el)) {
			const exactKey = `=${value}`;
			let opt = Object.prototype.hasOwnProperty.call(el.options, exactKey) ? el.options[exactKey] : void 0;
			if (!opt) {
				if (!Intl.PluralRules) throw new FormatError(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, "MISSING_INTL_API", originalMessage);
				const numericValue = typeof value === "bigint" ? Number(value) : value;
				const rule = formatters.getPluralRules(locales, { type: el.pluralType }).select(numericValue - (el.offset || 0));
				opt = (Object.prototype.hasOwnProperty.call(el.options, rule) ? el.options[rule] : void 0) || el.options.other;
			}
			if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
			const numericValue = typeof value === "bigint" ? Number(value) : value;
			result.push(...formatToParts(opt.value, locales, formatters, formats, values, numericValue - (el.offset || 0)));
			continue;
		}
	}
	return mergeLiteral(result);
}
function mergeConfig(c1, c2) {
	if (!c2) return c1;
	return {
		...c1,
		...c2,
		...Object.keys(c1).reduce((all, k) => {
			all[k] = {
				...c1[k],
				...c2[k]
			};
			return all;
		}, {})
	};
}
function mergeConfigs(defaultConfig, configs) {
	if (!configs) return defaultConfig;
	return Object.keys(defaultConfig).reduce((all, k) => {
		all[k] = mergeConfig(defaultConfig[k], configs[k]);
		return all;
	}, { ...defaultConfig });
}
function createFastMemoizeCache$1(store) {
	return { create() {
		return {
			get(key) {
				return store[key];
			},
			set(key, value) {
				store[key] = value;
			}
		};
	} };
}
function createDefaultFormatters(cache = {
	number: {},
	dateTime: {},
	pluralRules: {}
}) {
	return {
		getNumberFormat: memoize((...args) => new Intl.NumberFormat(...args), {
			cache: createFastMemoizeCache$1(cache.number),
			strategy: strategies.variadic
		}),
		getDateTimeFormat: memoize((...args) => new Intl.DateTimeFormat(...args), {
			cache: createFastMemoizeCache$1(cache.dateTime),
			strategy: strategies.variadic
		}),
		getPluralRules: memoize((...args) => new Intl.PluralRules(...args), {
			cache: createFastMemoizeCache$1(cache.pluralRules),
			strategy: strategies.variadic
		})
	};
}
var IntlMessageFormat = class IntlMessageFormat {
	constructor(message, locales = IntlMessageFormat.defaultLocale, overrideFormats, opts) {
		this.formatterCache = {
			number: {},
			dateTime: {},
			pluralRules: {}
		};
		this.format = ((values) => {
			const parts = this.formatToParts(values);
			if (parts.length === 1) return parts[0].value;
			const result = parts.reduce((all, part) => {
				if (!all.length || part.type !== 0 || typeof all[all.length - 1] !== "string") all.push(part.value);
				else all[all.length - 1] += part.value;
				return all;
			}, []);
			if (result.length <= 1) return result[0] || "";
			return result;
		});
		this.formatToParts = ((values) => formatToParts(this.ast, this.locales, this.formatters, this.formats, values, void 0, this.message));
		this.resolvedOptions = () => ({ locale: this.resolvedLocale?.toString() || Intl.NumberFormat.supportedLocalesOf(this.locales)[0] });
		this.getAst = () => this.ast;
		this.locales = locales;
		this.resolvedLocale = IntlMessageFormat.resolveLocale(locales);
		if (typeof message === "string") {
			this.message = message;
			if (!IntlMessageFormat.__parse) throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
			const { ...parseOpts } = opts || {};
			this.ast = IntlMessageFormat.__parse(message, {
				...parseOpts,
				locale: this.resolvedLocale
			});
		} else this.ast = message;
		if (!Array.isArray(this.ast)) throw new TypeError("A message must be provided as a String or AST.");
		this.formats = mergeConfigs(IntlMessageFormat.formats, overrideFormats);
		this.formatters = opts && opts.formatters || createDefaultFormatters(this.formatterCache);
	}
	static {
		this.memoizedDefaultLocale = null;
	}
	static get defaultLocale() {
		if (!IntlMessageFormat.memoizedDefaultLocale) IntlMessageFormat.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale;
		return IntlMessageFormat.memoizedDefaultLocale;
	}
	static {
		this.resolveLocale = (locales) => {
			if (typeof Intl.Locale === "undefined") return;
			const supportedLocales = Intl.NumberFormat.supportedLocalesOf(locales);
			if (supportedLocales.length > 0) return new Intl.Locale(supportedLocales[0]);
			return new Intl.Locale(typeof locales === "string" ? locales : locales[0]);
		};
	}
	static {
		this.__parse = parse;
	}
	static {
		this.formats = {
			number: {
				integer: { maximumFractionDigits: 0 },
				currency: { style: "currency" },
				percent: { style: "percent" }
			},
			date: {
				short: {
					month: "numeric",
					day: "numeric",
					year: "2-digit"
				},
				medium: {
					month: "short",
					day: "numeric",
					year: "numeric"
				},
				long: {
					month: "long",
					day: "numeric",
					year: "numeric"
				},
				full: {
					weekday: "long",
					month: "long",
					day: "numeric",
					year: "numeric"
				}
			},
			time: {
				short: {
					hour: "numeric",
					minute: "numeric"
				},
				medium: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric"
				},
				long: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric",
					timeZoneName: "short"
				},
				full: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric",
					timeZoneName: "short"
				}
			}
		};
	}
};
// node_modules/@formatjs/intl/index.js
var IntlError = class IntlError extends Error {
	constructor(code, message, exception) {
		const err = exception ? exception instanceof Error ? exception : new Error(String(exception)) : void 0;
		super(`[@formatjs/intl Error ${code}] ${message}
${err ? `\n${err.message}\n${err.stack}` : ""}`);
		this.code = code;
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, IntlError);
	}
};
var UnsupportedFormatterError = class extends IntlError {
	constructor(message, exception) {
		super("UNSUPPORTED_FORMATTER", message, exception);
	}
};
var InvalidConfigError = class extends IntlError {
	constructor(message, exception) {
		super("INVALID_CONFIG", message, exception);
	}
};
var MissingDataError = class extends IntlError {
	constructor(message, exception) {
		super("MISSING_DATA", message, exception);
	}
};
var IntlFormatError = class extends IntlError {
	constructor(message, locale, exception) {
		super("FORMAT_ERROR", `${message}
Locale: ${locale}
`, exception);
		this.locale = locale;
	}
};
var MessageFormatError = class extends IntlFormatError {
	constructor(message, locale, descriptor, exception) {
		super(`${message}
MessageID: ${descriptor?.id}
Default Message: ${descriptor?.defaultMessage}
Description: ${descriptor?.description}
`, locale, exception);
		this.descriptor = descriptor;
		this.locale = locale;
	}
};
var MissingTranslationError = class extends IntlError {
	constructor(descriptor, locale) {
		super("MISSING_TRANSLATION", `Missing message: "${descriptor.id}" for locale "${locale}", using ${descriptor.defaultMessage ? `default message (${typeof descriptor.defaultMessage === "string" ? descriptor.defaultMessage : descriptor.defaultMessage.map((e) => e.value ?? JSON.stringify(e)).join()})` : "id"} as fallback.`);
		this.descriptor = descriptor;
	}
};
function invariant$1(condition, message, Err = Error) {
	if (!condition) throw new Err(message);
}
function filterProps(props, allowlist, defaults = {}) {
	return allowlist.reduce((filtered, name) => {
		if (name in props) filtered[name] = props[name];
		else if (name in defaults) filtered[name] = defaults[name];
		return filtered;
	}, {});
}
var defaultErrorHandler = (error) => {};
var defaultWarnHandler = (warning) => {};
var DEFAULT_INTL_CONFIG = {
	formats: {},
	messages: {},
	timeZone: void 0,
	defaultLocale: "en",
	defaultFormats: {},
	fallbackOnEmptyString: true,
	onError: defaultErrorHandler,
	onWarn: defaultWarnHandler
};
function createIntlCache() {
	return {
		dateTime: {},
		number: {},
		message: {},
		duration: {},
		relativeTime: {},
		pluralRules: {},
		list: {},
		displayNames: {}
	};
}
function createFastMemoizeCache(store) {
	return { create() {
		return {
			get(key) {
				return store[key];
			},
			set(key, value) {
				store[key] = value;
			}
		};
	} };
}
/**
* Create intl formatters and populate cache
* @param cache explicit cache to prevent leaking memory
*/
function createFormatters(cache = createIntlCache()) {
	const RelativeTimeFormat = Intl.RelativeTimeFormat;
	const ListFormat = Intl.ListFormat;
	const DisplayNames = Intl.DisplayNames;
	const getDateTimeFormat = memoize((...args) => new Intl.DateTimeFormat(...args), {
		cache: createFastMemoizeCache(cache.dateTime),
		strategy: strategies.variadic
	});
	const getNumberFormat = memoize((...args) => new Intl.NumberFormat(...args), {
		cache: createFastMemoizeCache(cache.number),
		strategy: strategies.variadic
	});
	const getPluralRules = memoize((...args) => new Intl.PluralRules(...args), {
		cache: createFastMemoizeCache(cache.pluralRules),
		strategy: strategies.variadic
	});
	return {
		getDateTimeFormat,
		getNumberFormat,
		getMessageFormat: memoize((message, locales, overrideFormats, opts) => new IntlMessageFormat(message, locales, overrideFormats, {
			formatters: {
				getNumberFormat,
				getDateTimeFormat,
				getPluralRules
			},
			...opts
		}), {
			cache: createFastMemoizeCache(cache.message),
			strategy: strategies.variadic
		}),
		getDurationFormat: memoize((...args) => new Intl.DurationFormat(...args), {
			cache: createFastMemoizeCache(cache.duration),
			strategy: strategies.variadic
		}),
		getRelativeTimeFormat: memoize((...args) => new RelativeTimeFormat(...args), {
			cache: createFastMemoizeCache(cache.relativeTime),
			strategy: strategies.variadic
		}),
		getPluralRules,
		getListFormat: memoize((...args) => new ListFormat(...args), {
			cache: createFastMemoizeCache(cache.list),
			strategy: strategies.variadic
		}),
		getDisplayNames: memoize((...args) => new DisplayNames(...args), {
			cache: createFastMemoizeCache(cache.displayNames),
			strategy: strategies.variadic
		})
	};
}
function getNamedFormat(formats, type, name, onError) {
	const formatType = formats && formats[type];
	let format;
	if (formatType) format = formatType[name];
	if (format) return format;
	onError(new UnsupportedFormatterError(`No ${type} format named: ${name}`));
}
function setTimeZoneInOptions(opts, timeZone) {
	return Object.keys(opts).reduce((all, k) => {
		all[k] = {
			timeZone,
			...opts[k]
		};
		return all;
	}, {});
}
function deepMergeOptions(opts1, opts2) {
	return Object.keys({
		...opts1,
		...opts2
	}).reduce((all, k) => {
		all[k] = {
			...opts1[k],
			...opts2[k]
		};
		return all;
	}, {});
}
function deepMergeFormatsAndSetTimeZone(f1, timeZone) {
	if (!timeZone) return f1;
	const mfFormats = IntlMessageFormat.formats;
	return {
		...mfFormats,
		...f1,
		date: deepMergeOptions(setTimeZoneInOptions(mfFormats.date, timeZone), setTimeZoneInOptions(f1.date || {}, timeZone)),
		time: deepMergeOptions(setTimeZoneInOptions(mfFormats.time, timeZone), setTimeZoneInOptions(f1.time || {}, timeZone))
	};
}
function getMessageDescriptorContext(messageDescriptor) {
	const { defaultMessage } = messageDescriptor;
	try {
		return defaultMessage !== void 0 ? `\nDefault Message: ${typeof defaultMessage === "string" ? defaultMessage : JSON.stringify(defaultMessage)}` : `\nMessage Descriptor: ${JSON.stringify(messageDescriptor)}`;
	} catch {
		return "";
	}
}
var formatMessage = ({ locale, formats, messages, defaultLocale, defaultFormats, fallbackOnEmptyString, onError, timeZone, defaultRichTextElements }, state, messageDescriptor = { id: "" }, values, opts) => {
	const { id: msgId, defaultMessage } = messageDescriptor;
	if (!msgId) invariant$1(false, `[@formatjs/intl] An \`id\` must be provided to format a message. You can either:
1. Configure your build toolchain with [babel-plugin-formatjs](https://formatjs.github.io/docs/tooling/babel-plugin)
or [@formatjs/ts-transformer](https://formatjs.github.io/docs/tooling/ts-transformer) OR
2. Configure your \`eslint\` config to include [eslint-plugin-formatjs](https://formatjs.github.io/docs/tooling/linter#enforce-id)
to autofix this issue${getMessageDescriptorContext(messageDescriptor)}`);
	const id = String(msgId);
	const message = messages && Object.prototype.hasOwnProperty.call(messages, id) && messages[id];
	if (Array.isArray(message) && message.length === 1 && message[0].type === TYPE.literal) return message[0].value;
	values = {
		...defaultRichTextElements,
		...values
	};
	formats = deepMergeFormatsAndSetTimeZone(formats, timeZone);
	defaultFormats = deepMergeFormatsAndSetTimeZone(defaultFormats, timeZone);
	if (!message) {
		if (fallbackOnEmptyString === false && message === "") return message;
		if (!defaultMessage || locale && locale.toLowerCase() !== defaultLocale.toLowerCase()) onError(new MissingTranslationError(messageDescriptor, locale));
		if (defaultMessage) try {
			return state.getMessageFormat(defaultMessage, defaultLocale, defaultFormats, opts).format(values);
		} catch (e) {
			onError(new MessageFormatError(`Error formatting default message for: "${id}", rendering default message verbatim`, locale, messageDescriptor, e));
			return typeof defaultMessage === "string" ? defaultMessage : id;
		}
		return id;
	}
	try {
		return state.getMessageFormat(message, locale, formats, {
			formatters: state,
			...opts
		}).format(values);
	} catch (e) {
		onError(new MessageFormatError(`Error formatting message: "${id}", using ${defaultMessage ? "default message" : "id"} as fallback.`, locale, messageDescriptor, e));
	}
	if (defaultMessage) try {
		return state.getMessageFormat(defaultMessage, defaultLocale, defaultFormats, opts).format(values);
	} catch (e) {
		onError(new MessageFormatError(`Error formatting the default message for: "${id}", rendering message verbatim`, locale, messageDescriptor, e));
	}
	if (typeof message === "string") return message;
	if (typeof defaultMessage === "string") return defaultMessage;
	return id;
};
var DATE_TIME_FORMAT_OPTIONS = [
	"formatMatcher",
	"timeZone",
	"hour12",
	"weekday",
	"era",
	"year",
	"month",
	"day",
	"hour",
	"minute",
	"second",
	"timeZoneName",
	"hourCycle",
	"dateStyle",
	"timeStyle",
	"calendar",
	"numberingSystem",
	"fractionalSecondDigits"
];
function getFormatter$3({ locale, formats, onError, timeZone }, type, getDateTimeFormat, options = {}) {
	const { format } = options;
	let filteredOptions = filterProps(options, DATE_TIME_FORMAT_OPTIONS, {
		...timeZone && { timeZone },
		...format && getNamedFormat(formats, type, format, onError)
	});
	if (type === "time" && !filteredOptions.hour && !filteredOptions.minute && !filteredOptions.second && !filteredOptions.timeStyle && !filteredOptions.dateStyle) filteredOptions = {
		...filteredOptions,
		hour: "numeric",
		minute: "numeric"
	};
	return getDateTimeFormat(locale, filteredOptions);
}
function formatDate(config, getDateTimeFormat, value, options = {}) {
	const date = typeof value === "string" ? new Date(value || 0) : value;
	try {
		return getFormatter$3(config, "date", getDateTimeFormat, options).format(date);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting date.", config.locale, e));
	}
	return String(date);
}
function formatTime(config, getDateTimeFormat, value, options = {}) {
	const date = typeof value === "string" ? new Date(value || 0) : value;
	try {
		return getFormatter$3(config, "time", getDateTimeFormat, options).format(date);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting time.", config.locale, e));
	}
	return String(date);
}
function formatDateTimeRange(config, getDateTimeFormat, from, to, options = {}) {
	const fromDate = typeof from === "string" ? new Date(from || 0) : from;
	const toDate = typeof to === "string" ? new Date(to || 0) : to;
	try {
		return getFormatter$3(config, "dateTimeRange", getDateTimeFormat, options).formatRange(fromDate, toDate);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting date time range.", config.locale, e));
	}
	return String(fromDate);
}
function formatDateToParts(config, getDateTimeFormat, value, options = {}) {
	const date = typeof value === "string" ? new Date(value || 0) : value;
	try {
		return getFormatter$3(config, "date", getDateTimeFormat, options).formatToParts(date);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting date.", config.locale, e));
	}
	return [];
}
function formatTimeToParts(config, getDateTimeFormat, value, options = {}) {
	const date = typeof value === "string" ? new Date(value || 0) : value;
	try {
		return getFormatter$3(config, "time", getDateTimeFormat, options).formatToParts(date);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting time.", config.locale, e));
	}
	return [];
}
var DURATION_FORMAT_OPTIONS = [
	"style",
	"numberingSystem",
	"years",
	"yearsDisplay",
	"months",
	"monthsDisplay",
	"weeks",
	"weeksDisplay",
	"days",
	"daysDisplay",
	"hours",
	"hoursDisplay",
	"minutes",
	"minutesDisplay",
	"seconds",
	"secondsDisplay",
	"milliseconds",
	"millisecondsDisplay",
	"microseconds",
	"microsecondsDisplay",
	"nanoseconds",
	"nanosecondsDisplay",
	"fractionalDigits"
];
function getFormatter$2({ locale, formats, onError }, getDurationFormat, options) {
	if (!Intl.DurationFormat) {
		onError(new FormatError("Intl.DurationFormat is not available in this environment.\nTry polyfilling it using \"@formatjs/intl-durationformat\"", ErrorCode.MISSING_INTL_API));
		return;
	}
	const { format } = options;
	return getDurationFormat(locale, filterProps(options, DURATION_FORMAT_OPTIONS, format && getNamedFormat(formats, "duration", format, onError) || {}));
}
function formatDuration(config, getDurationFormat, value, options = {}) {
	try {
		return getFormatter$2(config, getDurationFormat, options)?.format(value) ?? "";
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting duration.", config.locale, e));
	}
	return "";
}
function formatDurationToParts(config, getDurationFormat, value, options = {}) {
	try {
		return getFormatter$2(config, getDurationFormat, options)?.formatToParts(value) ?? [];
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting duration.", config.locale, e));
	}
	return [];
}
var DISPLAY_NAMES_OPTONS = [
	"style",
	"type",
	"fallback",
	"languageDisplay"
];
function formatDisplayName({ locale, onError }, getDisplayNames, value, options) {
	if (!Intl.DisplayNames) onError(new FormatError(`Intl.DisplayNames is not available in this environment.
Try polyfilling it using "@formatjs/intl-displaynames"
`, ErrorCode.MISSING_INTL_API));
	const filteredOptions = filterProps(options, DISPLAY_NAMES_OPTONS);
	try {
		return getDisplayNames(locale, filteredOptions).of(value);
	} catch (e) {
		onError(new IntlFormatError("Error formatting display name.", locale, e));
	}
}
var LIST_FORMAT_OPTIONS = ["type", "style"];
var now = Date.now();
function generateToken(i) {
	return `${now}_${i}_${now}`;
}
function formatList(opts, getListFormat, values, options = {}) {
	const results = formatListToParts(opts, getListFormat, values, options).reduce((all, el) => {
		const val = el.value;
		if (typeof val !== "string") all.push(val);
		else if (typeof all[all.length - 1] === "string") all[all.length - 1] += val;
		else all.push(val);
		return all;
	}, []);
	return results.length === 1 ? results[0] : results.length === 0 ? "" : results;
}
function formatListToParts({ locale, onError }, getListFormat, values, options = {}) {
	if (!Intl.ListFormat) onError(new FormatError(`Intl.ListFormat is not available in this environment.
Try polyfilling it using "@formatjs/intl-listformat"
`, ErrorCode.MISSING_INTL_API));
	const filteredOptions = filterProps(options, LIST_FORMAT_OPTIONS);
	try {
		const richValues = {};
		const serializedValues = Array.from(values).map((v, i) => {
			if (typeof v === "object" && v !== null) {
				const id = generateToken(i);
				richValues[id] = v;
				return id;
			}
			return String(v);
		});
		return getListFormat(locale, filteredOptions).formatToParts(serializedValues).map((part) => part.type === "literal" ? part : {
			...part,
			value: richValues[part.value] || part.value
		});
	} catch (e) {
		onError(new IntlFormatError("Error formatting list.", locale, e));
	}
	return values;
}
var PLURAL_FORMAT_OPTIONS = ["type"];
function formatPlural({ locale, onError }, getPluralRules, value, options = {}) {
	if (!Intl.PluralRules) onError(new FormatError(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, ErrorCode.MISSING_INTL_API));
	const filteredOptions = filterProps(options, PLURAL_FORMAT_OPTIONS);
	try {
		return getPluralRules(locale, filteredOptions).select(value);
	} catch (e) {
		onError(new IntlFormatError("Error formatting plural.", locale, e));
	}
	return "other";
}
var RELATIVE_TIME_FORMAT_OPTIONS = ["numeric", "style"];
function getFormatter$1({ locale, formats, onError }, getRelativeTimeFormat, options = {}) {
	const { format } = options;
	return getRelativeTimeFormat(locale, filterProps(options, RELATIVE_TIME_FORMAT_OPTIONS, !!format && getNamedFormat(formats, "relative", format, onError) || {}));
}
function formatRelativeTime(config, getRelativeTimeFormat, value, unit, options = {}) {
	if (!unit) unit = "second";
	if (!Intl.RelativeTimeFormat) config.onError(new FormatError(`Intl.RelativeTimeFormat is not available in this environment.
Try polyfilling it using "@formatjs/intl-relativetimeformat"
`, ErrorCode.MISSING_INTL_API));
	try {
		return getFormatter$1(config, getRelativeTimeFormat, options).format(value, unit);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting relative time.", config.locale, e));
	}
	return String(value);
}
var NUMBER_FORMAT_OPTIONS = [
	"style",
	"currency",
	"unit",
	"unitDisplay",
	"useGrouping",
	"minimumIntegerDigits",
	"minimumFractionDigits",
	"maximumFractionDigits",
	"minimumSignificantDigits",
	"maximumSignificantDigits",
	"compactDisplay",
	"currencyDisplay",
	"currencySign",
	"notation",
	"signDisplay",
	"unit",
	"unitDisplay",
	"numberingSystem",
	"trailingZeroDisplay",
	"roundingPriority",
	"roundingIncrement",
	"roundingMode"
];
function getFormatter({ locale, formats, onError }, getNumberFormat, options = {}) {
	const { format } = options;
	return getNumberFormat(locale, filterProps(options, NUMBER_FORMAT_OPTIONS, format && getNamedFormat(formats, "number", format, onError) || {}));
}
function formatNumber(config, getNumberFormat, value, options = {}) {
	try {
		return getFormatter(config, getNumberFormat, options).format(value);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting number.", config.locale, e));
	}
	return String(value);
}
function formatNumberToParts(config, getNumberFormat, value, options = {}) {
	try {
		return getFormatter(config, getNumberFormat, options).formatToParts(value);
	} catch (e) {
		config.onError(new IntlFormatError("Error formatting number.", config.locale, e));
	}
	return [];
}
function messagesContainString(messages) {
	return typeof (messages ? messages[Object.keys(messages)[0]] : void 0) === "string";
}
function verifyConfigMessages(config) {
	if (config.onWarn && config.defaultRichTextElements && messagesContainString(config.messages || {})) config.onWarn(`[@formatjs/intl] "defaultRichTextElements" was specified but "message" was not pre-compiled. 
Please consider using "@formatjs/cli" to pre-compile your messages for performance.
For more details see https://formatjs.github.io/docs/getting-started/message-distribution`);
}
/**
* Create intl object
* @param config intl config
* @param cache cache for formatter instances to prevent memory leak
*/
function createIntl$1(config, cache) {
	const formatters = createFormatters(cache);
	const resolvedConfig = {
		...DEFAULT_INTL_CONFIG,
		...config
	};
	const { locale, defaultLocale, onError } = resolvedConfig;
	if (!locale) {
		if (onError) onError(new InvalidConfigError(`"locale" was not configured, using "${defaultLocale}" as fallback. See https://formatjs.github.io/docs/react-intl/api#intlshape for more details`));
		resolvedConfig.locale = resolvedConfig.defaultLocale || "en";
	} else if (!Intl.NumberFormat.supportedLocalesOf(locale).length && onError) onError(new MissingDataError(`Missing locale data for locale: "${locale}" in Intl.NumberFormat. Using default locale: "${defaultLocale}" as fallback. See https://formatjs.github.io/docs/react-intl#runtime-requirements for more details`));
	else if (!Intl.DateTimeFormat.supportedLocalesOf(locale).length && onError) onError(new MissingDataError(`Missing locale data for locale: "${locale}" in Intl.DateTimeFormat. Using default locale: "${defaultLocale}" as fallback. See https://formatjs.github.io/docs/react-intl#runtime-requirements for more details`));
	verifyConfigMessages(resolvedConfig);
	return {
		...resolvedConfig,
		formatters,
		formatNumber: formatNumber.bind(null, resolvedConfig, formatters.getNumberFormat),
		formatNumberToParts: formatNumberToParts.bind(null, resolvedConfig, formatters.getNumberFormat),
		formatDuration: formatDuration.bind(null, resolvedConfig, formatters.getDurationFormat),
		formatDurationToParts: formatDurationToParts.bind(null, resolvedConfig, formatters.getDurationFormat),
		formatRelativeTime: formatRelativeTime.bind(null, resolvedConfig, formatters.getRelativeTimeFormat),
		formatDate: formatDate.bind(null, resolvedConfig, formatters.getDateTimeFormat),
		formatDateToParts: formatDateToParts.bind(null, resolvedConfig, formatters.getDateTimeFormat),
		formatTime: formatTime.bind(null, resolvedConfig, formatters.getDateTimeFormat),
		formatDateTimeRange: formatDateTimeRange.bind(null, resolvedConfig, formatters.getDateTimeFormat),
		formatTimeToParts: formatTimeToParts.bind(null, resolvedConfig, formatters.getDateTimeFormat),
		formatPlural: formatPlural.bind(null, resolvedConfig, formatters.getPluralRules),
		formatMessage: formatMessage.bind(null, resolvedConfig, formatters),
		$t: formatMessage.bind(null, resolvedConfig, formatters),
		formatList: formatList.bind(null, resolvedConfig, formatters.getListFormat),
		formatListToParts: formatListToParts.bind(null, resolvedConfig, formatters.getListFormat),
		formatDisplayName: formatDisplayName.bind(null, resolvedConfig, formatters.getDisplayNames)
	};
}
// node_modules/react/cjs/react-jsx-runtime.production.js
/**
* @license React
* react-jsx-runtime.production.js
*
* Copyright (c) Meta Platforms, Inc. and affiliates.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.
*/
var require_react_jsx_runtime_production = /* @__PURE__ */ __commonJSMin(((exports) => {
	var REACT_ELEMENT_TYPE = Symbol.for("react.transitional.element");
	var REACT_FRAGMENT_TYPE = Symbol.for("react.fragment");
	function jsxProd(type, config, maybeKey) {
		var key = null;
		void 0 !== maybeKey && (key = "" + maybeKey);
		void 0 !== config.key && (key = "" + config.key);
		if ("key" in config) {
			maybeKey = {};
			for (var propName in config) "key" !== propName && (maybeKey[propName] = config[propName]);
		} else maybeKey = config;
		config = maybeKey.ref;
		return {
			$$typeof: REACT_ELEMENT_TYPE,
			type,
			key,
			ref: void 0 !== config ? config : null,
			props: maybeKey
		};
	}
	exports.Fragment = REACT_FRAGMENT_TYPE;
	exports.jsx = jsxProd;
	exports.jsxs = jsxProd;
}));
// node_modules/react/jsx-runtime.js
var require_jsx_runtime = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_react_jsx_runtime_production();
}));
// node_modules/react-intl/index.js
var import_jsx_runtime = require_jsx_runtime();
function invariant(condition, message, Err = Error) {
	if (!condition) throw new Err(message);
}
function invariantIntlContext(intl) {
	invariant(intl, "[React Intl] Could not find required `intl` object. <IntlProvider> needs to exist in the component ancestry.");
}
var DEFAULT_INTL_CONFIG$1 = {
	...DEFAULT_INTL_CONFIG,
	textComponent: import_react.Fragment
};
/**
* Builds an array of {@link React.ReactNode}s with index-based keys, similar to
* {@link React.Children.toArray}. However, this function tells React that it
* was intentional, so they won't produce a bunch of warnings about it.
*
* React doesn't recommend doing this because it makes reordering inefficient,
* but we mostly need this for message chunks, which don't tend to reorder to
* begin with.
*
*/
var toKeyedReactNodeArray = (children) => {
	return import_react.Children.toArray(children).map((child, index) => {
		if (import_react.isValidElement(child)) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Fragment, { children: child }, index);
		return child;
	});
};
/**
* Takes a `formatXMLElementFn`, and composes it in function, which passes
* argument `parts` through, assigning unique key to each part, to prevent
* "Each child in a list should have a unique "key"" React error.
* @param formatXMLElementFn
*/
function assignUniqueKeysToParts(formatXMLElementFn) {
	return function(parts) {
		return formatXMLElementFn(toKeyedReactNodeArray(parts));
	};
}
function shallowEqual(objA, objB) {
	if (objA === objB) return true;
	if (!objA || !objB) return false;
	var aKeys = Object.keys(objA);
	var bKeys = Object.keys(objB);
	var len = aKeys.length;
	if (bKeys.length !== len) return false;
	for (var i = 0; i < len; i++) {
		var key = aKeys[i];
		if (objA[key] !== objB[key] || !Object.prototype.hasOwnProperty.call(objB, key)) return false;
	}
	return true;
}
var IntlContext = import_react.createContext(null);
var Provider = IntlContext.Provider;
function useIntl() {
	const intl = import_react.useContext(IntlContext);
	invariantIntlContext(intl);
	return intl;
}
var DisplayName = /* @__PURE__ */ function(DisplayName) {
	DisplayName["formatDate"] = "FormattedDate";
	DisplayName["formatTime"] = "FormattedTime";
	DisplayName["formatNumber"] = "FormattedNumber";
	DisplayName["formatList"] = "FormattedList";
	DisplayName["formatDuration"] = "FormattedDuration";
	DisplayName["formatDisplayName"] = "FormattedDisplayName";
	return DisplayName;
}(DisplayName || {});
var DisplayNameParts = /* @__PURE__ */ function(DisplayNameParts) {
	DisplayNameParts["formatDate"] = "FormattedDateParts";
	DisplayNameParts["formatTime"] = "FormattedTimeParts";
	DisplayNameParts["formatNumber"] = "FormattedNumberParts";
	DisplayNameParts["formatList"] = "FormattedListParts";
	return DisplayNameParts;
}(DisplayNameParts || {});
var FormattedNumberParts = (props) => {
	const intl = useIntl();
	const { value, children, ...formatProps } = props;
	return children(intl.formatNumberToParts(value, formatProps));
};
FormattedNumberParts.displayName = "FormattedNumberParts";
var FormattedDurationParts = (props) => {
	const intl = useIntl();
	const { value, children, ...formatProps } = props;
	return children(intl.formatDurationToParts(value, formatProps));
};
FormattedDurationParts.displayName = "FormattedDurationParts";
var FormattedListParts = (props) => {
	const intl = useIntl();
	const { value, children, ...formatProps } = props;
	return children(intl.formatListToParts(value, formatProps));
};
FormattedListParts.displayName = "FormattedListParts";
function createFormattedDateTimePartsComponent(name) {
	const ComponentParts = (props) => {
		const intl = useIntl();
		const { value, children, ...formatProps } = props;
		const date = typeof value === "string" ? new Date(value || 0) : value;
		return children(name === "formatDate" ? intl.formatDateToParts(date, formatProps) : intl.formatTimeToParts(date, formatProps));
	};
	ComponentParts.displayName = DisplayNameParts[name];
	return ComponentParts;
}
function createFormattedComponent(name) {
	const Component = (props) => {
		const intl = useIntl();
		const { value, children, ...formatProps } = props;
		const formattedValue = intl[name](value, formatProps);
		if (typeof children === "function") return children(formattedValue);
		const Text = intl.textComponent || import_react.Fragment;
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: formattedValue });
	};
	Component.displayName = DisplayName[name];
	return Component;
}
function assignUniqueKeysToFormatXMLElementFnArgument(values) {
	if (!values) return values;
	return Object.keys(values).reduce((acc, k) => {
		const v = values[k];
		acc[k] = isFormatXMLElementFn(v) ? assignUniqueKeysToParts(v) : v;
		return acc;
	}, {});
}
var formatMessage$1 = (config, formatters, descriptor, rawValues, ...rest) => {
	const chunks = formatMessage(config, formatters, descriptor, assignUniqueKeysToFormatXMLElementFnArgument(rawValues), ...rest);
	if (Array.isArray(chunks)) return toKeyedReactNodeArray(chunks);
	return chunks;
};
/**
* Create intl object
* @param config intl config
* @param cache cache for formatter instances to prevent memory leak
*/
var createIntl = ({ defaultRichTextElements: rawDefaultRichTextElements, ...config }, cache) => {
	const defaultRichTextElements = assignUniqueKeysToFormatXMLElementFnArgument(rawDefaultRichTextElements);
	const coreIntl = createIntl$1({
		...DEFAULT_INTL_CONFIG$1,
		...config,
		defaultRichTextElements
	}, cache);
	const resolvedConfig = {
		locale: coreIntl.locale,
		timeZone: coreIntl.timeZone,
		fallbackOnEmptyString: coreIntl.fallbackOnEmptyString,
		formats: coreIntl.formats,
		defaultLocale: coreIntl.defaultLocale,
		defaultFormats: coreIntl.defaultFormats,
		messages: coreIntl.messages,
		onError: coreIntl.onError,
		defaultRichTextElements
	};
	return {
		...coreIntl,
		formatMessage: formatMessage$1.bind(null, resolvedConfig, coreIntl.formatters),
		$t: formatMessage$1.bind(null, resolvedConfig, coreIntl.formatters)
	};
};
var FormattedDateTimeRange = (props) => {
	const intl = useIntl();
	const { from, to, children, ...formatProps } = props;
	const formattedValue = intl.formatDateTimeRange(from, to, formatProps);
	if (typeof children === "function") return children(formattedValue);
	const Text = intl.textComponent || import_react.Fragment;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: formattedValue });
};
FormattedDateTimeRange.displayName = "FormattedDateTimeRange";
function areEqual(prevProps, nextProps) {
	const { values, ...otherProps } = prevProps;
	const { values: nextValues, ...nextOtherProps } = nextProps;
	return shallowEqual(nextValues, values) && shallowEqual(otherProps, nextOtherProps);
}
function FormattedMessage(props) {
	const { formatMessage, textComponent: Text = import_react.Fragment } = useIntl();
	const { id, description, defaultMessage, values, children, tagName: Component = Text, ignoreTag } = props;
	const nodes = formatMessage({
		id,
		description,
		defaultMessage
	}, values, { ignoreTag });
	if (typeof children === "function") return children(Array.isArray(nodes) ? nodes : [nodes]);
	if (Component) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Component, { children: nodes });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: nodes });
}
FormattedMessage.displayName = "FormattedMessage";
var MemoizedFormattedMessage = import_react.memo(FormattedMessage, areEqual);
MemoizedFormattedMessage.displayName = "MemoizedFormattedMessage";
var FormattedPlural = (props) => {
	const { formatPlural, textComponent: Text } = useIntl();
	const { value, other, children } = props;
	const formattedPlural = props[formatPlural(value, props)] || other;
	if (typeof children === "function") return children(formattedPlural);
	if (Text) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: formattedPlural });
	return formattedPlural;
};
FormattedPlural.displayName = "FormattedPlural";
function processIntlConfig(config) {
	return {
		locale: config.locale,
		timeZone: config.timeZone,
		fallbackOnEmptyString: config.fallbackOnEmptyString,
		formats: config.formats,
		textComponent: config.textComponent,
		messages: config.messages,
		defaultLocale: config.defaultLocale,
		defaultFormats: config.defaultFormats,
		onError: config.onError,
		onWarn: config.onWarn,
		wrapRichTextChunksInFragment: config.wrapRichTextChunksInFragment,
		defaultRichTextElements: config.defaultRichTextElements
	};
}
function IntlProviderImpl(props) {
	const cacheRef = import_react.useRef(createIntlCache());
	const prevConfigRef = import_react.useRef(void 0);
	const intlRef = import_react.useRef(void 0);
	const filteredProps = {};
	for (const key in props) if (props[key] !== void 0) filteredProps[key] = props[key];
	const config = processIntlConfig({
		...DEFAULT_INTL_CONFIG$1,
		...filteredProps
	});
	if (!prevConfigRef.current || !shallowEqual(prevConfigRef.current, config)) {
		prevConfigRef.current = config;
		intlRef.current = createIntl(config, cacheRef.current);
	}
	invariantIntlContext(intlRef.current);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Provider, {
		value: intlRef.current,
		children: props.children
	});
}
IntlProviderImpl.displayName = "IntlProvider";
var MINUTE = 60;
var HOUR = 3600;
var DAY = 86400;
function selectUnit(seconds) {
	const absValue = Math.abs(seconds);
	if (absValue < MINUTE) return "second";
	if (absValue < HOUR) return "minute";
	if (absValue < DAY) return "hour";
	return "day";
}
function getDurationInSeconds(unit) {
	switch (unit) {
		case "second": return 1;
		case "minute": return MINUTE;
		case "hour": return HOUR;
		default: return DAY;
	}
}
function valueToSeconds(value, unit) {
	if (!value) return 0;
	switch (unit) {
		case "second": return value;
		case "minute": return value * MINUTE;
		default: return value * HOUR;
	}
}
var INCREMENTABLE_UNITS = [
	"second",
	"minute",
	"hour"
];
function canIncrement(unit = "second") {
	return INCREMENTABLE_UNITS.indexOf(unit) > -1;
}
var SimpleFormattedRelativeTime = (props) => {
	const { formatRelativeTime, textComponent: Text } = useIntl();
	const { children, value, unit, ...otherProps } = props;
	const formattedRelativeTime = formatRelativeTime(value || 0, unit, otherProps);
	if (typeof children === "function") return children(formattedRelativeTime);
	if (Text) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: formattedRelativeTime });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: formattedRelativeTime });
};
var FormattedRelativeTime = ({ value = 0, unit = "second", updateIntervalInSeconds, ...otherProps }) => {
	invariant(!updateIntervalInSeconds || !!(updateIntervalInSeconds && canIncrement(unit)), "Cannot schedule update with unit longer than hour");
	const [prevUnit, setPrevUnit] = import_react.useState();
	const [prevValue, setPrevValue] = import_react.useState(0);
	const [currentValueInSeconds, setCurrentValueInSeconds] = import_react.useState(0);
	const updateTimer = import_react.useRef(void 0);
	if (unit !== prevUnit || value !== prevValue) {
		setPrevValue(value || 0);
		setPrevUnit(unit);
		setCurrentValueInSeconds(canIncrement(unit) ? valueToSeconds(value, unit) : 0);
	}
	import_react.useEffect(() => {
		function clearUpdateTimer() {
			clearTimeout(updateTimer.current);
		}
		clearUpdateTimer();
		if (!updateIntervalInSeconds || !canIncrement(unit)) return clearUpdateTimer;
		const nextValueInSeconds = currentValueInSeconds - updateIntervalInSeconds;
		const nextUnit = selectUnit(nextValueInSeconds);
		if (nextUnit === "day") return clearUpdateTimer;
		const unitDuration = getDurationInSeconds(nextUnit);
		const prevInterestingValueInSeconds = nextValueInSeconds - nextValueInSeconds % unitDuration;
		const nextInterestingValueInSeconds = prevInterestingValueInSeconds >= currentValueInSeconds ? prevInterestingValueInSeconds - unitDuration : prevInterestingValueInSeconds;
		const delayInSeconds = Math.abs(nextInterestingValueInSeconds - currentValueInSeconds);
		if (currentValueInSeconds !== nextInterestingValueInSeconds) updateTimer.current = setTimeout(() => setCurrentValueInSeconds(nextInterestingValueInSeconds), delayInSeconds * 1e3);
		return clearUpdateTimer;
	}, [
		currentValueInSeconds,
		updateIntervalInSeconds,
		unit
	]);
	let currentValue = value || 0;
	let currentUnit = unit;
	if (canIncrement(unit) && typeof currentValueInSeconds === "number" && updateIntervalInSeconds) {
		currentUnit = selectUnit(currentValueInSeconds);
		const unitDuration = getDurationInSeconds(currentUnit);
		currentValue = Math.round(currentValueInSeconds / unitDuration);
	}
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleFormattedRelativeTime, {
		value: currentValue,
		unit: currentUnit,
		...otherProps
	});
};
FormattedRelativeTime.displayName = "FormattedRelativeTime";
createFormattedComponent("formatDate");
createFormattedComponent("formatTime");
createFormattedComponent("formatNumber");
createFormattedComponent("formatDuration");
createFormattedComponent("formatList");
createFormattedComponent("formatDisplayName");
createFormattedDateTimePartsComponent("formatDate");
createFormattedDateTimePartsComponent("formatTime");
// src/ui/i18n/translator.ts
var cache = createIntlCache();
/** English dates read "8 December 2024" (day first, no comma), as the app always wrote them. */
var INTL_LOCALES = {
	en: "en-GB",
	uk: "uk",
	ar: "ar",
	ru: "ru"
};
function createTranslator(lang, messages) {
	const intl = createIntl({
		locale: INTL_LOCALES[lang],
		messages,
		defaultLocale: "en",
		onError: reportMissing
	}, cache);
	const translate = (id, values) => intl.formatMessage({
		id,
		defaultMessage: englishMessages[id]
	}, values);
	return Object.assign(translate, {
		lang,
		locale: INTL_LOCALES[lang],
		intl
	});
}
function reportMissing(error) {}
var englishTranslator = createTranslator("en", englishMessages);
// src/ui/i18n/I18nProvider.tsx
var TranslateContext = (0, import_react.createContext)(englishTranslator);
var ChooseContext = (0, import_react.createContext)(void 0);
/** Switches the interface language (undefined outside the app, e.g. in component tests). */
var useChooseLanguage = () => (0, import_react.useContext)(ChooseContext);
/** The translator of the language on screen (English outside a provider, e.g. in component tests). */
var useT = () => (0, import_react.useContext)(TranslateContext);
function I18nProvider({ lang, onChoose, children }) {
	const [{ translator }, setBox] = (0, import_react.useState)({ translator: englishTranslator });
	const setTranslator = (next) => setBox({ translator: next });
	(0, import_react.useEffect)(() => {
		let current = true;
		loadMessages(lang).then((messages) => current && setTranslator(lang === "en" ? englishTranslator : createTranslator(lang, messages)), () => current && setTranslator(englishTranslator));
		return () => {
			current = false;
		};
	}, [lang]);
	(0, import_react.useEffect)(() => {
		document.documentElement.lang = translator.lang;
		document.documentElement.dir = textDirection(translator.lang);
	}, [translator]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseContext.Provider, {
		value: onChoose,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TranslateContext.Provider, {
			value: translator,
			children
		})
	});
}
// src/ui/i18n/statusText.ts
function statusText(t, status) {
	return {
		label: t(`status.${status}`),
		description: t(`status.${status}.description`),
		classroom: t(`status.${status}.classroom`)
	};
}
var CLASSROOM_STATUS = new Map(Object.entries(STATUS_PRESENTATION).flatMap(([status, presentation]) => presentation.classroomLabel ? [[presentation.classroomLabel, status]] : []));
/** A classroom label from the state layer ("Claimed, not verified") in the interface language. */
function classroomText(t, englishLabel) {
	const status = CLASSROOM_STATUS.get(englishLabel);
	return status ? statusText(t, status).classroom : englishLabel;
}
/** "Lines: double = confirmed, solid = reported, …" in the interface language, from the one status table. */
function lineStyleText(t) {
	const groups = /* @__PURE__ */ new Map();
	for (const [status, { lineName }] of Object.entries(STATUS_PRESENTATION)) {
		const label = statusText(t, status).label.toLocaleLowerCase(t.intl.locale);
		groups.set(lineName, [...groups.get(lineName) ?? [], label]);
	}
	return t("filters.lines", { lines: [...groups].map(([line, labels]) => `${t(`line.${line.replace(/ (\w)/g, (_, c) => c.toUpperCase())}`)} = ${labels.join("/")}`).join(", ") });
}
export { timelineExtent as $, moveCamera as A, DEFAULT_FILTERS as At, showView as B, closeStory as C, statusLabel as Ct, playStory as D, actorKindLabel as Dt, goToStep as E, stateToHash as Et, setFocus as F, stepRelationRows as G, toggleNeighbourhood as H, setLanguage as I, asOfSelection as J, axisTicks as K, setLayout as L, select as M, UI_LANGUAGES as Mt, setAppearance as N, require_react as Nt, toggleHideUnconfirmed as O, actorName as Ot, setFilters as P, timelineRowsInSteps as Q, setPath as R, datasetReducer as S, lineStyleNote as St, exploreStep as T, roundCamera as Tt, toggleProjector as U, startPathFrom as V, handoutContent as W, monthSteps as X, brushPeriod as Y, timelineRows as Z, findPaths as _, removeStep as _t, useChooseLanguage as a, buildTermIndexInSteps as at, visibleElements as b, STATUS_PRESENTATION as bt, require_jsx_runtime as c, nameKeys as ct, languageDirection as d, restoreSavedStories as dt, claimSpan as et, saveLanguage as f, withStories as ft, openInTangleUrl as g, moveStep as gt, embedUrl as h, createStory as ht, I18nProvider as i, searchActors as it, search as j, DEFAULT_STATE as jt, fitCamera as k, relationKindLabel as kt, LANGUAGE_NAMES as l, normalizeForSearch as lt, embedSnippet as m, addStep as mt, lineStyleText as n, busiestActor as nt, useT as o, collectTerm as ot, DEFAULT_EMBED_SIZE as p, storyToDraft as pt, extentYears as q, statusText as r, neighbourOrder as rt, englishTranslator as s, fieldCode as st, classroomText as t, dayNumber as tt, initialLanguage as u, encodeSavedStories as ut, focusNetwork as v, renameStory as vt, dropMissingStory as w, hashToState as wt, INITIAL_DATASET_STATUS as x, UNSOURCED_LINE as xt, pathElements as y, updateStep as yt, setTheme as z };
