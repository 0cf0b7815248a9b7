import { t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { B as formatPath, C as _enum, F as isOrdered, I as isPartialDate, L as periodEnd, M as string, O as number, P as unknown, R as periodStart, c as STATUS_ORDER, d as strongestStatus, f as weakestStatus, g as claimStatuses, h as LIMITS, j as strictObject, l as isFactStatus, m as ID_PATTERN, n as uniqueId$1, p as DatasetSchema, r as buildGraph, s as RELATION_STATUS_ORDER, t as slugify, w as array } from "./model-CG2iP_D6.js";
import { t as stepView } from "./stepView-D8QK6VL8.js";
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
	"cam"
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
	const rows = [];
	const undated = [];
	const spans = [];
	let unsourced = 0;
	for (const relation of relations) {
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
	const first = (row) => startKey(row.claims[0].span);
	rows.sort((a, b) => first(a) - first(b) || (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
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
export { withStories as $, toggleNeighbourhood as A, timelineExtent as B, setFilters as C, setTheme as D, setPath as E, extentYears as F, searchActors as G, dayNumber as H, asOfSelection as I, fieldCode as J, buildTermIndexInSteps as K, brushPeriod as L, handoutContent as M, stepRelationRows as N, showView as O, axisTicks as P, restoreSavedStories as Q, monthSteps as R, setAppearance as S, setLayout as T, busiestActor as U, claimSpan as V, neighbourOrder as W, normalizeForSearch as X, nameKeys as Y, encodeSavedStories as Z, toggleHideUnconfirmed as _, DEFAULT_FILTERS as _t, openInTangleUrl as a, renameStory as at, search as b, pathElements as c, UNSOURCED_LINE as ct, datasetReducer as d, hashToState as dt, storyToDraft as et, closeStory as f, roundCamera as ft, playStory as g, relationKindLabel as gt, goToStep as h, actorName as ht, embedUrl as i, removeStep as it, toggleProjector as j, startPathFrom as k, visibleElements as l, lineStyleNote as lt, exploreStep as m, actorKindLabel as mt, DEFAULT_EMBED_SIZE as n, createStory as nt, findPaths as o, updateStep as ot, dropMissingStory as p, stateToHash as pt, collectTerm as q, embedSnippet as r, moveStep as rt, focusNetwork as s, STATUS_PRESENTATION as st, require_jsx_runtime as t, addStep as tt, INITIAL_DATASET_STATUS as u, statusLabel as ut, fitCamera as v, DEFAULT_STATE as vt, setFocus as w, select as x, moveCamera as y, require_react as yt, timelineRows as z };
