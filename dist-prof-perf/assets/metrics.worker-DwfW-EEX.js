// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
// node_modules/graphology/dist/graphology.mjs
var import_events = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
	var R = typeof Reflect === "object" ? Reflect : null;
	var ReflectApply = R && typeof R.apply === "function" ? R.apply : function ReflectApply(target, receiver, args) {
		return Function.prototype.apply.call(target, receiver, args);
	};
	var ReflectOwnKeys;
	if (R && typeof R.ownKeys === "function") ReflectOwnKeys = R.ownKeys;
	else if (Object.getOwnPropertySymbols) ReflectOwnKeys = function ReflectOwnKeys(target) {
		return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
	};
	else ReflectOwnKeys = function ReflectOwnKeys(target) {
		return Object.getOwnPropertyNames(target);
	};
	function ProcessEmitWarning(warning) {
		if (console && console.warn) console.warn(warning);
	}
	var NumberIsNaN = Number.isNaN || function NumberIsNaN(value) {
		return value !== value;
	};
	function EventEmitter() {
		EventEmitter.init.call(this);
	}
	module.exports = EventEmitter;
	module.exports.once = once;
	EventEmitter.EventEmitter = EventEmitter;
	EventEmitter.prototype._events = void 0;
	EventEmitter.prototype._eventsCount = 0;
	EventEmitter.prototype._maxListeners = void 0;
	var defaultMaxListeners = 10;
	function checkListener(listener) {
		if (typeof listener !== "function") throw new TypeError("The \"listener\" argument must be of type Function. Received type " + typeof listener);
	}
	Object.defineProperty(EventEmitter, "defaultMaxListeners", {
		enumerable: true,
		get: function() {
			return defaultMaxListeners;
		},
		set: function(arg) {
			if (typeof arg !== "number" || arg < 0 || NumberIsNaN(arg)) throw new RangeError("The value of \"defaultMaxListeners\" is out of range. It must be a non-negative number. Received " + arg + ".");
			defaultMaxListeners = arg;
		}
	});
	EventEmitter.init = function() {
		if (this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) {
			this._events = Object.create(null);
			this._eventsCount = 0;
		}
		this._maxListeners = this._maxListeners || void 0;
	};
	EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
		if (typeof n !== "number" || n < 0 || NumberIsNaN(n)) throw new RangeError("The value of \"n\" is out of range. It must be a non-negative number. Received " + n + ".");
		this._maxListeners = n;
		return this;
	};
	function _getMaxListeners(that) {
		if (that._maxListeners === void 0) return EventEmitter.defaultMaxListeners;
		return that._maxListeners;
	}
	EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
		return _getMaxListeners(this);
	};
	EventEmitter.prototype.emit = function emit(type) {
		var args = [];
		for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
		var doError = type === "error";
		var events = this._events;
		if (events !== void 0) doError = doError && events.error === void 0;
		else if (!doError) return false;
		if (doError) {
			var er;
			if (args.length > 0) er = args[0];
			if (er instanceof Error) throw er;
			var err = /* @__PURE__ */ new Error("Unhandled error." + (er ? " (" + er.message + ")" : ""));
			err.context = er;
			throw err;
		}
		var handler = events[type];
		if (handler === void 0) return false;
		if (typeof handler === "function") ReflectApply(handler, this, args);
		else {
			var len = handler.length;
			var listeners = arrayClone(handler, len);
			for (var i = 0; i < len; ++i) ReflectApply(listeners[i], this, args);
		}
		return true;
	};
	function _addListener(target, type, listener, prepend) {
		var m;
		var events;
		var existing;
		checkListener(listener);
		events = target._events;
		if (events === void 0) {
			events = target._events = Object.create(null);
			target._eventsCount = 0;
		} else {
			if (events.newListener !== void 0) {
				target.emit("newListener", type, listener.listener ? listener.listener : listener);
				events = target._events;
			}
			existing = events[type];
		}
		if (existing === void 0) {
			existing = events[type] = listener;
			++target._eventsCount;
		} else {
			if (typeof existing === "function") existing = events[type] = prepend ? [listener, existing] : [existing, listener];
			else if (prepend) existing.unshift(listener);
			else existing.push(listener);
			m = _getMaxListeners(target);
			if (m > 0 && existing.length > m && !existing.warned) {
				existing.warned = true;
				var w = /* @__PURE__ */ new Error("Possible EventEmitter memory leak detected. " + existing.length + " " + String(type) + " listeners added. Use emitter.setMaxListeners() to increase limit");
				w.name = "MaxListenersExceededWarning";
				w.emitter = target;
				w.type = type;
				w.count = existing.length;
				ProcessEmitWarning(w);
			}
		}
		return target;
	}
	EventEmitter.prototype.addListener = function addListener(type, listener) {
		return _addListener(this, type, listener, false);
	};
	EventEmitter.prototype.on = EventEmitter.prototype.addListener;
	EventEmitter.prototype.prependListener = function prependListener(type, listener) {
		return _addListener(this, type, listener, true);
	};
	function onceWrapper() {
		if (!this.fired) {
			this.target.removeListener(this.type, this.wrapFn);
			this.fired = true;
			if (arguments.length === 0) return this.listener.call(this.target);
			return this.listener.apply(this.target, arguments);
		}
	}
	function _onceWrap(target, type, listener) {
		var state = {
			fired: false,
			wrapFn: void 0,
			target,
			type,
			listener
		};
		var wrapped = onceWrapper.bind(state);
		wrapped.listener = listener;
		state.wrapFn = wrapped;
		return wrapped;
	}
	EventEmitter.prototype.once = function once(type, listener) {
		checkListener(listener);
		this.on(type, _onceWrap(this, type, listener));
		return this;
	};
	EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
		checkListener(listener);
		this.prependListener(type, _onceWrap(this, type, listener));
		return this;
	};
	EventEmitter.prototype.removeListener = function removeListener(type, listener) {
		var list, events, position, i, originalListener;
		checkListener(listener);
		events = this._events;
		if (events === void 0) return this;
		list = events[type];
		if (list === void 0) return this;
		if (list === listener || list.listener === listener) {
			if (--this._eventsCount === 0) this._events = Object.create(null);
			else {
				delete events[type];
				if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
			}
		} else if (typeof list !== "function") {
			position = -1;
			for (i = list.length - 1; i >= 0; i--) if (list[i] === listener || list[i].listener === listener) {
				originalListener = list[i].listener;
				position = i;
				break;
			}
			if (position < 0) return this;
			if (position === 0) list.shift();
			else spliceOne(list, position);
			if (list.length === 1) events[type] = list[0];
			if (events.removeListener !== void 0) this.emit("removeListener", type, originalListener || listener);
		}
		return this;
	};
	EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
	EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
		var listeners, events = this._events, i;
		if (events === void 0) return this;
		if (events.removeListener === void 0) {
			if (arguments.length === 0) {
				this._events = Object.create(null);
				this._eventsCount = 0;
			} else if (events[type] !== void 0) {
				if (--this._eventsCount === 0) this._events = Object.create(null);
				else delete events[type];
			}
			return this;
		}
		if (arguments.length === 0) {
			var keys = Object.keys(events);
			var key;
			for (i = 0; i < keys.length; ++i) {
				key = keys[i];
				if (key === "removeListener") continue;
				this.removeAllListeners(key);
			}
			this.removeAllListeners("removeListener");
			this._events = Object.create(null);
			this._eventsCount = 0;
			return this;
		}
		listeners = events[type];
		if (typeof listeners === "function") this.removeListener(type, listeners);
		else if (listeners !== void 0) for (i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
		return this;
	};
	function _listeners(target, type, unwrap) {
		var events = target._events;
		if (events === void 0) return [];
		var evlistener = events[type];
		if (evlistener === void 0) return [];
		if (typeof evlistener === "function") return unwrap ? [evlistener.listener || evlistener] : [evlistener];
		return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener, evlistener.length);
	}
	EventEmitter.prototype.listeners = function listeners(type) {
		return _listeners(this, type, true);
	};
	EventEmitter.prototype.rawListeners = function rawListeners(type) {
		return _listeners(this, type, false);
	};
	EventEmitter.listenerCount = function(emitter, type) {
		if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
		else return listenerCount.call(emitter, type);
	};
	EventEmitter.prototype.listenerCount = listenerCount;
	function listenerCount(type) {
		var events = this._events;
		if (events !== void 0) {
			var evlistener = events[type];
			if (typeof evlistener === "function") return 1;
			else if (evlistener !== void 0) return evlistener.length;
		}
		return 0;
	}
	EventEmitter.prototype.eventNames = function eventNames() {
		return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
	};
	function arrayClone(arr, n) {
		var copy = new Array(n);
		for (var i = 0; i < n; ++i) copy[i] = arr[i];
		return copy;
	}
	function spliceOne(list, index) {
		for (; index + 1 < list.length; index++) list[index] = list[index + 1];
		list.pop();
	}
	function unwrapListeners(arr) {
		var ret = new Array(arr.length);
		for (var i = 0; i < ret.length; ++i) ret[i] = arr[i].listener || arr[i];
		return ret;
	}
	function once(emitter, name) {
		return new Promise(function(resolve, reject) {
			function errorListener(err) {
				emitter.removeListener(name, resolver);
				reject(err);
			}
			function resolver() {
				if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
				resolve([].slice.call(arguments));
			}
			eventTargetAgnosticAddListener(emitter, name, resolver, { once: true });
			if (name !== "error") addErrorHandlerIfEventEmitter(emitter, errorListener, { once: true });
		});
	}
	function addErrorHandlerIfEventEmitter(emitter, handler, flags) {
		if (typeof emitter.on === "function") eventTargetAgnosticAddListener(emitter, "error", handler, flags);
	}
	function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
		if (typeof emitter.on === "function") {
			if (flags.once) emitter.once(name, listener);
			else emitter.on(name, listener);
		} else if (typeof emitter.addEventListener === "function") emitter.addEventListener(name, function wrapListener(arg) {
			if (flags.once) emitter.removeEventListener(name, wrapListener);
			listener(arg);
		});
		else throw new TypeError("The \"emitter\" argument must be of type EventEmitter. Received type " + typeof emitter);
	}
})))();
/**
* Graphology Utilities
* =====================
*
* Collection of helpful functions used by the implementation.
*/
/**
* Object.assign-like polyfill.
*
* @param  {object} target       - First object.
* @param  {object} [...objects] - Objects to merge.
* @return {object}
*/
function assignPolyfill() {
	const target = arguments[0];
	for (let i = 1, l = arguments.length; i < l; i++) {
		if (!arguments[i]) continue;
		for (const k in arguments[i]) target[k] = arguments[i][k];
	}
	return target;
}
let assign = assignPolyfill;
if (typeof Object.assign === "function") assign = Object.assign;
/**
* Function returning the first matching edge for given path.
* Note: this function does not check the existence of source & target. This
* must be performed by the caller.
*
* @param  {Graph}  graph  - Target graph.
* @param  {any}    source - Source node.
* @param  {any}    target - Target node.
* @param  {string} type   - Type of the edge (mixed, directed or undirected).
* @return {string|null}
*/
function getMatchingEdge(graph, source, target, type) {
	const sourceData = graph._nodes.get(source);
	let edge = null;
	if (!sourceData) return edge;
	if (type === "mixed") edge = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target];
	else if (type === "directed") edge = sourceData.out && sourceData.out[target];
	else edge = sourceData.undirected && sourceData.undirected[target];
	return edge;
}
/**
* Checks whether the given value is a plain object.
*
* @param  {mixed}   value - Target value.
* @return {boolean}
*/
function isPlainObject$1(value) {
	return typeof value === "object" && value !== null;
}
/**
* Checks whether the given object is empty.
*
* @param  {object}  o - Target Object.
* @return {boolean}
*/
function isEmpty(o) {
	let k;
	for (k in o) return false;
	return true;
}
/**
* Creates a "private" property for the given member name by concealing it
* using the `enumerable` option.
*
* @param {object} target - Target object.
* @param {string} name   - Member name.
*/
function privateProperty(target, name, value) {
	Object.defineProperty(target, name, {
		enumerable: false,
		configurable: false,
		writable: true,
		value
	});
}
/**
* Creates a read-only property for the given member name & the given getter.
*
* @param {object}   target - Target object.
* @param {string}   name   - Member name.
* @param {mixed}    value  - The attached getter or fixed value.
*/
function readOnlyProperty(target, name, value) {
	const descriptor = {
		enumerable: true,
		configurable: true
	};
	if (typeof value === "function") descriptor.get = value;
	else {
		descriptor.value = value;
		descriptor.writable = false;
	}
	Object.defineProperty(target, name, descriptor);
}
/**
* Returns whether the given object constitute valid hints.
*
* @param {object} hints - Target object.
*/
function validateHints(hints) {
	if (!isPlainObject$1(hints)) return false;
	if (hints.attributes && !Array.isArray(hints.attributes)) return false;
	return true;
}
/**
* Creates a function generating incremental ids for edges.
*
* @return {function}
*/
function incrementalIdStartingFromRandomByte() {
	let i = Math.floor(Math.random() * 256) & 255;
	return () => {
		return i++;
	};
}
/**
* Chains multiple iterators into a single iterator.
*
* @param {...Iterator} iterables
* @returns {Iterator}
*/
function chain() {
	const iterables = arguments;
	let current = null;
	let i = -1;
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			let step = null;
			do {
				if (current === null) {
					i++;
					if (i >= iterables.length) return { done: true };
					current = iterables[i][Symbol.iterator]();
				}
				step = current.next();
				if (step.done) {
					current = null;
					continue;
				}
				break;
			} while (true);
			return step;
		}
	};
}
function emptyIterator() {
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			return { done: true };
		}
	};
}
/**
* Graphology Custom Errors
* =========================
*
* Defining custom errors for ease of use & easy unit tests across
* implementations (normalized typology rather than relying on error
* messages to check whether the correct error was found).
*/
var GraphError = class extends Error {
	constructor(message) {
		super();
		this.name = "GraphError";
		this.message = message;
	}
};
var InvalidArgumentsGraphError = class InvalidArgumentsGraphError extends GraphError {
	constructor(message) {
		super(message);
		this.name = "InvalidArgumentsGraphError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, InvalidArgumentsGraphError.prototype.constructor);
	}
};
var NotFoundGraphError = class NotFoundGraphError extends GraphError {
	constructor(message) {
		super(message);
		this.name = "NotFoundGraphError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, NotFoundGraphError.prototype.constructor);
	}
};
var UsageGraphError = class UsageGraphError extends GraphError {
	constructor(message) {
		super(message);
		this.name = "UsageGraphError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, UsageGraphError.prototype.constructor);
	}
};
/**
* Graphology Internal Data Classes
* =================================
*
* Internal classes hopefully reduced to structs by engines & storing
* necessary information for nodes & edges.
*
* Note that those classes don't rely on the `class` keyword to avoid some
* cruft introduced by most of ES2015 transpilers.
*/
/**
* MixedNodeData class.
*
* @constructor
* @param {string} string     - The node's key.
* @param {object} attributes - Node's attributes.
*/
function MixedNodeData(key, attributes) {
	this.key = key;
	this.attributes = attributes;
	this.clear();
}
MixedNodeData.prototype.clear = function() {
	this.inDegree = 0;
	this.outDegree = 0;
	this.undirectedDegree = 0;
	this.undirectedLoops = 0;
	this.directedLoops = 0;
	this.in = {};
	this.out = {};
	this.undirected = {};
};
/**
* DirectedNodeData class.
*
* @constructor
* @param {string} string     - The node's key.
* @param {object} attributes - Node's attributes.
*/
function DirectedNodeData(key, attributes) {
	this.key = key;
	this.attributes = attributes;
	this.clear();
}
DirectedNodeData.prototype.clear = function() {
	this.inDegree = 0;
	this.outDegree = 0;
	this.directedLoops = 0;
	this.in = {};
	this.out = {};
};
/**
* UndirectedNodeData class.
*
* @constructor
* @param {string} string     - The node's key.
* @param {object} attributes - Node's attributes.
*/
function UndirectedNodeData(key, attributes) {
	this.key = key;
	this.attributes = attributes;
	this.clear();
}
UndirectedNodeData.prototype.clear = function() {
	this.undirectedDegree = 0;
	this.undirectedLoops = 0;
	this.undirected = {};
};
/**
* EdgeData class.
*
* @constructor
* @param {boolean} undirected   - Whether the edge is undirected.
* @param {string}  string       - The edge's key.
* @param {string}  source       - Source of the edge.
* @param {string}  target       - Target of the edge.
* @param {object}  attributes   - Edge's attributes.
*/
function EdgeData(undirected, key, source, target, attributes) {
	this.key = key;
	this.attributes = attributes;
	this.undirected = undirected;
	this.source = source;
	this.target = target;
}
EdgeData.prototype.attach = function() {
	let outKey = "out";
	let inKey = "in";
	if (this.undirected) outKey = inKey = "undirected";
	const source = this.source.key;
	const target = this.target.key;
	this.source[outKey][target] = this;
	if (this.undirected && source === target) return;
	this.target[inKey][source] = this;
};
EdgeData.prototype.attachMulti = function() {
	let outKey = "out";
	let inKey = "in";
	const source = this.source.key;
	const target = this.target.key;
	if (this.undirected) outKey = inKey = "undirected";
	const adj = this.source[outKey];
	const head = adj[target];
	if (typeof head === "undefined") {
		adj[target] = this;
		if (!(this.undirected && source === target)) this.target[inKey][source] = this;
		return;
	}
	head.previous = this;
	this.next = head;
	adj[target] = this;
	this.target[inKey][source] = this;
};
EdgeData.prototype.detach = function() {
	const source = this.source.key;
	const target = this.target.key;
	let outKey = "out";
	let inKey = "in";
	if (this.undirected) outKey = inKey = "undirected";
	delete this.source[outKey][target];
	delete this.target[inKey][source];
};
EdgeData.prototype.detachMulti = function() {
	const source = this.source.key;
	const target = this.target.key;
	let outKey = "out";
	let inKey = "in";
	if (this.undirected) outKey = inKey = "undirected";
	if (this.previous === void 0) {
		if (this.next === void 0) {
			delete this.source[outKey][target];
			delete this.target[inKey][source];
		} else {
			this.next.previous = void 0;
			this.source[outKey][target] = this.next;
			this.target[inKey][source] = this.next;
		}
	} else {
		this.previous.next = this.next;
		if (this.next !== void 0) this.next.previous = this.previous;
	}
};
/**
* Graphology Node Attributes methods
* ===================================
*/
const NODE = 0;
const SOURCE = 1;
const TARGET = 2;
const OPPOSITE = 3;
function findRelevantNodeData(graph, method, mode, nodeOrEdge, nameOrEdge, add1, add2) {
	let nodeData, edgeData, arg1, arg2;
	nodeOrEdge = "" + nodeOrEdge;
	if (mode === NODE) {
		nodeData = graph._nodes.get(nodeOrEdge);
		if (!nodeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nodeOrEdge}" node in the graph.`);
		arg1 = nameOrEdge;
		arg2 = add1;
	} else if (mode === OPPOSITE) {
		nameOrEdge = "" + nameOrEdge;
		edgeData = graph._edges.get(nameOrEdge);
		if (!edgeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nameOrEdge}" edge in the graph.`);
		const source = edgeData.source.key;
		const target = edgeData.target.key;
		if (nodeOrEdge === source) nodeData = edgeData.target;
		else if (nodeOrEdge === target) nodeData = edgeData.source;
		else throw new NotFoundGraphError(`Graph.${method}: the "${nodeOrEdge}" node is not attached to the "${nameOrEdge}" edge (${source}, ${target}).`);
		arg1 = add1;
		arg2 = add2;
	} else {
		edgeData = graph._edges.get(nodeOrEdge);
		if (!edgeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nodeOrEdge}" edge in the graph.`);
		if (mode === SOURCE) nodeData = edgeData.source;
		else nodeData = edgeData.target;
		arg1 = nameOrEdge;
		arg2 = add1;
	}
	return [
		nodeData,
		arg1,
		arg2
	];
}
function attachNodeAttributeGetter(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		return data.attributes[name];
	};
}
function attachNodeAttributesGetter(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge) {
		const [data] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge);
		return data.attributes;
	};
}
function attachNodeAttributeChecker(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		return data.attributes.hasOwnProperty(name);
	};
}
function attachNodeAttributeSetter(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
		const [data, name, value] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1, add2);
		data.attributes[name] = value;
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "set",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
function attachNodeAttributeUpdater(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
		const [data, name, updater] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1, add2);
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: updater should be a function.`);
		const attributes = data.attributes;
		attributes[name] = updater(attributes[name]);
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "set",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
function attachNodeAttributeRemover(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		delete data.attributes[name];
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "remove",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
function attachNodeAttributesReplacer(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, attributes] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
		data.attributes = attributes;
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "replace",
			attributes: data.attributes
		});
		return this;
	};
}
function attachNodeAttributesMerger(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, attributes] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
		assign(data.attributes, attributes);
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "merge",
			attributes: data.attributes,
			data: attributes
		});
		return this;
	};
}
function attachNodeAttributesUpdater(Class, method, mode) {
	Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
		const [data, updater] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: provided updater is not a function.`);
		data.attributes = updater(data.attributes);
		this.emit("nodeAttributesUpdated", {
			key: data.key,
			type: "update",
			attributes: data.attributes
		});
		return this;
	};
}
/**
* List of methods to attach.
*/
const NODE_ATTRIBUTES_METHODS = [
	{
		name: (element) => `get${element}Attribute`,
		attacher: attachNodeAttributeGetter
	},
	{
		name: (element) => `get${element}Attributes`,
		attacher: attachNodeAttributesGetter
	},
	{
		name: (element) => `has${element}Attribute`,
		attacher: attachNodeAttributeChecker
	},
	{
		name: (element) => `set${element}Attribute`,
		attacher: attachNodeAttributeSetter
	},
	{
		name: (element) => `update${element}Attribute`,
		attacher: attachNodeAttributeUpdater
	},
	{
		name: (element) => `remove${element}Attribute`,
		attacher: attachNodeAttributeRemover
	},
	{
		name: (element) => `replace${element}Attributes`,
		attacher: attachNodeAttributesReplacer
	},
	{
		name: (element) => `merge${element}Attributes`,
		attacher: attachNodeAttributesMerger
	},
	{
		name: (element) => `update${element}Attributes`,
		attacher: attachNodeAttributesUpdater
	}
];
/**
* Attach every attributes-related methods to a Graph class.
*
* @param {function} Graph - Target class.
*/
function attachNodeAttributesMethods(Graph) {
	NODE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
		attacher(Graph, name("Node"), NODE);
		attacher(Graph, name("Source"), SOURCE);
		attacher(Graph, name("Target"), TARGET);
		attacher(Graph, name("Opposite"), OPPOSITE);
	});
}
/**
* Graphology Edge Attributes methods
* ===================================
*/
/**
* Attach an attribute getter method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributeGetter(Class, method, type) {
	/**
	* Get the desired attribute for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element - Target element.
	* @param  {string} name    - Attribute's name.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source - Source element.
	* @param  {any}     target - Target element.
	* @param  {string}  name   - Attribute's name.
	*
	* @return {mixed}          - The attribute's value.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, name) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element;
			const target = "" + name;
			name = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		return data.attributes[name];
	};
}
/**
* Attach an attributes getter method onto the provided class.
*
* @param {function} Class       - Target class.
* @param {string}   method      - Method name.
* @param {string}   type        - Type of the edge to find.
*/
function attachEdgeAttributesGetter(Class, method, type) {
	/**
	* Retrieves all the target element's attributes.
	*
	* Arity 2:
	* @param  {any}    element - Target element.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source - Source element.
	* @param  {any}     target - Target element.
	*
	* @return {object}          - The element's attributes.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 1) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element, target = "" + arguments[1];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		return data.attributes;
	};
}
/**
* Attach an attribute checker method onto the provided class.
*
* @param {function} Class       - Target class.
* @param {string}   method      - Method name.
* @param {string}   type        - Type of the edge to find.
*/
function attachEdgeAttributeChecker(Class, method, type) {
	/**
	* Checks whether the desired attribute is set for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element - Target element.
	* @param  {string} name    - Attribute's name.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source - Source element.
	* @param  {any}     target - Target element.
	* @param  {string}  name   - Attribute's name.
	*
	* @return {boolean}
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, name) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element;
			const target = "" + name;
			name = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		return data.attributes.hasOwnProperty(name);
	};
}
/**
* Attach an attribute setter method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributeSetter(Class, method, type) {
	/**
	* Set the desired attribute for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element - Target element.
	* @param  {string} name    - Attribute's name.
	* @param  {mixed}  value   - New attribute value.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source - Source element.
	* @param  {any}     target - Target element.
	* @param  {string}  name   - Attribute's name.
	* @param  {mixed}  value   - New attribute value.
	*
	* @return {Graph}          - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, name, value) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 3) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element;
			const target = "" + name;
			name = arguments[2];
			value = arguments[3];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		data.attributes[name] = value;
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "set",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
/**
* Attach an attribute updater method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributeUpdater(Class, method, type) {
	/**
	* Update the desired attribute for the given element (node or edge) using
	* the provided function.
	*
	* Arity 2:
	* @param  {any}      element - Target element.
	* @param  {string}   name    - Attribute's name.
	* @param  {function} updater - Updater function.
	*
	* Arity 3 (only for edges):
	* @param  {any}      source  - Source element.
	* @param  {any}      target  - Target element.
	* @param  {string}   name    - Attribute's name.
	* @param  {function} updater - Updater function.
	*
	* @return {Graph}            - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, name, updater) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 3) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element;
			const target = "" + name;
			name = arguments[2];
			updater = arguments[3];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: updater should be a function.`);
		data.attributes[name] = updater(data.attributes[name]);
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "set",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
/**
* Attach an attribute remover method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributeRemover(Class, method, type) {
	/**
	* Remove the desired attribute for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element - Target element.
	* @param  {string} name    - Attribute's name.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source - Source element.
	* @param  {any}     target - Target element.
	* @param  {string}  name   - Attribute's name.
	*
	* @return {Graph}          - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, name) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element;
			const target = "" + name;
			name = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		delete data.attributes[name];
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "remove",
			attributes: data.attributes,
			name
		});
		return this;
	};
}
/**
* Attach an attribute replacer method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributesReplacer(Class, method, type) {
	/**
	* Replace the attributes for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element    - Target element.
	* @param  {object} attributes - New attributes.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source     - Source element.
	* @param  {any}     target     - Target element.
	* @param  {object}  attributes - New attributes.
	*
	* @return {Graph}              - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, attributes) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element, target = "" + attributes;
			attributes = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
		data.attributes = attributes;
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "replace",
			attributes: data.attributes
		});
		return this;
	};
}
/**
* Attach an attribute merger method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributesMerger(Class, method, type) {
	/**
	* Merge the attributes for the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}    element    - Target element.
	* @param  {object} attributes - Attributes to merge.
	*
	* Arity 3 (only for edges):
	* @param  {any}     source     - Source element.
	* @param  {any}     target     - Target element.
	* @param  {object}  attributes - Attributes to merge.
	*
	* @return {Graph}              - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, attributes) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element, target = "" + attributes;
			attributes = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
		assign(data.attributes, attributes);
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "merge",
			attributes: data.attributes,
			data: attributes
		});
		return this;
	};
}
/**
* Attach an attribute updater method onto the provided class.
*
* @param {function} Class         - Target class.
* @param {string}   method        - Method name.
* @param {string}   type          - Type of the edge to find.
*/
function attachEdgeAttributesUpdater(Class, method, type) {
	/**
	* Update the attributes of the given element (node or edge).
	*
	* Arity 2:
	* @param  {any}      element - Target element.
	* @param  {function} updater - Updater function.
	*
	* Arity 3 (only for edges):
	* @param  {any}      source  - Source element.
	* @param  {any}      target  - Target element.
	* @param  {function} updater - Updater function.
	*
	* @return {Graph}            - Returns itself for chaining.
	*
	* @throws {Error} - Will throw if too many arguments are provided.
	* @throws {Error} - Will throw if any of the elements is not found.
	*/
	Class.prototype[method] = function(element, updater) {
		let data;
		if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
		if (arguments.length > 2) {
			if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
			const source = "" + element, target = "" + updater;
			updater = arguments[2];
			data = getMatchingEdge(this, source, target, type);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
		} else {
			if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
			element = "" + element;
			data = this._edges.get(element);
			if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
		}
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: provided updater is not a function.`);
		data.attributes = updater(data.attributes);
		this.emit("edgeAttributesUpdated", {
			key: data.key,
			type: "update",
			attributes: data.attributes
		});
		return this;
	};
}
/**
* List of methods to attach.
*/
const EDGE_ATTRIBUTES_METHODS = [
	{
		name: (element) => `get${element}Attribute`,
		attacher: attachEdgeAttributeGetter
	},
	{
		name: (element) => `get${element}Attributes`,
		attacher: attachEdgeAttributesGetter
	},
	{
		name: (element) => `has${element}Attribute`,
		attacher: attachEdgeAttributeChecker
	},
	{
		name: (element) => `set${element}Attribute`,
		attacher: attachEdgeAttributeSetter
	},
	{
		name: (element) => `update${element}Attribute`,
		attacher: attachEdgeAttributeUpdater
	},
	{
		name: (element) => `remove${element}Attribute`,
		attacher: attachEdgeAttributeRemover
	},
	{
		name: (element) => `replace${element}Attributes`,
		attacher: attachEdgeAttributesReplacer
	},
	{
		name: (element) => `merge${element}Attributes`,
		attacher: attachEdgeAttributesMerger
	},
	{
		name: (element) => `update${element}Attributes`,
		attacher: attachEdgeAttributesUpdater
	}
];
/**
* Attach every attributes-related methods to a Graph class.
*
* @param {function} Graph - Target class.
*/
function attachEdgeAttributesMethods(Graph) {
	EDGE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
		attacher(Graph, name("Edge"), "mixed");
		attacher(Graph, name("DirectedEdge"), "directed");
		attacher(Graph, name("UndirectedEdge"), "undirected");
	});
}
/**
* Graphology Edge Iteration
* ==========================
*
* Attaching some methods to the Graph class to be able to iterate over a
* graph's edges.
*/
/**
* Definitions.
*/
const EDGES_ITERATION = [
	{
		name: "edges",
		type: "mixed"
	},
	{
		name: "inEdges",
		type: "directed",
		direction: "in"
	},
	{
		name: "outEdges",
		type: "directed",
		direction: "out"
	},
	{
		name: "inboundEdges",
		type: "mixed",
		direction: "in"
	},
	{
		name: "outboundEdges",
		type: "mixed",
		direction: "out"
	},
	{
		name: "directedEdges",
		type: "directed"
	},
	{
		name: "undirectedEdges",
		type: "undirected"
	}
];
/**
* Function iterating over edges from the given object to match one of them.
*
* @param {object}   object   - Target object.
* @param {function} callback - Function to call.
*/
function forEachSimple(breakable, object, callback, avoid) {
	let shouldBreak = false;
	for (const k in object) {
		if (k === avoid) continue;
		const edgeData = object[k];
		shouldBreak = callback(edgeData.key, edgeData.attributes, edgeData.source.key, edgeData.target.key, edgeData.source.attributes, edgeData.target.attributes, edgeData.undirected);
		if (breakable && shouldBreak) return edgeData.key;
	}
}
function forEachMulti(breakable, object, callback, avoid) {
	let edgeData, source, target;
	let shouldBreak = false;
	for (const k in object) {
		if (k === avoid) continue;
		edgeData = object[k];
		do {
			source = edgeData.source;
			target = edgeData.target;
			shouldBreak = callback(edgeData.key, edgeData.attributes, source.key, target.key, source.attributes, target.attributes, edgeData.undirected);
			if (breakable && shouldBreak) return edgeData.key;
			edgeData = edgeData.next;
		} while (edgeData !== void 0);
	}
}
/**
* Function returning an iterator over edges from the given object.
*
* @param  {object}   object - Target object.
* @return {Iterator}
*/
function createIterator(object, avoid) {
	const keys = Object.keys(object);
	const l = keys.length;
	let edgeData;
	let i = 0;
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			do
				if (!edgeData) {
					if (i >= l) return { done: true };
					const k = keys[i++];
					if (k === avoid) {
						edgeData = void 0;
						continue;
					}
					edgeData = object[k];
				} else edgeData = edgeData.next;
			while (!edgeData);
			return {
				done: false,
				value: {
					edge: edgeData.key,
					attributes: edgeData.attributes,
					source: edgeData.source.key,
					target: edgeData.target.key,
					sourceAttributes: edgeData.source.attributes,
					targetAttributes: edgeData.target.attributes,
					undirected: edgeData.undirected
				}
			};
		}
	};
}
/**
* Function iterating over the egdes from the object at given key to match
* one of them.
*
* @param {object}   object   - Target object.
* @param {mixed}    k        - Neighbor key.
* @param {function} callback - Callback to use.
*/
function forEachForKeySimple(breakable, object, k, callback) {
	const edgeData = object[k];
	if (!edgeData) return;
	const sourceData = edgeData.source;
	const targetData = edgeData.target;
	if (callback(edgeData.key, edgeData.attributes, sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.undirected) && breakable) return edgeData.key;
}
function forEachForKeyMulti(breakable, object, k, callback) {
	let edgeData = object[k];
	if (!edgeData) return;
	let shouldBreak = false;
	do {
		shouldBreak = callback(edgeData.key, edgeData.attributes, edgeData.source.key, edgeData.target.key, edgeData.source.attributes, edgeData.target.attributes, edgeData.undirected);
		if (breakable && shouldBreak) return edgeData.key;
		edgeData = edgeData.next;
	} while (edgeData !== void 0);
}
/**
* Function returning an iterator over the egdes from the object at given key.
*
* @param  {object}   object   - Target object.
* @param  {mixed}    k        - Neighbor key.
* @return {Iterator}
*/
function createIteratorForKey(object, k) {
	let edgeData = object[k];
	if (edgeData.next !== void 0) return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			if (!edgeData) return { done: true };
			const value = {
				edge: edgeData.key,
				attributes: edgeData.attributes,
				source: edgeData.source.key,
				target: edgeData.target.key,
				sourceAttributes: edgeData.source.attributes,
				targetAttributes: edgeData.target.attributes,
				undirected: edgeData.undirected
			};
			edgeData = edgeData.next;
			return {
				done: false,
				value
			};
		}
	};
	let done = false;
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			if (done === true) return { done: true };
			done = true;
			return {
				done: false,
				value: {
					edge: edgeData.key,
					attributes: edgeData.attributes,
					source: edgeData.source.key,
					target: edgeData.target.key,
					sourceAttributes: edgeData.source.attributes,
					targetAttributes: edgeData.target.attributes,
					undirected: edgeData.undirected
				}
			};
		}
	};
}
/**
* Function creating an array of edges for the given type.
*
* @param  {Graph}   graph - Target Graph instance.
* @param  {string}  type  - Type of edges to retrieve.
* @return {array}         - Array of edges.
*/
function createEdgeArray(graph, type) {
	if (graph.size === 0) return [];
	if (type === "mixed" || type === graph.type) return Array.from(graph._edges.keys());
	const size = type === "undirected" ? graph.undirectedSize : graph.directedSize;
	const list = new Array(size), mask = type === "undirected";
	const iterator = graph._edges.values();
	let i = 0;
	let step, data;
	while (step = iterator.next(), step.done !== true) {
		data = step.value;
		if (data.undirected === mask) list[i++] = data.key;
	}
	return list;
}
/**
* Function iterating over a graph's edges using a callback to match one of
* them.
*
* @param  {Graph}    graph    - Target Graph instance.
* @param  {string}   type     - Type of edges to retrieve.
* @param  {function} callback - Function to call.
*/
function forEachEdge(breakable, graph, type, callback) {
	if (graph.size === 0) return;
	const shouldFilter = type !== "mixed" && type !== graph.type;
	const mask = type === "undirected";
	let step, data;
	let shouldBreak = false;
	const iterator = graph._edges.values();
	while (step = iterator.next(), step.done !== true) {
		data = step.value;
		if (shouldFilter && data.undirected !== mask) continue;
		const { key, attributes, source, target } = data;
		shouldBreak = callback(key, attributes, source.key, target.key, source.attributes, target.attributes, data.undirected);
		if (breakable && shouldBreak) return key;
	}
}
/**
* Function creating an iterator of edges for the given type.
*
* @param  {Graph}    graph - Target Graph instance.
* @param  {string}   type  - Type of edges to retrieve.
* @return {Iterator}
*/
function createEdgeIterator(graph, type) {
	if (graph.size === 0) return emptyIterator();
	const shouldFilter = type !== "mixed" && type !== graph.type;
	const mask = type === "undirected";
	const iterator = graph._edges.values();
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			let step, data;
			while (true) {
				step = iterator.next();
				if (step.done) return step;
				data = step.value;
				if (shouldFilter && data.undirected !== mask) continue;
				break;
			}
			return {
				value: {
					edge: data.key,
					attributes: data.attributes,
					source: data.source.key,
					target: data.target.key,
					sourceAttributes: data.source.attributes,
					targetAttributes: data.target.attributes,
					undirected: data.undirected
				},
				done: false
			};
		}
	};
}
/**
* Function iterating over a node's edges using a callback to match one of them.
*
* @param  {boolean}  multi     - Whether the graph is multi or not.
* @param  {string}   type      - Type of edges to retrieve.
* @param  {string}   direction - In or out?
* @param  {any}      nodeData  - Target node's data.
* @param  {function} callback  - Function to call.
*/
function forEachEdgeForNode(breakable, multi, type, direction, nodeData, callback) {
	const fn = multi ? forEachMulti : forEachSimple;
	let found;
	if (type !== "undirected") {
		if (direction !== "out") {
			found = fn(breakable, nodeData.in, callback);
			if (breakable && found) return found;
		}
		if (direction !== "in") {
			found = fn(breakable, nodeData.out, callback, !direction ? nodeData.key : void 0);
			if (breakable && found) return found;
		}
	}
	if (type !== "directed") {
		found = fn(breakable, nodeData.undirected, callback);
		if (breakable && found) return found;
	}
}
/**
* Function creating an array of edges for the given type & the given node.
*
* @param  {boolean} multi     - Whether the graph is multi or not.
* @param  {string}  type      - Type of edges to retrieve.
* @param  {string}  direction - In or out?
* @param  {any}     nodeData  - Target node's data.
* @return {array}             - Array of edges.
*/
function createEdgeArrayForNode(multi, type, direction, nodeData) {
	const edges = [];
	forEachEdgeForNode(false, multi, type, direction, nodeData, function(key) {
		edges.push(key);
	});
	return edges;
}
/**
* Function iterating over a node's edges using a callback.
*
* @param  {string}   type      - Type of edges to retrieve.
* @param  {string}   direction - In or out?
* @param  {any}      nodeData  - Target node's data.
* @return {Iterator}
*/
function createEdgeIteratorForNode(type, direction, nodeData) {
	let iterator = emptyIterator();
	if (type !== "undirected") {
		if (direction !== "out" && typeof nodeData.in !== "undefined") iterator = chain(iterator, createIterator(nodeData.in));
		if (direction !== "in" && typeof nodeData.out !== "undefined") iterator = chain(iterator, createIterator(nodeData.out, !direction ? nodeData.key : void 0));
	}
	if (type !== "directed" && typeof nodeData.undirected !== "undefined") iterator = chain(iterator, createIterator(nodeData.undirected));
	return iterator;
}
/**
* Function iterating over edges for the given path using a callback to match
* one of them.
*
* @param  {string}   type       - Type of edges to retrieve.
* @param  {boolean}  multi      - Whether the graph is multi.
* @param  {string}   direction  - In or out?
* @param  {NodeData} sourceData - Source node's data.
* @param  {string}   target     - Target node.
* @param  {function} callback   - Function to call.
*/
function forEachEdgeForPath(breakable, type, multi, direction, sourceData, target, callback) {
	const fn = multi ? forEachForKeyMulti : forEachForKeySimple;
	let found;
	if (type !== "undirected") {
		if (typeof sourceData.in !== "undefined" && direction !== "out") {
			found = fn(breakable, sourceData.in, target, callback);
			if (breakable && found) return found;
		}
		if (typeof sourceData.out !== "undefined" && direction !== "in" && (direction || sourceData.key !== target)) {
			found = fn(breakable, sourceData.out, target, callback);
			if (breakable && found) return found;
		}
	}
	if (type !== "directed") {
		if (typeof sourceData.undirected !== "undefined") {
			found = fn(breakable, sourceData.undirected, target, callback);
			if (breakable && found) return found;
		}
	}
}
/**
* Function creating an array of edges for the given path.
*
* @param  {string}   type       - Type of edges to retrieve.
* @param  {boolean}  multi      - Whether the graph is multi.
* @param  {string}   direction  - In or out?
* @param  {NodeData} sourceData - Source node's data.
* @param  {any}      target     - Target node.
* @return {array}               - Array of edges.
*/
function createEdgeArrayForPath(type, multi, direction, sourceData, target) {
	const edges = [];
	forEachEdgeForPath(false, type, multi, direction, sourceData, target, function(key) {
		edges.push(key);
	});
	return edges;
}
/**
* Function returning an iterator over edges for the given path.
*
* @param  {string}   type       - Type of edges to retrieve.
* @param  {string}   direction  - In or out?
* @param  {NodeData} sourceData - Source node's data.
* @param  {string}   target     - Target node.
* @param  {function} callback   - Function to call.
*/
function createEdgeIteratorForPath(type, direction, sourceData, target) {
	let iterator = emptyIterator();
	if (type !== "undirected") {
		if (typeof sourceData.in !== "undefined" && direction !== "out" && target in sourceData.in) iterator = chain(iterator, createIteratorForKey(sourceData.in, target));
		if (typeof sourceData.out !== "undefined" && direction !== "in" && target in sourceData.out && (direction || sourceData.key !== target)) iterator = chain(iterator, createIteratorForKey(sourceData.out, target));
	}
	if (type !== "directed") {
		if (typeof sourceData.undirected !== "undefined" && target in sourceData.undirected) iterator = chain(iterator, createIteratorForKey(sourceData.undirected, target));
	}
	return iterator;
}
/**
* Function attaching an edge array creator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachEdgeArrayCreator(Class, description) {
	const { name, type, direction } = description;
	/**
	* Function returning an array of certain edges.
	*
	* Arity 0: Return all the relevant edges.
	*
	* Arity 1: Return all of a node's relevant edges.
	* @param  {any}   node   - Target node.
	*
	* Arity 2: Return the relevant edges across the given path.
	* @param  {any}   source - Source node.
	* @param  {any}   target - Target node.
	*
	* @return {array|number} - The edges or the number of edges.
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[name] = function(source, target) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return [];
		if (!arguments.length) return createEdgeArray(this, type);
		if (arguments.length === 1) {
			source = "" + source;
			const nodeData = this._nodes.get(source);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${name}: could not find the "${source}" node in the graph.`);
			return createEdgeArrayForNode(this.multi, type === "mixed" ? this.type : type, direction, nodeData);
		}
		if (arguments.length === 2) {
			source = "" + source;
			target = "" + target;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${target}" target node in the graph.`);
			return createEdgeArrayForPath(type, this.multi, direction, sourceData, target);
		}
		throw new InvalidArgumentsGraphError(`Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`);
	};
}
/**
* Function attaching a edge callback iterator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachForEachEdge(Class, description) {
	const { name, type, direction } = description;
	const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
	/**
	* Function iterating over the graph's relevant edges by applying the given
	* callback.
	*
	* Arity 1: Iterate over all the relevant edges.
	* @param  {function} callback - Callback to use.
	*
	* Arity 2: Iterate over all of a node's relevant edges.
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* Arity 3: Iterate over the relevant edges across the given path.
	* @param  {any}      source   - Source node.
	* @param  {any}      target   - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[forEachName] = function(source, target, callback) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
		if (arguments.length === 1) {
			callback = source;
			return forEachEdge(false, this, type, callback);
		}
		if (arguments.length === 2) {
			source = "" + source;
			callback = target;
			const nodeData = this._nodes.get(source);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${forEachName}: could not find the "${source}" node in the graph.`);
			return forEachEdgeForNode(false, this.multi, type === "mixed" ? this.type : type, direction, nodeData, callback);
		}
		if (arguments.length === 3) {
			source = "" + source;
			target = "" + target;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.${forEachName}:  could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${forEachName}:  could not find the "${target}" target node in the graph.`);
			return forEachEdgeForPath(false, type, this.multi, direction, sourceData, target, callback);
		}
		throw new InvalidArgumentsGraphError(`Graph.${forEachName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`);
	};
	/**
	* Function mapping the graph's relevant edges by applying the given
	* callback.
	*
	* Arity 1: Map all the relevant edges.
	* @param  {function} callback - Callback to use.
	*
	* Arity 2: Map all of a node's relevant edges.
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* Arity 3: Map the relevant edges across the given path.
	* @param  {any}      source   - Source node.
	* @param  {any}      target   - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const mapName = "map" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[mapName] = function() {
		const args = Array.prototype.slice.call(arguments);
		const callback = args.pop();
		let result;
		if (args.length === 0) {
			let length = 0;
			if (type !== "directed") length += this.undirectedSize;
			if (type !== "undirected") length += this.directedSize;
			result = new Array(length);
			let i = 0;
			args.push((e, ea, s, t, sa, ta, u) => {
				result[i++] = callback(e, ea, s, t, sa, ta, u);
			});
		} else {
			result = [];
			args.push((e, ea, s, t, sa, ta, u) => {
				result.push(callback(e, ea, s, t, sa, ta, u));
			});
		}
		this[forEachName].apply(this, args);
		return result;
	};
	/**
	* Function filtering the graph's relevant edges using the provided predicate
	* function.
	*
	* Arity 1: Filter all the relevant edges.
	* @param  {function} predicate - Predicate to use.
	*
	* Arity 2: Filter all of a node's relevant edges.
	* @param  {any}      node      - Target node.
	* @param  {function} predicate - Predicate to use.
	*
	* Arity 3: Filter the relevant edges across the given path.
	* @param  {any}      source    - Source node.
	* @param  {any}      target    - Target node.
	* @param  {function} predicate - Predicate to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[filterName] = function() {
		const args = Array.prototype.slice.call(arguments);
		const callback = args.pop();
		const result = [];
		args.push((e, ea, s, t, sa, ta, u) => {
			if (callback(e, ea, s, t, sa, ta, u)) result.push(e);
		});
		this[forEachName].apply(this, args);
		return result;
	};
	/**
	* Function reducing the graph's relevant edges using the provided accumulator
	* function.
	*
	* Arity 1: Reduce all the relevant edges.
	* @param  {function} accumulator  - Accumulator to use.
	* @param  {any}      initialValue - Initial value.
	*
	* Arity 2: Reduce all of a node's relevant edges.
	* @param  {any}      node         - Target node.
	* @param  {function} accumulator  - Accumulator to use.
	* @param  {any}      initialValue - Initial value.
	*
	* Arity 3: Reduce the relevant edges across the given path.
	* @param  {any}      source       - Source node.
	* @param  {any}      target       - Target node.
	* @param  {function} accumulator  - Accumulator to use.
	* @param  {any}      initialValue - Initial value.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[reduceName] = function() {
		let args = Array.prototype.slice.call(arguments);
		if (args.length < 2 || args.length > 4) throw new InvalidArgumentsGraphError(`Graph.${reduceName}: invalid number of arguments (expecting 2, 3 or 4 and got ${args.length}).`);
		if (typeof args[args.length - 1] === "function" && typeof args[args.length - 2] !== "function") throw new InvalidArgumentsGraphError(`Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);
		let callback;
		let initialValue;
		if (args.length === 2) {
			callback = args[0];
			initialValue = args[1];
			args = [];
		} else if (args.length === 3) {
			callback = args[1];
			initialValue = args[2];
			args = [args[0]];
		} else if (args.length === 4) {
			callback = args[2];
			initialValue = args[3];
			args = [args[0], args[1]];
		}
		let accumulator = initialValue;
		args.push((e, ea, s, t, sa, ta, u) => {
			accumulator = callback(accumulator, e, ea, s, t, sa, ta, u);
		});
		this[forEachName].apply(this, args);
		return accumulator;
	};
}
/**
* Function attaching a breakable edge callback iterator method to the Graph
* prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachFindEdge(Class, description) {
	const { name, type, direction } = description;
	const findEdgeName = "find" + name[0].toUpperCase() + name.slice(1, -1);
	/**
	* Function iterating over the graph's relevant edges in order to match
	* one of them using the provided predicate function.
	*
	* Arity 1: Iterate over all the relevant edges.
	* @param  {function} callback - Callback to use.
	*
	* Arity 2: Iterate over all of a node's relevant edges.
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* Arity 3: Iterate over the relevant edges across the given path.
	* @param  {any}      source   - Source node.
	* @param  {any}      target   - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[findEdgeName] = function(source, target, callback) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return false;
		if (arguments.length === 1) {
			callback = source;
			return forEachEdge(true, this, type, callback);
		}
		if (arguments.length === 2) {
			source = "" + source;
			callback = target;
			const nodeData = this._nodes.get(source);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${findEdgeName}: could not find the "${source}" node in the graph.`);
			return forEachEdgeForNode(true, this.multi, type === "mixed" ? this.type : type, direction, nodeData, callback);
		}
		if (arguments.length === 3) {
			source = "" + source;
			target = "" + target;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.${findEdgeName}:  could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${findEdgeName}:  could not find the "${target}" target node in the graph.`);
			return forEachEdgeForPath(true, type, this.multi, direction, sourceData, target, callback);
		}
		throw new InvalidArgumentsGraphError(`Graph.${findEdgeName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`);
	};
	/**
	* Function iterating over the graph's relevant edges in order to assert
	* whether any one of them matches the provided predicate function.
	*
	* Arity 1: Iterate over all the relevant edges.
	* @param  {function} callback - Callback to use.
	*
	* Arity 2: Iterate over all of a node's relevant edges.
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* Arity 3: Iterate over the relevant edges across the given path.
	* @param  {any}      source   - Source node.
	* @param  {any}      target   - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const someName = "some" + name[0].toUpperCase() + name.slice(1, -1);
	Class.prototype[someName] = function() {
		const args = Array.prototype.slice.call(arguments);
		const callback = args.pop();
		args.push((e, ea, s, t, sa, ta, u) => {
			return callback(e, ea, s, t, sa, ta, u);
		});
		if (this[findEdgeName].apply(this, args)) return true;
		return false;
	};
	/**
	* Function iterating over the graph's relevant edges in order to assert
	* whether all of them matche the provided predicate function.
	*
	* Arity 1: Iterate over all the relevant edges.
	* @param  {function} callback - Callback to use.
	*
	* Arity 2: Iterate over all of a node's relevant edges.
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* Arity 3: Iterate over the relevant edges across the given path.
	* @param  {any}      source   - Source node.
	* @param  {any}      target   - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const everyName = "every" + name[0].toUpperCase() + name.slice(1, -1);
	Class.prototype[everyName] = function() {
		const args = Array.prototype.slice.call(arguments);
		const callback = args.pop();
		args.push((e, ea, s, t, sa, ta, u) => {
			return !callback(e, ea, s, t, sa, ta, u);
		});
		if (this[findEdgeName].apply(this, args)) return false;
		return true;
	};
}
/**
* Function attaching an edge iterator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachEdgeIteratorCreator(Class, description) {
	const { name: originalName, type, direction } = description;
	const name = originalName.slice(0, -1) + "Entries";
	/**
	* Function returning an iterator over the graph's edges.
	*
	* Arity 0: Iterate over all the relevant edges.
	*
	* Arity 1: Iterate over all of a node's relevant edges.
	* @param  {any}   node   - Target node.
	*
	* Arity 2: Iterate over the relevant edges across the given path.
	* @param  {any}   source - Source node.
	* @param  {any}   target - Target node.
	*
	* @return {array|number} - The edges or the number of edges.
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[name] = function(source, target) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return emptyIterator();
		if (!arguments.length) return createEdgeIterator(this, type);
		if (arguments.length === 1) {
			source = "" + source;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.${name}: could not find the "${source}" node in the graph.`);
			return createEdgeIteratorForNode(type, direction, sourceData);
		}
		if (arguments.length === 2) {
			source = "" + source;
			target = "" + target;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${target}" target node in the graph.`);
			return createEdgeIteratorForPath(type, direction, sourceData, target);
		}
		throw new InvalidArgumentsGraphError(`Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`);
	};
}
/**
* Function attaching every edge iteration method to the Graph class.
*
* @param {function} Graph - Graph class.
*/
function attachEdgeIterationMethods(Graph) {
	EDGES_ITERATION.forEach((description) => {
		attachEdgeArrayCreator(Graph, description);
		attachForEachEdge(Graph, description);
		attachFindEdge(Graph, description);
		attachEdgeIteratorCreator(Graph, description);
	});
}
/**
* Graphology Neighbor Iteration
* ==============================
*
* Attaching some methods to the Graph class to be able to iterate over
* neighbors.
*/
/**
* Definitions.
*/
const NEIGHBORS_ITERATION = [
	{
		name: "neighbors",
		type: "mixed"
	},
	{
		name: "inNeighbors",
		type: "directed",
		direction: "in"
	},
	{
		name: "outNeighbors",
		type: "directed",
		direction: "out"
	},
	{
		name: "inboundNeighbors",
		type: "mixed",
		direction: "in"
	},
	{
		name: "outboundNeighbors",
		type: "mixed",
		direction: "out"
	},
	{
		name: "directedNeighbors",
		type: "directed"
	},
	{
		name: "undirectedNeighbors",
		type: "undirected"
	}
];
/**
* Helpers.
*/
function CompositeSetWrapper() {
	this.A = null;
	this.B = null;
}
CompositeSetWrapper.prototype.wrap = function(set) {
	if (this.A === null) this.A = set;
	else if (this.B === null) this.B = set;
};
CompositeSetWrapper.prototype.has = function(key) {
	if (this.A !== null && key in this.A) return true;
	if (this.B !== null && key in this.B) return true;
	return false;
};
/**
* Function iterating over the given node's relevant neighbors to match
* one of them using a predicated function.
*
* @param  {string}   type      - Type of neighbors.
* @param  {string}   direction - Direction.
* @param  {any}      nodeData  - Target node's data.
* @param  {function} callback  - Callback to use.
*/
function forEachInObjectOnce(breakable, visited, nodeData, object, callback) {
	for (const k in object) {
		const edgeData = object[k];
		const sourceData = edgeData.source;
		const targetData = edgeData.target;
		const neighborData = sourceData === nodeData ? targetData : sourceData;
		if (visited && visited.has(neighborData.key)) continue;
		const shouldBreak = callback(neighborData.key, neighborData.attributes);
		if (breakable && shouldBreak) return neighborData.key;
	}
}
function forEachNeighbor(breakable, type, direction, nodeData, callback) {
	if (type !== "mixed") {
		if (type === "undirected") return forEachInObjectOnce(breakable, null, nodeData, nodeData.undirected, callback);
		if (typeof direction === "string") return forEachInObjectOnce(breakable, null, nodeData, nodeData[direction], callback);
	}
	const visited = new CompositeSetWrapper();
	let found;
	if (type !== "undirected") {
		if (direction !== "out") {
			found = forEachInObjectOnce(breakable, null, nodeData, nodeData.in, callback);
			if (breakable && found) return found;
			visited.wrap(nodeData.in);
		}
		if (direction !== "in") {
			found = forEachInObjectOnce(breakable, visited, nodeData, nodeData.out, callback);
			if (breakable && found) return found;
			visited.wrap(nodeData.out);
		}
	}
	if (type !== "directed") {
		found = forEachInObjectOnce(breakable, visited, nodeData, nodeData.undirected, callback);
		if (breakable && found) return found;
	}
}
/**
* Function creating an array of relevant neighbors for the given node.
*
* @param  {string}       type      - Type of neighbors.
* @param  {string}       direction - Direction.
* @param  {any}          nodeData  - Target node's data.
* @return {Array}                  - The list of neighbors.
*/
function createNeighborArrayForNode(type, direction, nodeData) {
	if (type !== "mixed") {
		if (type === "undirected") return Object.keys(nodeData.undirected);
		if (typeof direction === "string") return Object.keys(nodeData[direction]);
	}
	const neighbors = [];
	forEachNeighbor(false, type, direction, nodeData, function(key) {
		neighbors.push(key);
	});
	return neighbors;
}
/**
* Function returning an iterator over the given node's relevant neighbors.
*
* @param  {string}   type      - Type of neighbors.
* @param  {string}   direction - Direction.
* @param  {any}      nodeData  - Target node's data.
* @return {Iterator}
*/
function createDedupedObjectIterator(visited, nodeData, object) {
	const keys = Object.keys(object);
	const l = keys.length;
	let i = 0;
	return {
		[Symbol.iterator]() {
			return this;
		},
		next() {
			let neighborData = null;
			do {
				if (i >= l) {
					if (visited) visited.wrap(object);
					return { done: true };
				}
				const edgeData = object[keys[i++]];
				const sourceData = edgeData.source;
				const targetData = edgeData.target;
				neighborData = sourceData === nodeData ? targetData : sourceData;
				if (visited && visited.has(neighborData.key)) {
					neighborData = null;
					continue;
				}
			} while (neighborData === null);
			return {
				done: false,
				value: {
					neighbor: neighborData.key,
					attributes: neighborData.attributes
				}
			};
		}
	};
}
function createNeighborIterator(type, direction, nodeData) {
	if (type !== "mixed") {
		if (type === "undirected") return createDedupedObjectIterator(null, nodeData, nodeData.undirected);
		if (typeof direction === "string") return createDedupedObjectIterator(null, nodeData, nodeData[direction]);
	}
	let iterator = emptyIterator();
	const visited = new CompositeSetWrapper();
	if (type !== "undirected") {
		if (direction !== "out") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.in));
		if (direction !== "in") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.out));
	}
	if (type !== "directed") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.undirected));
	return iterator;
}
/**
* Function attaching a neighbors array creator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachNeighborArrayCreator(Class, description) {
	const { name, type, direction } = description;
	/**
	* Function returning an array of certain neighbors.
	*
	* @param  {any}   node   - Target node.
	* @return {array} - The neighbors of neighbors.
	*
	* @throws {Error} - Will throw if node is not found in the graph.
	*/
	Class.prototype[name] = function(node) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return [];
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${name}: could not find the "${node}" node in the graph.`);
		return createNeighborArrayForNode(type === "mixed" ? this.type : type, direction, nodeData);
	};
}
/**
* Function attaching a neighbors callback iterator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachForEachNeighbor(Class, description) {
	const { name, type, direction } = description;
	const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
	/**
	* Function iterating over all the relevant neighbors using a callback.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[forEachName] = function(node, callback) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${forEachName}: could not find the "${node}" node in the graph.`);
		forEachNeighbor(false, type === "mixed" ? this.type : type, direction, nodeData, callback);
	};
	/**
	* Function mapping the relevant neighbors using a callback.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const mapName = "map" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[mapName] = function(node, callback) {
		const result = [];
		this[forEachName](node, (n, a) => {
			result.push(callback(n, a));
		});
		return result;
	};
	/**
	* Function filtering the relevant neighbors using a callback.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[filterName] = function(node, callback) {
		const result = [];
		this[forEachName](node, (n, a) => {
			if (callback(n, a)) result.push(n);
		});
		return result;
	};
	/**
	* Function reducing the relevant neighbors using a callback.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
	Class.prototype[reduceName] = function(node, callback, initialValue) {
		if (arguments.length < 3) throw new InvalidArgumentsGraphError(`Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);
		let accumulator = initialValue;
		this[forEachName](node, (n, a) => {
			accumulator = callback(accumulator, n, a);
		});
		return accumulator;
	};
}
/**
* Function attaching a breakable neighbors callback iterator method to the
* Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachFindNeighbor(Class, description) {
	const { name, type, direction } = description;
	const capitalizedSingular = name[0].toUpperCase() + name.slice(1, -1);
	const findName = "find" + capitalizedSingular;
	/**
	* Function iterating over all the relevant neighbors using a callback.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	* @return {undefined}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[findName] = function(node, callback) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${findName}: could not find the "${node}" node in the graph.`);
		return forEachNeighbor(true, type === "mixed" ? this.type : type, direction, nodeData, callback);
	};
	/**
	* Function iterating over all the relevant neighbors to find if any of them
	* matches the given predicate.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const someName = "some" + capitalizedSingular;
	Class.prototype[someName] = function(node, callback) {
		if (this[findName](node, callback)) return true;
		return false;
	};
	/**
	* Function iterating over all the relevant neighbors to find if all of them
	* matche the given predicate.
	*
	* @param  {any}      node     - Target node.
	* @param  {function} callback - Callback to use.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	const everyName = "every" + capitalizedSingular;
	Class.prototype[everyName] = function(node, callback) {
		if (this[findName](node, (n, a) => {
			return !callback(n, a);
		})) return false;
		return true;
	};
}
/**
* Function attaching a neighbors callback iterator method to the Graph prototype.
*
* @param {function} Class       - Target class.
* @param {object}   description - Method description.
*/
function attachNeighborIteratorCreator(Class, description) {
	const { name, type, direction } = description;
	const iteratorName = name.slice(0, -1) + "Entries";
	/**
	* Function returning an iterator over all the relevant neighbors.
	*
	* @param  {any}      node     - Target node.
	* @return {Iterator}
	*
	* @throws {Error} - Will throw if there are too many arguments.
	*/
	Class.prototype[iteratorName] = function(node) {
		if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return emptyIterator();
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${iteratorName}: could not find the "${node}" node in the graph.`);
		return createNeighborIterator(type === "mixed" ? this.type : type, direction, nodeData);
	};
}
/**
* Function attaching every neighbor iteration method to the Graph class.
*
* @param {function} Graph - Graph class.
*/
function attachNeighborIterationMethods(Graph) {
	NEIGHBORS_ITERATION.forEach((description) => {
		attachNeighborArrayCreator(Graph, description);
		attachForEachNeighbor(Graph, description);
		attachFindNeighbor(Graph, description);
		attachNeighborIteratorCreator(Graph, description);
	});
}
/**
* Graphology Adjacency Iteration
* ===============================
*
* Attaching some methods to the Graph class to be able to iterate over a
* graph's adjacency.
*/
/**
* Function iterating over a simple graph's adjacency using a callback.
*
* @param {boolean}  breakable         - Can we break?
* @param {boolean}  assymetric        - Whether to emit undirected edges only once.
* @param {boolean}  disconnectedNodes - Whether to emit disconnected nodes.
* @param {Graph}    graph             - Target Graph instance.
* @param {callback} function          - Iteration callback.
*/
function forEachAdjacency(breakable, assymetric, disconnectedNodes, graph, callback) {
	const iterator = graph._nodes.values();
	const type = graph.type;
	let step, sourceData, neighbor, adj, edgeData, targetData, shouldBreak;
	while (step = iterator.next(), step.done !== true) {
		let hasEdges = false;
		sourceData = step.value;
		if (type !== "undirected") {
			adj = sourceData.out;
			for (neighbor in adj) {
				edgeData = adj[neighbor];
				do {
					targetData = edgeData.target;
					hasEdges = true;
					shouldBreak = callback(sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.key, edgeData.attributes, edgeData.undirected);
					if (breakable && shouldBreak) return edgeData;
					edgeData = edgeData.next;
				} while (edgeData);
			}
		}
		if (type !== "directed") {
			adj = sourceData.undirected;
			for (neighbor in adj) {
				if (assymetric && sourceData.key > neighbor) continue;
				edgeData = adj[neighbor];
				do {
					targetData = edgeData.target;
					if (targetData.key !== neighbor) targetData = edgeData.source;
					hasEdges = true;
					shouldBreak = callback(sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.key, edgeData.attributes, edgeData.undirected);
					if (breakable && shouldBreak) return edgeData;
					edgeData = edgeData.next;
				} while (edgeData);
			}
		}
		if (disconnectedNodes && !hasEdges) {
			shouldBreak = callback(sourceData.key, null, sourceData.attributes, null, null, null, null);
			if (breakable && shouldBreak) return null;
		}
	}
}
/**
* Graphology Serialization Utilities
* ===================================
*
* Collection of functions used by the graph serialization schemes.
*/
/**
* Formats internal node data into a serialized node.
*
* @param  {any}    key  - The node's key.
* @param  {object} data - Internal node's data.
* @return {array}       - The serialized node.
*/
function serializeNode(key, data) {
	const serialized = { key };
	if (!isEmpty(data.attributes)) serialized.attributes = assign({}, data.attributes);
	return serialized;
}
/**
* Formats internal edge data into a serialized edge.
*
* @param  {string} type - The graph's type.
* @param  {any}    key  - The edge's key.
* @param  {object} data - Internal edge's data.
* @return {array}       - The serialized edge.
*/
function serializeEdge(type, key, data) {
	const serialized = {
		key,
		source: data.source.key,
		target: data.target.key
	};
	if (!isEmpty(data.attributes)) serialized.attributes = assign({}, data.attributes);
	if (type === "mixed" && data.undirected) serialized.undirected = true;
	return serialized;
}
/**
* Checks whether the given value is a serialized node.
*
* @param  {mixed} value - Target value.
* @return {string|null}
*/
function validateSerializedNode(value) {
	if (!isPlainObject$1(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized node. A serialized node should be a plain object with at least a \"key\" property.");
	if (!("key" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized node is missing its key.");
	if ("attributes" in value && (!isPlainObject$1(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
}
/**
* Checks whether the given value is a serialized edge.
*
* @param  {mixed} value - Target value.
* @return {string|null}
*/
function validateSerializedEdge(value) {
	if (!isPlainObject$1(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a \"source\" & \"target\" property.");
	if (!("source" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its source.");
	if (!("target" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its target.");
	if ("attributes" in value && (!isPlainObject$1(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
	if ("undirected" in value && typeof value.undirected !== "boolean") throw new InvalidArgumentsGraphError("Graph.import: invalid undirectedness information. Undirected should be boolean or omitted.");
}
/**
* Constants.
*/
const INSTANCE_ID = incrementalIdStartingFromRandomByte();
/**
* Enums.
*/
const TYPES = /* @__PURE__ */ new Set([
	"directed",
	"undirected",
	"mixed"
]);
const EMITTER_PROPS = /* @__PURE__ */ new Set([
	"domain",
	"_events",
	"_eventsCount",
	"_maxListeners"
]);
const EDGE_ADD_METHODS = [
	{
		name: (verb) => `${verb}Edge`,
		generateKey: true
	},
	{
		name: (verb) => `${verb}DirectedEdge`,
		generateKey: true,
		type: "directed"
	},
	{
		name: (verb) => `${verb}UndirectedEdge`,
		generateKey: true,
		type: "undirected"
	},
	{ name: (verb) => `${verb}EdgeWithKey` },
	{
		name: (verb) => `${verb}DirectedEdgeWithKey`,
		type: "directed"
	},
	{
		name: (verb) => `${verb}UndirectedEdgeWithKey`,
		type: "undirected"
	}
];
/**
* Default options.
*/
const DEFAULTS = {
	allowSelfLoops: true,
	multi: false,
	type: "mixed"
};
/**
* Abstract functions used by the Graph class for various methods.
*/
/**
* Internal method used to add a node to the given graph
*
* @param  {Graph}   graph           - Target graph.
* @param  {any}     node            - The node's key.
* @param  {object}  [attributes]    - Optional attributes.
* @return {NodeData}                - Created node data.
*/
function addNode(graph, node, attributes) {
	if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`);
	node = "" + node;
	attributes = attributes || {};
	if (graph._nodes.has(node)) throw new UsageGraphError(`Graph.addNode: the "${node}" node already exist in the graph.`);
	const data = new graph.NodeDataClass(node, attributes);
	graph._nodes.set(node, data);
	graph.emit("nodeAdded", {
		key: node,
		attributes
	});
	return data;
}
/**
* Same as the above but without sanity checks because we call this in contexts
* where necessary checks were already done.
*/
function unsafeAddNode(graph, node, attributes) {
	const data = new graph.NodeDataClass(node, attributes);
	graph._nodes.set(node, data);
	graph.emit("nodeAdded", {
		key: node,
		attributes
	});
	return data;
}
/**
* Internal method used to add an arbitrary edge to the given graph.
*
* @param  {Graph}   graph           - Target graph.
* @param  {string}  name            - Name of the child method for errors.
* @param  {boolean} mustGenerateKey - Should the graph generate an id?
* @param  {boolean} undirected      - Whether the edge is undirected.
* @param  {any}     edge            - The edge's key.
* @param  {any}     source          - The source node.
* @param  {any}     target          - The target node.
* @param  {object}  [attributes]    - Optional attributes.
* @return {any}                     - The edge.
*
* @throws {Error} - Will throw if the graph is of the wrong type.
* @throws {Error} - Will throw if the given attributes are not an object.
* @throws {Error} - Will throw if source or target doesn't exist.
* @throws {Error} - Will throw if the edge already exist.
*/
function addEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes) {
	if (!undirected && graph.type === "undirected") throw new UsageGraphError(`Graph.${name}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`);
	if (undirected && graph.type === "directed") throw new UsageGraphError(`Graph.${name}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`);
	if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
	source = "" + source;
	target = "" + target;
	attributes = attributes || {};
	if (!graph.allowSelfLoops && source === target) throw new UsageGraphError(`Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);
	const sourceData = graph._nodes.get(source), targetData = graph._nodes.get(target);
	if (!sourceData) throw new NotFoundGraphError(`Graph.${name}: source node "${source}" not found.`);
	if (!targetData) throw new NotFoundGraphError(`Graph.${name}: target node "${target}" not found.`);
	const eventData = {
		key: null,
		undirected,
		source,
		target,
		attributes
	};
	if (mustGenerateKey) edge = graph._edgeKeyGenerator();
	else {
		edge = "" + edge;
		if (graph._edges.has(edge)) throw new UsageGraphError(`Graph.${name}: the "${edge}" edge already exists in the graph.`);
	}
	if (!graph.multi && (undirected ? typeof sourceData.undirected[target] !== "undefined" : typeof sourceData.out[target] !== "undefined")) throw new UsageGraphError(`Graph.${name}: an edge linking "${source}" to "${target}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`);
	const edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
	graph._edges.set(edge, edgeData);
	const isSelfLoop = source === target;
	if (undirected) {
		sourceData.undirectedDegree++;
		targetData.undirectedDegree++;
		if (isSelfLoop) {
			sourceData.undirectedLoops++;
			graph._undirectedSelfLoopCount++;
		}
	} else {
		sourceData.outDegree++;
		targetData.inDegree++;
		if (isSelfLoop) {
			sourceData.directedLoops++;
			graph._directedSelfLoopCount++;
		}
	}
	if (graph.multi) edgeData.attachMulti();
	else edgeData.attach();
	if (undirected) graph._undirectedSize++;
	else graph._directedSize++;
	eventData.key = edge;
	graph.emit("edgeAdded", eventData);
	return edge;
}
/**
* Internal method used to add an arbitrary edge to the given graph.
*
* @param  {Graph}   graph           - Target graph.
* @param  {string}  name            - Name of the child method for errors.
* @param  {boolean} mustGenerateKey - Should the graph generate an id?
* @param  {boolean} undirected      - Whether the edge is undirected.
* @param  {any}     edge            - The edge's key.
* @param  {any}     source          - The source node.
* @param  {any}     target          - The target node.
* @param  {object}  [attributes]    - Optional attributes.
* @param  {boolean} [asUpdater]       - Are we updating or merging?
* @return {any}                     - The edge.
*
* @throws {Error} - Will throw if the graph is of the wrong type.
* @throws {Error} - Will throw if the given attributes are not an object.
* @throws {Error} - Will throw if source or target doesn't exist.
* @throws {Error} - Will throw if the edge already exist.
*/
function mergeEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes, asUpdater) {
	if (!undirected && graph.type === "undirected") throw new UsageGraphError(`Graph.${name}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`);
	if (undirected && graph.type === "directed") throw new UsageGraphError(`Graph.${name}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`);
	if (attributes) {
		if (asUpdater) {
			if (typeof attributes !== "function") throw new InvalidArgumentsGraphError(`Graph.${name}: invalid updater function. Expecting a function but got "${attributes}"`);
		} else if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
	}
	source = "" + source;
	target = "" + target;
	let updater;
	if (asUpdater) {
		updater = attributes;
		attributes = void 0;
	}
	if (!graph.allowSelfLoops && source === target) throw new UsageGraphError(`Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);
	let sourceData = graph._nodes.get(source);
	let targetData = graph._nodes.get(target);
	let edgeData;
	let alreadyExistingEdgeData;
	if (!mustGenerateKey) {
		edgeData = graph._edges.get(edge);
		if (edgeData) {
			if (edgeData.source.key !== source || edgeData.target.key !== target) {
				if (!undirected || edgeData.source.key !== target || edgeData.target.key !== source) throw new UsageGraphError(`Graph.${name}: inconsistency detected when attempting to merge the "${edge}" edge with "${source}" source & "${target}" target vs. ("${edgeData.source.key}", "${edgeData.target.key}").`);
			}
			alreadyExistingEdgeData = edgeData;
		}
	}
	if (!alreadyExistingEdgeData && !graph.multi && sourceData) alreadyExistingEdgeData = undirected ? sourceData.undirected[target] : sourceData.out[target];
	if (alreadyExistingEdgeData) {
		const info = [
			alreadyExistingEdgeData.key,
			false,
			false,
			false
		];
		if (asUpdater ? !updater : !attributes) return info;
		if (asUpdater) {
			const oldAttributes = alreadyExistingEdgeData.attributes;
			alreadyExistingEdgeData.attributes = updater(oldAttributes);
			graph.emit("edgeAttributesUpdated", {
				type: "replace",
				key: alreadyExistingEdgeData.key,
				attributes: alreadyExistingEdgeData.attributes
			});
		} else {
			assign(alreadyExistingEdgeData.attributes, attributes);
			graph.emit("edgeAttributesUpdated", {
				type: "merge",
				key: alreadyExistingEdgeData.key,
				attributes: alreadyExistingEdgeData.attributes,
				data: attributes
			});
		}
		return info;
	}
	attributes = attributes || {};
	if (asUpdater && updater) attributes = updater(attributes);
	const eventData = {
		key: null,
		undirected,
		source,
		target,
		attributes
	};
	if (mustGenerateKey) edge = graph._edgeKeyGenerator();
	else {
		edge = "" + edge;
		if (graph._edges.has(edge)) throw new UsageGraphError(`Graph.${name}: the "${edge}" edge already exists in the graph.`);
	}
	let sourceWasAdded = false;
	let targetWasAdded = false;
	if (!sourceData) {
		sourceData = unsafeAddNode(graph, source, {});
		sourceWasAdded = true;
		if (source === target) {
			targetData = sourceData;
			targetWasAdded = true;
		}
	}
	if (!targetData) {
		targetData = unsafeAddNode(graph, target, {});
		targetWasAdded = true;
	}
	edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
	graph._edges.set(edge, edgeData);
	const isSelfLoop = source === target;
	if (undirected) {
		sourceData.undirectedDegree++;
		targetData.undirectedDegree++;
		if (isSelfLoop) {
			sourceData.undirectedLoops++;
			graph._undirectedSelfLoopCount++;
		}
	} else {
		sourceData.outDegree++;
		targetData.inDegree++;
		if (isSelfLoop) {
			sourceData.directedLoops++;
			graph._directedSelfLoopCount++;
		}
	}
	if (graph.multi) edgeData.attachMulti();
	else edgeData.attach();
	if (undirected) graph._undirectedSize++;
	else graph._directedSize++;
	eventData.key = edge;
	graph.emit("edgeAdded", eventData);
	return [
		edge,
		true,
		sourceWasAdded,
		targetWasAdded
	];
}
/**
* Internal method used to drop an edge.
*
* @param  {Graph}    graph    - Target graph.
* @param  {EdgeData} edgeData - Data of the edge to drop.
*/
function dropEdgeFromData(graph, edgeData) {
	graph._edges.delete(edgeData.key);
	const { source: sourceData, target: targetData, attributes } = edgeData;
	const undirected = edgeData.undirected;
	const isSelfLoop = sourceData === targetData;
	if (undirected) {
		sourceData.undirectedDegree--;
		targetData.undirectedDegree--;
		if (isSelfLoop) {
			sourceData.undirectedLoops--;
			graph._undirectedSelfLoopCount--;
		}
	} else {
		sourceData.outDegree--;
		targetData.inDegree--;
		if (isSelfLoop) {
			sourceData.directedLoops--;
			graph._directedSelfLoopCount--;
		}
	}
	if (graph.multi) edgeData.detachMulti();
	else edgeData.detach();
	if (undirected) graph._undirectedSize--;
	else graph._directedSize--;
	graph.emit("edgeDropped", {
		key: edgeData.key,
		attributes,
		source: sourceData.key,
		target: targetData.key,
		undirected
	});
}
/**
* Graph class
*
* @constructor
* @param  {object}  [options] - Options:
* @param  {boolean}   [allowSelfLoops] - Allow self loops?
* @param  {string}    [type]           - Type of the graph.
* @param  {boolean}   [map]            - Allow references as keys?
* @param  {boolean}   [multi]          - Allow parallel edges?
*
* @throws {Error} - Will throw if the arguments are not valid.
*/
var Graph = class Graph extends import_events.EventEmitter {
	constructor(options) {
		super();
		options = assign({}, DEFAULTS, options);
		if (typeof options.multi !== "boolean") throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${options.multi}".`);
		if (!TYPES.has(options.type)) throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${options.type}".`);
		if (typeof options.allowSelfLoops !== "boolean") throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${options.allowSelfLoops}".`);
		const NodeDataClass = options.type === "mixed" ? MixedNodeData : options.type === "directed" ? DirectedNodeData : UndirectedNodeData;
		privateProperty(this, "NodeDataClass", NodeDataClass);
		const instancePrefix = "geid_" + INSTANCE_ID() + "_";
		let edgeId = 0;
		const edgeKeyGenerator = () => {
			let availableEdgeKey;
			do
				availableEdgeKey = instancePrefix + edgeId++;
			while (this._edges.has(availableEdgeKey));
			return availableEdgeKey;
		};
		privateProperty(this, "_attributes", {});
		privateProperty(this, "_nodes", /* @__PURE__ */ new Map());
		privateProperty(this, "_edges", /* @__PURE__ */ new Map());
		privateProperty(this, "_directedSize", 0);
		privateProperty(this, "_undirectedSize", 0);
		privateProperty(this, "_directedSelfLoopCount", 0);
		privateProperty(this, "_undirectedSelfLoopCount", 0);
		privateProperty(this, "_edgeKeyGenerator", edgeKeyGenerator);
		privateProperty(this, "_options", options);
		EMITTER_PROPS.forEach((prop) => privateProperty(this, prop, this[prop]));
		readOnlyProperty(this, "order", () => this._nodes.size);
		readOnlyProperty(this, "size", () => this._edges.size);
		readOnlyProperty(this, "directedSize", () => this._directedSize);
		readOnlyProperty(this, "undirectedSize", () => this._undirectedSize);
		readOnlyProperty(this, "selfLoopCount", () => this._directedSelfLoopCount + this._undirectedSelfLoopCount);
		readOnlyProperty(this, "directedSelfLoopCount", () => this._directedSelfLoopCount);
		readOnlyProperty(this, "undirectedSelfLoopCount", () => this._undirectedSelfLoopCount);
		readOnlyProperty(this, "multi", this._options.multi);
		readOnlyProperty(this, "type", this._options.type);
		readOnlyProperty(this, "allowSelfLoops", this._options.allowSelfLoops);
		readOnlyProperty(this, "implementation", () => "graphology");
	}
	_resetInstanceCounters() {
		this._directedSize = 0;
		this._undirectedSize = 0;
		this._directedSelfLoopCount = 0;
		this._undirectedSelfLoopCount = 0;
	}
	/**---------------------------------------------------------------------------
	* Read
	**---------------------------------------------------------------------------
	*/
	/**
	* Method returning whether the given node is found in the graph.
	*
	* @param  {any}     node - The node.
	* @return {boolean}
	*/
	hasNode(node) {
		return this._nodes.has("" + node);
	}
	/**
	* Method returning whether the given directed edge is found in the graph.
	*
	* Arity 1:
	* @param  {any}     edge - The edge's key.
	*
	* Arity 2:
	* @param  {any}     source - The edge's source.
	* @param  {any}     target - The edge's target.
	*
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the arguments are invalid.
	*/
	hasDirectedEdge(source, target) {
		if (this.type === "undirected") return false;
		if (arguments.length === 1) {
			const edge = "" + source;
			const edgeData = this._edges.get(edge);
			return !!edgeData && !edgeData.undirected;
		} else if (arguments.length === 2) {
			source = "" + source;
			target = "" + target;
			const nodeData = this._nodes.get(source);
			if (!nodeData) return false;
			return nodeData.out.hasOwnProperty(target);
		}
		throw new InvalidArgumentsGraphError(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
	}
	/**
	* Method returning whether the given undirected edge is found in the graph.
	*
	* Arity 1:
	* @param  {any}     edge - The edge's key.
	*
	* Arity 2:
	* @param  {any}     source - The edge's source.
	* @param  {any}     target - The edge's target.
	*
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the arguments are invalid.
	*/
	hasUndirectedEdge(source, target) {
		if (this.type === "directed") return false;
		if (arguments.length === 1) {
			const edge = "" + source;
			const edgeData = this._edges.get(edge);
			return !!edgeData && edgeData.undirected;
		} else if (arguments.length === 2) {
			source = "" + source;
			target = "" + target;
			const nodeData = this._nodes.get(source);
			if (!nodeData) return false;
			return nodeData.undirected.hasOwnProperty(target);
		}
		throw new InvalidArgumentsGraphError(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
	}
	/**
	* Method returning whether the given edge is found in the graph.
	*
	* Arity 1:
	* @param  {any}     edge - The edge's key.
	*
	* Arity 2:
	* @param  {any}     source - The edge's source.
	* @param  {any}     target - The edge's target.
	*
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the arguments are invalid.
	*/
	hasEdge(source, target) {
		if (arguments.length === 1) {
			const edge = "" + source;
			return this._edges.has(edge);
		} else if (arguments.length === 2) {
			source = "" + source;
			target = "" + target;
			const nodeData = this._nodes.get(source);
			if (!nodeData) return false;
			return typeof nodeData.out !== "undefined" && nodeData.out.hasOwnProperty(target) || typeof nodeData.undirected !== "undefined" && nodeData.undirected.hasOwnProperty(target);
		}
		throw new InvalidArgumentsGraphError(`Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
	}
	/**
	* Method returning the edge matching source & target in a directed fashion.
	*
	* @param  {any} source - The edge's source.
	* @param  {any} target - The edge's target.
	*
	* @return {any|undefined}
	*
	* @throws {Error} - Will throw if the graph is multi.
	* @throws {Error} - Will throw if source or target doesn't exist.
	*/
	directedEdge(source, target) {
		if (this.type === "undirected") return;
		source = "" + source;
		target = "" + target;
		if (this.multi) throw new UsageGraphError("Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead.");
		const sourceData = this._nodes.get(source);
		if (!sourceData) throw new NotFoundGraphError(`Graph.directedEdge: could not find the "${source}" source node in the graph.`);
		if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.directedEdge: could not find the "${target}" target node in the graph.`);
		const edgeData = sourceData.out && sourceData.out[target] || void 0;
		if (edgeData) return edgeData.key;
	}
	/**
	* Method returning the edge matching source & target in a undirected fashion.
	*
	* @param  {any} source - The edge's source.
	* @param  {any} target - The edge's target.
	*
	* @return {any|undefined}
	*
	* @throws {Error} - Will throw if the graph is multi.
	* @throws {Error} - Will throw if source or target doesn't exist.
	*/
	undirectedEdge(source, target) {
		if (this.type === "directed") return;
		source = "" + source;
		target = "" + target;
		if (this.multi) throw new UsageGraphError("Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead.");
		const sourceData = this._nodes.get(source);
		if (!sourceData) throw new NotFoundGraphError(`Graph.undirectedEdge: could not find the "${source}" source node in the graph.`);
		if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.undirectedEdge: could not find the "${target}" target node in the graph.`);
		const edgeData = sourceData.undirected && sourceData.undirected[target] || void 0;
		if (edgeData) return edgeData.key;
	}
	/**
	* Method returning the edge matching source & target in a mixed fashion.
	*
	* @param  {any} source - The edge's source.
	* @param  {any} target - The edge's target.
	*
	* @return {any|undefined}
	*
	* @throws {Error} - Will throw if the graph is multi.
	* @throws {Error} - Will throw if source or target doesn't exist.
	*/
	edge(source, target) {
		if (this.multi) throw new UsageGraphError("Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead.");
		source = "" + source;
		target = "" + target;
		const sourceData = this._nodes.get(source);
		if (!sourceData) throw new NotFoundGraphError(`Graph.edge: could not find the "${source}" source node in the graph.`);
		if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.edge: could not find the "${target}" target node in the graph.`);
		const edgeData = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target] || void 0;
		if (edgeData) return edgeData.key;
	}
	/**
	* Method returning whether two nodes are directed neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areDirectedNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areDirectedNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return false;
		return neighbor in nodeData.in || neighbor in nodeData.out;
	}
	/**
	* Method returning whether two nodes are out neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areOutNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areOutNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return false;
		return neighbor in nodeData.out;
	}
	/**
	* Method returning whether two nodes are in neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areInNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areInNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return false;
		return neighbor in nodeData.in;
	}
	/**
	* Method returning whether two nodes are undirected neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areUndirectedNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areUndirectedNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type === "directed") return false;
		return neighbor in nodeData.undirected;
	}
	/**
	* Method returning whether two nodes are neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type !== "undirected") {
			if (neighbor in nodeData.in || neighbor in nodeData.out) return true;
		}
		if (this.type !== "directed") {
			if (neighbor in nodeData.undirected) return true;
		}
		return false;
	}
	/**
	* Method returning whether two nodes are inbound neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areInboundNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areInboundNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type !== "undirected") {
			if (neighbor in nodeData.in) return true;
		}
		if (this.type !== "directed") {
			if (neighbor in nodeData.undirected) return true;
		}
		return false;
	}
	/**
	* Method returning whether two nodes are outbound neighbors.
	*
	* @param  {any}     node     - The node's key.
	* @param  {any}     neighbor - The neighbor's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	areOutboundNeighbors(node, neighbor) {
		node = "" + node;
		neighbor = "" + neighbor;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.areOutboundNeighbors: could not find the "${node}" node in the graph.`);
		if (this.type !== "undirected") {
			if (neighbor in nodeData.out) return true;
		}
		if (this.type !== "directed") {
			if (neighbor in nodeData.undirected) return true;
		}
		return false;
	}
	/**
	* Method returning the given node's in degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	inDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.inDegree: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.inDegree;
	}
	/**
	* Method returning the given node's out degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	outDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.outDegree: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.outDegree;
	}
	/**
	* Method returning the given node's directed degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	directedDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.directedDegree: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.inDegree + nodeData.outDegree;
	}
	/**
	* Method returning the given node's undirected degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	undirectedDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.undirectedDegree: could not find the "${node}" node in the graph.`);
		if (this.type === "directed") return 0;
		return nodeData.undirectedDegree;
	}
	/**
	* Method returning the given node's inbound degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's inbound degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	inboundDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.inboundDegree: could not find the "${node}" node in the graph.`);
		let degree = 0;
		if (this.type !== "directed") degree += nodeData.undirectedDegree;
		if (this.type !== "undirected") degree += nodeData.inDegree;
		return degree;
	}
	/**
	* Method returning the given node's outbound degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's outbound degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	outboundDegree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.outboundDegree: could not find the "${node}" node in the graph.`);
		let degree = 0;
		if (this.type !== "directed") degree += nodeData.undirectedDegree;
		if (this.type !== "undirected") degree += nodeData.outDegree;
		return degree;
	}
	/**
	* Method returning the given node's directed degree.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	degree(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.degree: could not find the "${node}" node in the graph.`);
		let degree = 0;
		if (this.type !== "directed") degree += nodeData.undirectedDegree;
		if (this.type !== "undirected") degree += nodeData.inDegree + nodeData.outDegree;
		return degree;
	}
	/**
	* Method returning the given node's in degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	inDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.inDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.inDegree - nodeData.directedLoops;
	}
	/**
	* Method returning the given node's out degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	outDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.outDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.outDegree - nodeData.directedLoops;
	}
	/**
	* Method returning the given node's directed degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	directedDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.directedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		if (this.type === "undirected") return 0;
		return nodeData.inDegree + nodeData.outDegree - nodeData.directedLoops * 2;
	}
	/**
	* Method returning the given node's undirected degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's in degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	undirectedDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.undirectedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		if (this.type === "directed") return 0;
		return nodeData.undirectedDegree - nodeData.undirectedLoops * 2;
	}
	/**
	* Method returning the given node's inbound degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's inbound degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	inboundDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.inboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		let degree = 0;
		let loops = 0;
		if (this.type !== "directed") {
			degree += nodeData.undirectedDegree;
			loops += nodeData.undirectedLoops * 2;
		}
		if (this.type !== "undirected") {
			degree += nodeData.inDegree;
			loops += nodeData.directedLoops;
		}
		return degree - loops;
	}
	/**
	* Method returning the given node's outbound degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's outbound degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	outboundDegreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.outboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		let degree = 0;
		let loops = 0;
		if (this.type !== "directed") {
			degree += nodeData.undirectedDegree;
			loops += nodeData.undirectedLoops * 2;
		}
		if (this.type !== "undirected") {
			degree += nodeData.outDegree;
			loops += nodeData.directedLoops;
		}
		return degree - loops;
	}
	/**
	* Method returning the given node's directed degree without considering self loops.
	*
	* @param  {any}     node - The node's key.
	* @return {number}       - The node's degree.
	*
	* @throws {Error} - Will throw if the node isn't in the graph.
	*/
	degreeWithoutSelfLoops(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.degreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
		let degree = 0;
		let loops = 0;
		if (this.type !== "directed") {
			degree += nodeData.undirectedDegree;
			loops += nodeData.undirectedLoops * 2;
		}
		if (this.type !== "undirected") {
			degree += nodeData.inDegree + nodeData.outDegree;
			loops += nodeData.directedLoops * 2;
		}
		return degree - loops;
	}
	/**
	* Method returning the given edge's source.
	*
	* @param  {any} edge - The edge's key.
	* @return {any}      - The edge's source.
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	source(edge) {
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.source: could not find the "${edge}" edge in the graph.`);
		return data.source.key;
	}
	/**
	* Method returning the given edge's target.
	*
	* @param  {any} edge - The edge's key.
	* @return {any}      - The edge's target.
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	target(edge) {
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.target: could not find the "${edge}" edge in the graph.`);
		return data.target.key;
	}
	/**
	* Method returning the given edge's extremities.
	*
	* @param  {any}   edge - The edge's key.
	* @return {array}      - The edge's extremities.
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	extremities(edge) {
		edge = "" + edge;
		const edgeData = this._edges.get(edge);
		if (!edgeData) throw new NotFoundGraphError(`Graph.extremities: could not find the "${edge}" edge in the graph.`);
		return [edgeData.source.key, edgeData.target.key];
	}
	/**
	* Given a node & an edge, returns the other extremity of the edge.
	*
	* @param  {any}   node - The node's key.
	* @param  {any}   edge - The edge's key.
	* @return {any}        - The related node.
	*
	* @throws {Error} - Will throw if the edge isn't in the graph or if the
	*                   edge & node are not related.
	*/
	opposite(node, edge) {
		node = "" + node;
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.opposite: could not find the "${edge}" edge in the graph.`);
		const source = data.source.key;
		const target = data.target.key;
		if (node === source) return target;
		if (node === target) return source;
		throw new NotFoundGraphError(`Graph.opposite: the "${node}" node is not attached to the "${edge}" edge (${source}, ${target}).`);
	}
	/**
	* Returns whether the given edge has the given node as extremity.
	*
	* @param  {any}     edge - The edge's key.
	* @param  {any}     node - The node's key.
	* @return {boolean}      - The related node.
	*
	* @throws {Error} - Will throw if either the node or the edge isn't in the graph.
	*/
	hasExtremity(edge, node) {
		edge = "" + edge;
		node = "" + node;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.hasExtremity: could not find the "${edge}" edge in the graph.`);
		return data.source.key === node || data.target.key === node;
	}
	/**
	* Method returning whether the given edge is undirected.
	*
	* @param  {any}     edge - The edge's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	isUndirected(edge) {
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.isUndirected: could not find the "${edge}" edge in the graph.`);
		return data.undirected;
	}
	/**
	* Method returning whether the given edge is directed.
	*
	* @param  {any}     edge - The edge's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	isDirected(edge) {
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.isDirected: could not find the "${edge}" edge in the graph.`);
		return !data.undirected;
	}
	/**
	* Method returning whether the given edge is a self loop.
	*
	* @param  {any}     edge - The edge's key.
	* @return {boolean}
	*
	* @throws {Error} - Will throw if the edge isn't in the graph.
	*/
	isSelfLoop(edge) {
		edge = "" + edge;
		const data = this._edges.get(edge);
		if (!data) throw new NotFoundGraphError(`Graph.isSelfLoop: could not find the "${edge}" edge in the graph.`);
		return data.source === data.target;
	}
	/**---------------------------------------------------------------------------
	* Mutation
	**---------------------------------------------------------------------------
	*/
	/**
	* Method used to add a node to the graph.
	*
	* @param  {any}    node         - The node.
	* @param  {object} [attributes] - Optional attributes.
	* @return {any}                 - The node.
	*
	* @throws {Error} - Will throw if the given node already exist.
	* @throws {Error} - Will throw if the given attributes are not an object.
	*/
	addNode(node, attributes) {
		return addNode(this, node, attributes).key;
	}
	/**
	* Method used to merge a node into the graph.
	*
	* @param  {any}    node         - The node.
	* @param  {object} [attributes] - Optional attributes.
	* @return {any}                 - The node.
	*/
	mergeNode(node, attributes) {
		if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`);
		node = "" + node;
		attributes = attributes || {};
		let data = this._nodes.get(node);
		if (data) {
			if (attributes) {
				assign(data.attributes, attributes);
				this.emit("nodeAttributesUpdated", {
					type: "merge",
					key: node,
					attributes: data.attributes,
					data: attributes
				});
			}
			return [node, false];
		}
		data = new this.NodeDataClass(node, attributes);
		this._nodes.set(node, data);
		this.emit("nodeAdded", {
			key: node,
			attributes
		});
		return [node, true];
	}
	/**
	* Method used to add a node if it does not exist in the graph or else to
	* update its attributes using a function.
	*
	* @param  {any}      node      - The node.
	* @param  {function} [updater] - Optional updater function.
	* @return {any}                - The node.
	*/
	updateNode(node, updater) {
		if (updater && typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.updateNode: invalid updater function. Expecting a function but got "${updater}"`);
		node = "" + node;
		let data = this._nodes.get(node);
		if (data) {
			if (updater) {
				const oldAttributes = data.attributes;
				data.attributes = updater(oldAttributes);
				this.emit("nodeAttributesUpdated", {
					type: "replace",
					key: node,
					attributes: data.attributes
				});
			}
			return [node, false];
		}
		const attributes = updater ? updater({}) : {};
		data = new this.NodeDataClass(node, attributes);
		this._nodes.set(node, data);
		this.emit("nodeAdded", {
			key: node,
			attributes
		});
		return [node, true];
	}
	/**
	* Method used to drop a single node & all its attached edges from the graph.
	*
	* @param  {any}    node - The node.
	* @return {Graph}
	*
	* @throws {Error} - Will throw if the node doesn't exist.
	*/
	dropNode(node) {
		node = "" + node;
		const nodeData = this._nodes.get(node);
		if (!nodeData) throw new NotFoundGraphError(`Graph.dropNode: could not find the "${node}" node in the graph.`);
		let edgeData;
		if (this.type !== "undirected") {
			for (const neighbor in nodeData.out) {
				edgeData = nodeData.out[neighbor];
				do {
					dropEdgeFromData(this, edgeData);
					edgeData = edgeData.next;
				} while (edgeData);
			}
			for (const neighbor in nodeData.in) {
				edgeData = nodeData.in[neighbor];
				do {
					dropEdgeFromData(this, edgeData);
					edgeData = edgeData.next;
				} while (edgeData);
			}
		}
		if (this.type !== "directed") for (const neighbor in nodeData.undirected) {
			edgeData = nodeData.undirected[neighbor];
			do {
				dropEdgeFromData(this, edgeData);
				edgeData = edgeData.next;
			} while (edgeData);
		}
		this._nodes.delete(node);
		this.emit("nodeDropped", {
			key: node,
			attributes: nodeData.attributes
		});
	}
	/**
	* Method used to drop a single edge from the graph.
	*
	* Arity 1:
	* @param  {any}    edge - The edge.
	*
	* Arity 2:
	* @param  {any}    source - Source node.
	* @param  {any}    target - Target node.
	*
	* @return {Graph}
	*
	* @throws {Error} - Will throw if the edge doesn't exist.
	*/
	dropEdge(edge) {
		let edgeData;
		if (arguments.length > 1) {
			const source = "" + arguments[0];
			const target = "" + arguments[1];
			edgeData = getMatchingEdge(this, source, target, this.type);
			if (!edgeData) throw new NotFoundGraphError(`Graph.dropEdge: could not find the "${source}" -> "${target}" edge in the graph.`);
		} else {
			edge = "" + edge;
			edgeData = this._edges.get(edge);
			if (!edgeData) throw new NotFoundGraphError(`Graph.dropEdge: could not find the "${edge}" edge in the graph.`);
		}
		dropEdgeFromData(this, edgeData);
		return this;
	}
	/**
	* Method used to drop a single directed edge from the graph.
	*
	* @param  {any}    source - Source node.
	* @param  {any}    target - Target node.
	*
	* @return {Graph}
	*
	* @throws {Error} - Will throw if the edge doesn't exist.
	*/
	dropDirectedEdge(source, target) {
		if (arguments.length < 2) throw new UsageGraphError("Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");
		if (this.multi) throw new UsageGraphError("Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");
		source = "" + source;
		target = "" + target;
		const edgeData = getMatchingEdge(this, source, target, "directed");
		if (!edgeData) throw new NotFoundGraphError(`Graph.dropDirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`);
		dropEdgeFromData(this, edgeData);
		return this;
	}
	/**
	* Method used to drop a single undirected edge from the graph.
	*
	* @param  {any}    source - Source node.
	* @param  {any}    target - Target node.
	*
	* @return {Graph}
	*
	* @throws {Error} - Will throw if the edge doesn't exist.
	*/
	dropUndirectedEdge(source, target) {
		if (arguments.length < 2) throw new UsageGraphError("Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");
		if (this.multi) throw new UsageGraphError("Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");
		const edgeData = getMatchingEdge(this, source, target, "undirected");
		if (!edgeData) throw new NotFoundGraphError(`Graph.dropUndirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`);
		dropEdgeFromData(this, edgeData);
		return this;
	}
	/**
	* Method used to remove every edge & every node from the graph.
	*
	* @return {Graph}
	*/
	clear() {
		this._edges.clear();
		this._nodes.clear();
		this._resetInstanceCounters();
		this.emit("cleared");
	}
	/**
	* Method used to remove every edge from the graph.
	*
	* @return {Graph}
	*/
	clearEdges() {
		const iterator = this._nodes.values();
		let step;
		while (step = iterator.next(), step.done !== true) step.value.clear();
		this._edges.clear();
		this._resetInstanceCounters();
		this.emit("edgesCleared");
	}
	/**---------------------------------------------------------------------------
	* Attributes-related methods
	**---------------------------------------------------------------------------
	*/
	/**
	* Method returning the desired graph's attribute.
	*
	* @param  {string} name - Name of the attribute.
	* @return {any}
	*/
	getAttribute(name) {
		return this._attributes[name];
	}
	/**
	* Method returning the graph's attributes.
	*
	* @return {object}
	*/
	getAttributes() {
		return this._attributes;
	}
	/**
	* Method returning whether the graph has the desired attribute.
	*
	* @param  {string}  name - Name of the attribute.
	* @return {boolean}
	*/
	hasAttribute(name) {
		return this._attributes.hasOwnProperty(name);
	}
	/**
	* Method setting a value for the desired graph's attribute.
	*
	* @param  {string}  name  - Name of the attribute.
	* @param  {any}     value - Value for the attribute.
	* @return {Graph}
	*/
	setAttribute(name, value) {
		this._attributes[name] = value;
		this.emit("attributesUpdated", {
			type: "set",
			attributes: this._attributes,
			name
		});
		return this;
	}
	/**
	* Method using a function to update the desired graph's attribute's value.
	*
	* @param  {string}   name    - Name of the attribute.
	* @param  {function} updater - Function use to update the attribute's value.
	* @return {Graph}
	*/
	updateAttribute(name, updater) {
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateAttribute: updater should be a function.");
		const value = this._attributes[name];
		this._attributes[name] = updater(value);
		this.emit("attributesUpdated", {
			type: "set",
			attributes: this._attributes,
			name
		});
		return this;
	}
	/**
	* Method removing the desired graph's attribute.
	*
	* @param  {string} name  - Name of the attribute.
	* @return {Graph}
	*/
	removeAttribute(name) {
		delete this._attributes[name];
		this.emit("attributesUpdated", {
			type: "remove",
			attributes: this._attributes,
			name
		});
		return this;
	}
	/**
	* Method replacing the graph's attributes.
	*
	* @param  {object} attributes - New attributes.
	* @return {Graph}
	*
	* @throws {Error} - Will throw if given attributes are not a plain object.
	*/
	replaceAttributes(attributes) {
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError("Graph.replaceAttributes: provided attributes are not a plain object.");
		this._attributes = attributes;
		this.emit("attributesUpdated", {
			type: "replace",
			attributes: this._attributes
		});
		return this;
	}
	/**
	* Method merging the graph's attributes.
	*
	* @param  {object} attributes - Attributes to merge.
	* @return {Graph}
	*
	* @throws {Error} - Will throw if given attributes are not a plain object.
	*/
	mergeAttributes(attributes) {
		if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError("Graph.mergeAttributes: provided attributes are not a plain object.");
		assign(this._attributes, attributes);
		this.emit("attributesUpdated", {
			type: "merge",
			attributes: this._attributes,
			data: attributes
		});
		return this;
	}
	/**
	* Method updating the graph's attributes.
	*
	* @param  {function} updater - Function used to update the attributes.
	* @return {Graph}
	*
	* @throws {Error} - Will throw if given updater is not a function.
	*/
	updateAttributes(updater) {
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateAttributes: provided updater is not a function.");
		this._attributes = updater(this._attributes);
		this.emit("attributesUpdated", {
			type: "update",
			attributes: this._attributes
		});
		return this;
	}
	/**
	* Method used to update each node's attributes using the given function.
	*
	* @param {function}  updater - Updater function to use.
	* @param {object}    [hints] - Optional hints.
	*/
	updateEachNodeAttributes(updater, hints) {
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateEachNodeAttributes: expecting an updater function.");
		if (hints && !validateHints(hints)) throw new InvalidArgumentsGraphError("Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			nodeData.attributes = updater(nodeData.key, nodeData.attributes);
		}
		this.emit("eachNodeAttributesUpdated", { hints: hints ? hints : null });
	}
	/**
	* Method used to update each edge's attributes using the given function.
	*
	* @param {function}  updater - Updater function to use.
	* @param {object}    [hints] - Optional hints.
	*/
	updateEachEdgeAttributes(updater, hints) {
		if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateEachEdgeAttributes: expecting an updater function.");
		if (hints && !validateHints(hints)) throw new InvalidArgumentsGraphError("Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");
		const iterator = this._edges.values();
		let step, edgeData, sourceData, targetData;
		while (step = iterator.next(), step.done !== true) {
			edgeData = step.value;
			sourceData = edgeData.source;
			targetData = edgeData.target;
			edgeData.attributes = updater(edgeData.key, edgeData.attributes, sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.undirected);
		}
		this.emit("eachEdgeAttributesUpdated", { hints: hints ? hints : null });
	}
	/**---------------------------------------------------------------------------
	* Iteration-related methods
	**---------------------------------------------------------------------------
	*/
	/**
	* Method iterating over the graph's adjacency using the given callback.
	*
	* @param  {function}  callback - Callback to use.
	*/
	forEachAdjacencyEntry(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAdjacencyEntry: expecting a callback.");
		forEachAdjacency(false, false, false, this, callback);
	}
	forEachAdjacencyEntryWithOrphans(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAdjacencyEntryWithOrphans: expecting a callback.");
		forEachAdjacency(false, false, true, this, callback);
	}
	/**
	* Method iterating over the graph's assymetric adjacency using the given callback.
	*
	* @param  {function}  callback - Callback to use.
	*/
	forEachAssymetricAdjacencyEntry(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAssymetricAdjacencyEntry: expecting a callback.");
		forEachAdjacency(false, true, false, this, callback);
	}
	forEachAssymetricAdjacencyEntryWithOrphans(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback.");
		forEachAdjacency(false, true, true, this, callback);
	}
	/**
	* Method returning the list of the graph's nodes.
	*
	* @return {array} - The nodes.
	*/
	nodes() {
		return Array.from(this._nodes.keys());
	}
	/**
	* Method iterating over the graph's nodes using the given callback.
	*
	* @param  {function}  callback - Callback (key, attributes, index).
	*/
	forEachNode(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachNode: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			callback(nodeData.key, nodeData.attributes);
		}
	}
	/**
	* Method iterating attempting to find a node matching the given predicate
	* function.
	*
	* @param  {function}  callback - Callback (key, attributes).
	*/
	findNode(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.findNode: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			if (callback(nodeData.key, nodeData.attributes)) return nodeData.key;
		}
	}
	/**
	* Method mapping nodes.
	*
	* @param  {function}  callback - Callback (key, attributes).
	*/
	mapNodes(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.mapNode: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		const result = new Array(this.order);
		let i = 0;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			result[i++] = callback(nodeData.key, nodeData.attributes);
		}
		return result;
	}
	/**
	* Method returning whether some node verify the given predicate.
	*
	* @param  {function}  callback - Callback (key, attributes).
	*/
	someNode(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.someNode: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			if (callback(nodeData.key, nodeData.attributes)) return true;
		}
		return false;
	}
	/**
	* Method returning whether all node verify the given predicate.
	*
	* @param  {function}  callback - Callback (key, attributes).
	*/
	everyNode(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.everyNode: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			if (!callback(nodeData.key, nodeData.attributes)) return false;
		}
		return true;
	}
	/**
	* Method filtering nodes.
	*
	* @param  {function}  callback - Callback (key, attributes).
	*/
	filterNodes(callback) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.filterNodes: expecting a callback.");
		const iterator = this._nodes.values();
		let step, nodeData;
		const result = [];
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			if (callback(nodeData.key, nodeData.attributes)) result.push(nodeData.key);
		}
		return result;
	}
	/**
	* Method reducing nodes.
	*
	* @param  {function}  callback - Callback (accumulator, key, attributes).
	*/
	reduceNodes(callback, initialValue) {
		if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.reduceNodes: expecting a callback.");
		if (arguments.length < 2) throw new InvalidArgumentsGraphError("Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.");
		let accumulator = initialValue;
		const iterator = this._nodes.values();
		let step, nodeData;
		while (step = iterator.next(), step.done !== true) {
			nodeData = step.value;
			accumulator = callback(accumulator, nodeData.key, nodeData.attributes);
		}
		return accumulator;
	}
	/**
	* Method returning an iterator over the graph's node entries.
	*
	* @return {Iterator}
	*/
	nodeEntries() {
		const iterator = this._nodes.values();
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				const step = iterator.next();
				if (step.done) return step;
				const data = step.value;
				return {
					value: {
						node: data.key,
						attributes: data.attributes
					},
					done: false
				};
			}
		};
	}
	/**---------------------------------------------------------------------------
	* Serialization
	**---------------------------------------------------------------------------
	*/
	/**
	* Method used to export the whole graph.
	*
	* @return {object} - The serialized graph.
	*/
	export() {
		const nodes = new Array(this._nodes.size);
		let i = 0;
		this._nodes.forEach((data, key) => {
			nodes[i++] = serializeNode(key, data);
		});
		const edges = new Array(this._edges.size);
		i = 0;
		this._edges.forEach((data, key) => {
			edges[i++] = serializeEdge(this.type, key, data);
		});
		return {
			options: {
				type: this.type,
				multi: this.multi,
				allowSelfLoops: this.allowSelfLoops
			},
			attributes: this.getAttributes(),
			nodes,
			edges
		};
	}
	/**
	* Method used to import a serialized graph.
	*
	* @param  {object|Graph} data  - The serialized graph.
	* @param  {boolean}      merge - Whether to merge data.
	* @return {Graph}              - Returns itself for chaining.
	*/
	import(data, merge = false) {
		if (data instanceof Graph) {
			data.forEachNode((n, a) => {
				if (merge) this.mergeNode(n, a);
				else this.addNode(n, a);
			});
			data.forEachEdge((e, a, s, t, _sa, _ta, u) => {
				if (merge) {
					if (u) this.mergeUndirectedEdgeWithKey(e, s, t, a);
					else this.mergeDirectedEdgeWithKey(e, s, t, a);
				} else if (u) this.addUndirectedEdgeWithKey(e, s, t, a);
				else this.addDirectedEdgeWithKey(e, s, t, a);
			});
			return this;
		}
		if (!isPlainObject$1(data)) throw new InvalidArgumentsGraphError("Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance.");
		if (data.attributes) {
			if (!isPlainObject$1(data.attributes)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Expecting a plain object.");
			if (merge) this.mergeAttributes(data.attributes);
			else this.replaceAttributes(data.attributes);
		}
		let i, l, list, node, edge;
		if (data.nodes) {
			list = data.nodes;
			if (!Array.isArray(list)) throw new InvalidArgumentsGraphError("Graph.import: invalid nodes. Expecting an array.");
			for (i = 0, l = list.length; i < l; i++) {
				node = list[i];
				validateSerializedNode(node);
				const { key, attributes } = node;
				if (merge) this.mergeNode(key, attributes);
				else this.addNode(key, attributes);
			}
		}
		if (data.edges) {
			let undirectedByDefault = false;
			if (this.type === "undirected") undirectedByDefault = true;
			list = data.edges;
			if (!Array.isArray(list)) throw new InvalidArgumentsGraphError("Graph.import: invalid edges. Expecting an array.");
			for (i = 0, l = list.length; i < l; i++) {
				edge = list[i];
				validateSerializedEdge(edge);
				const { source, target, attributes, undirected = undirectedByDefault } = edge;
				let method;
				if ("key" in edge) {
					method = merge ? undirected ? this.mergeUndirectedEdgeWithKey : this.mergeDirectedEdgeWithKey : undirected ? this.addUndirectedEdgeWithKey : this.addDirectedEdgeWithKey;
					method.call(this, edge.key, source, target, attributes);
				} else {
					method = merge ? undirected ? this.mergeUndirectedEdge : this.mergeDirectedEdge : undirected ? this.addUndirectedEdge : this.addDirectedEdge;
					method.call(this, source, target, attributes);
				}
			}
		}
		return this;
	}
	/**---------------------------------------------------------------------------
	* Utils
	**---------------------------------------------------------------------------
	*/
	/**
	* Method returning a null copy of the graph, i.e. a graph without nodes
	* & edges but with the exact same options.
	*
	* @param  {object} options - Options to merge with the current ones.
	* @return {Graph}          - The null copy.
	*/
	nullCopy(options) {
		const graph = new Graph(assign({}, this._options, options));
		graph.replaceAttributes(assign({}, this.getAttributes()));
		return graph;
	}
	/**
	* Method returning an empty copy of the graph, i.e. a graph without edges but
	* with the exact same options.
	*
	* @param  {object} options - Options to merge with the current ones.
	* @return {Graph}          - The empty copy.
	*/
	emptyCopy(options) {
		const graph = this.nullCopy(options);
		this._nodes.forEach((nodeData, key) => {
			const attributes = assign({}, nodeData.attributes);
			nodeData = new graph.NodeDataClass(key, attributes);
			graph._nodes.set(key, nodeData);
		});
		return graph;
	}
	/**
	* Method returning an exact copy of the graph.
	*
	* @param  {object} options - Upgrade options.
	* @return {Graph}          - The copy.
	*/
	copy(options) {
		options = options || {};
		if (typeof options.type === "string" && options.type !== this.type && options.type !== "mixed") throw new UsageGraphError(`Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${options.type}" because this would mean losing information about the current graph.`);
		if (typeof options.multi === "boolean" && options.multi !== this.multi && options.multi !== true) throw new UsageGraphError("Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph.");
		if (typeof options.allowSelfLoops === "boolean" && options.allowSelfLoops !== this.allowSelfLoops && options.allowSelfLoops !== true) throw new UsageGraphError("Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph.");
		const graph = this.emptyCopy(options);
		const iterator = this._edges.values();
		let step, edgeData;
		while (step = iterator.next(), step.done !== true) {
			edgeData = step.value;
			addEdge(graph, "copy", false, edgeData.undirected, edgeData.key, edgeData.source.key, edgeData.target.key, assign({}, edgeData.attributes));
		}
		return graph;
	}
	/**---------------------------------------------------------------------------
	* Known methods
	**---------------------------------------------------------------------------
	*/
	/**
	* Method used by JavaScript to perform JSON serialization.
	*
	* @return {object} - The serialized graph.
	*/
	toJSON() {
		return this.export();
	}
	/**
	* Method returning [object Graph].
	*/
	toString() {
		return "[object Graph]";
	}
	/**
	* Method used internally by node's console to display a custom object.
	*
	* @return {object} - Formatted object representation of the graph.
	*/
	inspect() {
		const nodes = {};
		this._nodes.forEach((data, key) => {
			nodes[key] = data.attributes;
		});
		const edges = {}, multiIndex = {};
		this._edges.forEach((data, key) => {
			const direction = data.undirected ? "--" : "->";
			let label = "";
			let source = data.source.key;
			let target = data.target.key;
			let tmp;
			if (data.undirected && source > target) {
				tmp = source;
				source = target;
				target = tmp;
			}
			const desc = `(${source})${direction}(${target})`;
			if (!key.startsWith("geid_")) label += `[${key}]: `;
			else if (this.multi) {
				if (typeof multiIndex[desc] === "undefined") multiIndex[desc] = 0;
				else multiIndex[desc]++;
				label += `${multiIndex[desc]}. `;
			}
			label += desc;
			edges[label] = data.attributes;
		});
		const dummy = {};
		for (const k in this) if (this.hasOwnProperty(k) && !EMITTER_PROPS.has(k) && typeof this[k] !== "function" && typeof k !== "symbol") dummy[k] = this[k];
		dummy.attributes = this._attributes;
		dummy.nodes = nodes;
		dummy.edges = edges;
		privateProperty(dummy, "constructor", this.constructor);
		return dummy;
	}
};
/**
* Attaching methods to the prototype.
*
* Here, we are attaching a wide variety of methods to the Graph class'
* prototype when those are very numerous and when their creation is
* abstracted.
*/
/**
* Attaching custom inspect method for node >= 10.
*/
if (typeof Symbol !== "undefined") Graph.prototype[Symbol.for("nodejs.util.inspect.custom")] = Graph.prototype.inspect;
/**
* Related to edge addition.
*/
EDGE_ADD_METHODS.forEach((method) => {
	[
		"add",
		"merge",
		"update"
	].forEach((verb) => {
		const name = method.name(verb);
		const fn = verb === "add" ? addEdge : mergeEdge;
		if (method.generateKey) Graph.prototype[name] = function(source, target, attributes) {
			return fn(this, name, true, (method.type || this.type) === "undirected", null, source, target, attributes, verb === "update");
		};
		else Graph.prototype[name] = function(edge, source, target, attributes) {
			return fn(this, name, false, (method.type || this.type) === "undirected", edge, source, target, attributes, verb === "update");
		};
	});
});
/**
* Attributes-related.
*/
attachNodeAttributesMethods(Graph);
attachEdgeAttributesMethods(Graph);
/**
* Edge iteration-related.
*/
attachEdgeIterationMethods(Graph);
/**
* Neighbor iteration-related.
*/
attachNeighborIterationMethods(Graph);
/**
* Graphology Helper Classes
* ==========================
*
* Building some higher-order classes instantiating the graph with
* predefinite options.
*/
/**
* Alternative constructors.
*/
var DirectedGraph = class extends Graph {
	constructor(options) {
		const finalOptions = assign({ type: "directed" }, options);
		if ("multi" in finalOptions && finalOptions.multi !== false) throw new InvalidArgumentsGraphError("DirectedGraph.from: inconsistent indication that the graph should be multi in given options!");
		if (finalOptions.type !== "directed") throw new InvalidArgumentsGraphError("DirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
		super(finalOptions);
	}
};
var UndirectedGraph = class extends Graph {
	constructor(options) {
		const finalOptions = assign({ type: "undirected" }, options);
		if ("multi" in finalOptions && finalOptions.multi !== false) throw new InvalidArgumentsGraphError("UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!");
		if (finalOptions.type !== "undirected") throw new InvalidArgumentsGraphError("UndirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
		super(finalOptions);
	}
};
var MultiGraph = class extends Graph {
	constructor(options) {
		const finalOptions = assign({ multi: true }, options);
		if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiGraph.from: inconsistent indication that the graph should be simple in given options!");
		super(finalOptions);
	}
};
var MultiDirectedGraph = class extends Graph {
	constructor(options) {
		const finalOptions = assign({
			type: "directed",
			multi: true
		}, options);
		if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!");
		if (finalOptions.type !== "directed") throw new InvalidArgumentsGraphError("MultiDirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
		super(finalOptions);
	}
};
var MultiUndirectedGraph = class extends Graph {
	constructor(options) {
		const finalOptions = assign({
			type: "undirected",
			multi: true
		}, options);
		if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!");
		if (finalOptions.type !== "undirected") throw new InvalidArgumentsGraphError("MultiUndirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
		super(finalOptions);
	}
};
/**
* Attaching static #.from method to each of the constructors.
*/
function attachStaticFromMethod(Class) {
	/**
	* Builds a graph from serialized data or another graph's data.
	*
	* @param  {Graph|SerializedGraph} data      - Hydratation data.
	* @param  {object}                [options] - Options.
	* @return {Class}
	*/
	Class.from = function(data, options) {
		const instance = new Class(assign({}, data.options, options));
		instance.import(data);
		return instance;
	};
}
attachStaticFromMethod(Graph);
attachStaticFromMethod(DirectedGraph);
attachStaticFromMethod(UndirectedGraph);
attachStaticFromMethod(MultiGraph);
attachStaticFromMethod(MultiDirectedGraph);
attachStaticFromMethod(MultiUndirectedGraph);
Graph.Graph = Graph;
Graph.DirectedGraph = DirectedGraph;
Graph.UndirectedGraph = UndirectedGraph;
Graph.MultiGraph = MultiGraph;
Graph.MultiDirectedGraph = MultiDirectedGraph;
Graph.MultiUndirectedGraph = MultiUndirectedGraph;
Graph.InvalidArgumentsGraphError = InvalidArgumentsGraphError;
Graph.NotFoundGraphError = NotFoundGraphError;
Graph.UsageGraphError = UsageGraphError;
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
// src/model/prototypeSafeGraphs.ts
var import_graphology_communities_louvain = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
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
})))(), 1);
/** No `constructor`, no `toString`: only what graphology calls on a neighbour index. */
const NEIGHBOURS_PROTOTYPE = Object.create(null, { hasOwnProperty: { value: function(key) {
	return Object.hasOwn(this, key);
} } });
function nodeDataPrototype(type) {
	const graph = new Graph({ type });
	graph.addNode("probe");
	const data = graph._nodes?.get("probe");
	return data ? Object.getPrototypeOf(data) : void 0;
}
for (const type of [
	"mixed",
	"directed",
	"undirected"
]) {
	const prototype = nodeDataPrototype(type);
	if (!prototype || prototype.__prototypeSafe || typeof prototype.clear !== "function") continue;
	const clear = prototype.clear;
	prototype.clear = function() {
		clear.call(this);
		for (const index of [
			"in",
			"out",
			"undirected"
		]) {
			const neighbours = this[index];
			if (neighbours) Object.setPrototypeOf(neighbours, NEIGHBOURS_PROTOTYPE);
		}
	};
	prototype.__prototypeSafe = true;
}
// src/model/partialDate.ts
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** True when `text` is a real calendar date at year, month or day precision. */
function isPartialDate(text) {
	const match = PARTIAL_DATE.exec(text);
	if (!match) return false;
	const month = match[2] === void 0 ? 1 : Number(match[2]);
	const day = match[3] === void 0 ? 1 : Number(match[3]);
	if (month < 1 || month > 12) return false;
	return day >= 1 && day <= daysInMonth(Number(match[1]), month);
}
function daysInMonth(year, month) {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
const BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$1;
const _zodDesc = {
	value: void 0,
	enumerable: false
};
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
const _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
const _issuesDesc = {
	value: void 0,
	enumerable: false
};
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
const $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
const _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
const validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
const validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
const _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
const lowercase = /^[^A-Z]*$/;
const uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
const version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
let handoff;
const open = [];
const memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
const error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
const narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
const narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
const narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
const setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
const contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
const formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
const exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
const numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
const neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
const enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
const customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
const unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
const intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
const recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
const nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
const optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
const initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function strictObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
/** Length limits: generous for real texts, small enough to stop pasted garbage. */
const LIMITS = {
	id: 80,
	name: 200,
	title: 300,
	locator: 200,
	summary: 2e3,
	text: 4e3,
	url: 2e3,
	listItems: 100,
	/** Foreign attributes of one actor or relation (imported files carry many). */
	attributes: 200,
	attributeText: 4e3
};
const id = string().min(1, "must not be empty").max(LIMITS.id).regex(/^[a-z0-9][a-z0-9-]*$/, "must use only a-z, 0-9 and '-' (and start with a letter or digit)");
const reference = string().min(1, "must not be empty").max(LIMITS.id);
const shortText = (max) => string().trim().min(1, "must not be empty").max(max);
const partialDateShape = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const partialDate = string().regex(partialDateShape, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD").refine((text) => !partialDateShape.test(text) || isPartialDate(text), "is not a real calendar date");
const httpUrl = string().max(LIMITS.url).regex(/^https?:\/\/[^\s]+$/i, "must be an http(s) address");
const claimStatuses = [
	"confirmed",
	"reported",
	"claimed",
	"disputed",
	"denied"
];
const ClaimStatusSchema = _enum(claimStatuses);
const SourceRefSchema = strictObject({
	source: reference,
	locator: shortText(LIMITS.locator).optional()
});
const SourceSchema = strictObject({
	id,
	title: shortText(LIMITS.title),
	publisher: shortText(LIMITS.name).optional(),
	published: partialDate.optional(),
	relays: reference.optional(),
	url: httpUrl.optional()
});
const ActorKindSchema = strictObject({
	id,
	label: shortText(LIMITS.name),
	description: shortText(LIMITS.summary).optional()
});
const RelationKindSchema = strictObject({
	id,
	label: shortText(LIMITS.name),
	directed: boolean(),
	description: shortText(LIMITS.summary).optional()
});
/** Foreign data kept as is: string, number or boolean values under short keys. */
const AttributesSchema = record(string().min(1, "must not be empty").max(LIMITS.name), union([
	string().max(LIMITS.attributeText),
	number().finite(),
	boolean()
])).refine((record) => Object.keys(record).length <= LIMITS.attributes, `must have at most ${LIMITS.attributes} attributes`);
const coordinate = number().finite().min(-1e9).max(1e9);
/** Drawing hints from an imported file; the app may use or ignore them. */
const DisplaySchema = strictObject({
	x: coordinate.optional(),
	y: coordinate.optional(),
	color: string().regex(/^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/, "must be a colour as #rgb or #rrggbb").optional(),
	size: number().finite().min(0).max(1e6).optional()
});
const ActorSchema = strictObject({
	id,
	name: shortText(LIMITS.name),
	kind: reference,
	aliases: array(shortText(LIMITS.name)).max(LIMITS.listItems).default([]),
	summary: shortText(LIMITS.summary).optional(),
	tags: array(shortText(LIMITS.id)).max(LIMITS.listItems).default([]),
	sources: array(SourceRefSchema).max(LIMITS.listItems).default([]),
	attributes: AttributesSchema.optional(),
	display: DisplaySchema.optional()
});
const qualifiers = [
	"exactly",
	"at least",
	"at most",
	"about",
	"more than",
	"up to"
];
const PerSchema = strictObject({
	unit: shortText(LIMITS.id).optional(),
	period: _enum([
		"day",
		"week",
		"month",
		"year"
	]).optional()
}).refine((per) => per.unit !== void 0 || per.period !== void 0, "needs a unit or a period");
const QuantitySchema = strictObject({
	value: number().finite(),
	/** Upper bound of a range: `{ value: 20, max: 30 }` is "20–30". */
	max: number().finite().optional(),
	unit: shortText(LIMITS.id),
	qualifier: _enum(qualifiers).optional(),
	/** A rate's denominator only: `{ unit: "fighter", period: "month" }` is "per fighter per month". */
	per: PerSchema.optional(),
	/** What the number counts, e.g. "interviewed by Reuters" after "48 people". */
	about: shortText(LIMITS.name).optional()
});
const TimeSpanSchema = strictObject({
	from: partialDate.optional(),
	to: partialDate.optional(),
	/** The dates are "about": derived from a relative phrase ("a year ago") or given loosely. */
	approximate: boolean().optional()
});
const RelationSchema = strictObject({
	id,
	from: reference,
	to: reference,
	kind: reference,
	/** Empty or absent: the relation is *unsourced* (e.g. imported from a file without evidence). */
	claims: array(strictObject({
		id,
		text: shortText(LIMITS.text),
		status: ClaimStatusSchema,
		claimedBy: reference.optional(),
		time: TimeSpanSchema.optional(),
		quantities: array(QuantitySchema).max(LIMITS.listItems).default([]),
		sources: array(SourceRefSchema).min(1, "needs at least one source").max(LIMITS.listItems)
	})).max(LIMITS.listItems).default([]),
	weight: number().finite().min(0, "must be 0 or more").optional(),
	attributes: AttributesSchema.optional()
});
const StoryStepSchema = strictObject({
	id,
	title: shortText(LIMITS.title),
	text: shortText(LIMITS.text),
	focus: strictObject({
		actors: array(reference).max(1e3).default([]),
		relations: array(reference).max(1e3).default([])
	}).default({
		actors: [],
		relations: []
	}),
	hideStatuses: array(ClaimStatusSchema).max(claimStatuses.length).optional(),
	/** The time window the step is about. */
	time: strictObject({
		from: partialDate.optional(),
		to: partialDate.optional()
	}).optional()
});
const StorySchema = strictObject({
	id,
	title: shortText(LIMITS.title),
	audience: shortText(LIMITS.name).optional(),
	steps: array(StoryStepSchema).min(1, "needs at least one step").max(200)
});
/** The file a dataset was imported from: where it came from, never a source of evidence. */
const OriginSchema = strictObject({
	file: shortText(LIMITS.name),
	format: shortText(LIMITS.id)
});
strictObject({
	schemaVersion: literal(2),
	id,
	title: shortText(LIMITS.title),
	summary: shortText(LIMITS.summary).optional(),
	asOf: partialDate.optional(),
	language: string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as 'en'").optional(),
	origin: OriginSchema.optional(),
	sources: array(SourceSchema),
	actorKinds: array(ActorKindSchema).min(1, "needs at least one actor kind"),
	relationKinds: array(RelationKindSchema).min(1, "needs at least one relation kind"),
	actors: array(ActorSchema),
	relations: array(RelationSchema),
	stories: array(StorySchema).default([])
});
[...claimStatuses];
// src/model/seededRandom.ts
/** mulberry32: a tiny 32-bit PRNG, good enough for shuffling; returns numbers in [0, 1). */
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
// src/analysis/undirectedProjection.ts
/**
* One node per node of `graph` (same keys, same order) and one edge per pair of distinct nodes
* joined by at least one edge of any direction. Self-loops are dropped: being linked to oneself
* makes nobody more central.
*/
function undirectedProjection(graph) {
	const projection = new UndirectedGraph();
	graph.forEachNode((node) => {
		projection.addNode(node);
	});
	graph.forEachEdge((_edge, _attributes, source, target) => {
		if (source === target) return;
		projection.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
	});
	return projection;
}
// src/analysis/communities.ts
/**
* Louvain communities on the undirected projection, weighted by the number of relations per pair
* (direction says who acts on whom, not who belongs together). Seeded, so the same graph and
* seed always give the same communities. Numbers are by decreasing size, ties broken by which
* community has the earliest node in graph order, so colours do not shuffle between runs.
*/
function detectCommunities(graph, seed = 1) {
	if (graph.order === 0) return {
		communityOf: {},
		count: 0
	};
	const projection = undirectedProjection(graph);
	const raw = (0, import_graphology_communities_louvain.default)(projection, {
		getEdgeWeight: "weight",
		rng: seededRandom(seed)
	});
	const groups = /* @__PURE__ */ new Map();
	let position = 0;
	graph.forEachNode((node) => {
		const id = raw[node] ?? -1;
		const group = groups.get(id);
		if (group) group.size += 1;
		else groups.set(id, {
			size: 1,
			first: position
		});
		position += 1;
	});
	const ranked = [...groups.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
	const renumber = new Map(ranked.map(([id], index) => [id, index]));
	const communityOf = {};
	graph.forEachNode((node) => {
		communityOf[node] = renumber.get(raw[node] ?? -1) ?? 0;
	});
	return {
		communityOf,
		count: ranked.length
	};
}
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
// src/analysis/metricsSampled.ts
var import_betweenness = /* @__PURE__ */ __toESM(require_betweenness(), 1);
var import_closeness = /* @__PURE__ */ __toESM(require_closeness(), 1);
var import_pagerank = /* @__PURE__ */ __toESM(require_pagerank(), 1);
function sampledPaths(graph, sampleSize, seed) {
	const nodes = graph.nodes();
	const n = nodes.length;
	const index = new Map(nodes.map((node, position) => [node, position]));
	const offsets = new Int32Array(n + 1);
	graph.forEachNode((node) => {
		offsets[(index.get(node) ?? 0) + 1] = graph.degree(node);
	});
	for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
	const adjacency = new Int32Array(offsets[n] ?? 0);
	const fill = offsets.slice(0, n);
	graph.forEachEdge((_edge, _attributes, source, target) => {
		const a = index.get(source) ?? 0;
		const b = index.get(target) ?? 0;
		adjacency[fill[a]++] = b;
		adjacency[fill[b]++] = a;
	});
	const k = Math.min(sampleSize, n);
	const random = seededRandom(seed);
	const order = Int32Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < k; i++) {
		const j = i + Math.floor(random() * (n - i));
		[order[i], order[j]] = [order[j], order[i]];
	}
	const sampled = new Uint8Array(n);
	for (let i = 0; i < k; i++) sampled[order[i]] = 1;
	const dependency = new Float64Array(n);
	const distanceSum = new Float64Array(n);
	const reachedBy = new Int32Array(n);
	const sigma = new Float64Array(n);
	const distance = new Int32Array(n);
	const delta = new Float64Array(n);
	const stack = new Int32Array(n);
	for (let sample = 0; sample < k; sample++) {
		const source = order[sample];
		distance.fill(-1);
		sigma.fill(0);
		delta.fill(0);
		distance[source] = 0;
		sigma[source] = 1;
		let head = 0;
		let tail = 0;
		stack[tail++] = source;
		while (head < tail) {
			const v = stack[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = adjacency[e];
				if (distance[w] === -1) {
					distance[w] = distance[v] + 1;
					stack[tail++] = w;
				}
				if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
			}
		}
		for (let i = tail - 1; i > 0; i--) {
			const w = stack[i];
			distanceSum[w] += distance[w];
			reachedBy[w]++;
			for (let e = offsets[w]; e < offsets[w + 1]; e++) {
				const v = adjacency[e];
				if (distance[v] === distance[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
			}
			dependency[w] += delta[w];
		}
	}
	const scale = k > 0 ? n / k : 0;
	const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
	const betweenness = {};
	const closeness = {};
	nodes.forEach((node, i) => {
		betweenness[node] = Math.min(1, dependency[i] * scale * norm);
		const reached = reachedBy[i];
		const othersSampled = k - sampled[i];
		closeness[node] = reached > 0 && othersSampled > 0 ? reached / othersSampled * (reached / distanceSum[i]) : 0;
	});
	return {
		betweenness,
		closeness,
		sampleSize: k
	};
}
/**
* Metrics for every node of `graph`.
*
* Direction and multiplicity: everything except `relationCount` is computed on the undirected
* simple projection (see undirectedProjection). Direction is ignored because a relation kind's
* direction says who acts on whom ("funds", "commands"), not which way influence or information
* can travel. Parallel relations do not shorten any distance, so betweenness and closeness are
* unweighted (hop counts); PageRank is weighted by the number of relations joining a pair, so a
* doubly-documented tie carries more weight than a single one.
*
* `sampleSize`: betweenness and closeness estimated from that many sampled sources (see
* metricsSampled.ts) instead of all of them.
*/
function computeMetrics(graph, sampleSize) {
	const result = {};
	if (graph.order === 0) return result;
	const projection = undirectedProjection(graph);
	const estimate = sampleSize !== void 0 && sampleSize < graph.order ? sampledPaths(projection, sampleSize, 1) : void 0;
	const betweenness = estimate?.betweenness ?? (0, import_betweenness.default)(projection, {
		getEdgeWeight: null,
		normalized: true
	});
	const closeness = estimate?.closeness ?? (0, import_closeness.default)(projection, { wassermanFaust: true });
	const rank = (0, import_pagerank.default)(projection, {
		getEdgeWeight: "weight",
		maxIterations: 1e3
	});
	const relationCount = countRelations(graph);
	graph.forEachNode((node) => {
		result[node] = {
			degree: projection.degree(node),
			relationCount: relationCount.get(node) ?? 0,
			betweenness: betweenness[node] ?? 0,
			pagerank: rank[node] ?? 0,
			closeness: closeness[node] ?? 0
		};
	});
	return result;
}
function countRelations(graph) {
	const counts = /* @__PURE__ */ new Map();
	const add = (node) => counts.set(node, (counts.get(node) ?? 0) + 1);
	graph.forEachEdge((_edge, _attributes, source, target) => {
		add(source);
		if (target !== source) add(target);
	});
	return counts;
}
// src/workers/metricsMessages.ts
/**
* Rebuilds the graph and computes metrics and communities. Duplicate node or edge ids are
* skipped; an edge to an unknown node makes an error response rather than a wrong figure.
*/
function answerMetricsRequest(request) {
	const id = request.requestId === void 0 ? {} : { requestId: request.requestId };
	const graph = new MultiGraph({
		type: "mixed",
		allowSelfLoops: true
	});
	for (const node of request.nodes) graph.mergeNode(node);
	for (const edge of request.edges) {
		if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) return {
			...id,
			error: `Relation "${edge.id}" links an unknown actor`
		};
		if (graph.hasEdge(edge.id)) continue;
		if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to);
		else graph.addUndirectedEdgeWithKey(edge.id, edge.from, edge.to);
	}
	const sampleSize = graph.order > 3e3 ? 200 : void 0;
	return {
		...id,
		metrics: computeMetrics(graph, sampleSize),
		communities: detectCommunities(graph, request.seed),
		...sampleSize === void 0 ? {} : { sampleSize }
	};
}
// src/workers/metrics.worker.ts
const scope = self;
scope.onmessage = (event) => {
	let response;
	try {
		response = answerMetricsRequest(event.data);
	} catch (error) {
		response = {
			requestId: event.data?.requestId,
			error: error instanceof Error ? error.message : String(error)
		};
	}
	scope.postMessage(response);
};
