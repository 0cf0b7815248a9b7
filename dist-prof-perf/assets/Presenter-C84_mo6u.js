const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./storyPageFile-Dhql9uZw.js","./model-CG2iP_D6.js","./rolldown-runtime-SbdDWaPq.js","./index-w2_2BSXc.js","./statusText-RIAAKwP0.js","./stepView-BiHKj0pH.js","./preload-helper-CALLvQDj.js","./dates-BzC46V5j.js","./index-dRxa-qNX.css"])))=>i.map(i=>d[i]);
import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { C as closeStory, E as goToStep, G as stepRelationRows, Nt as require_react, O as toggleHideUnconfirmed, T as exploreStep, U as toggleProjector, W as handoutContent, c as require_jsx_runtime, o as useT, r as statusText, t as classroomText } from "./statusText-RIAAKwP0.js";
import { i as GraphCanvas, p as subsetDataset, r as downloadText } from "./index-w2_2BSXc.js";
import { c as STATUS_ORDER } from "./model-CG2iP_D6.js";
import { t as stepView } from "./stepView-BiHKj0pH.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
import { n as formatPeriod, t as formatPartialDate } from "./dates-BzC46V5j.js";
/* empty css               */
// src/state/story/playback.ts
var lastIndex = (stepCount) => Math.max(0, stepCount - 1);
function clampStep(step, stepCount) {
	if (Number.isNaN(step)) return 0;
	return Math.min(lastIndex(stepCount), Math.max(0, Math.trunc(step)));
}
function startStory(story, step = 0) {
	const stepCount = story.steps.length;
	return {
		storyId: story.id,
		step: clampStep(step, stepCount),
		stepCount
	};
}
/** The same object back when the step does not change, so callers can skip a re-render. */
function goTo(playback, step) {
	if (Number.isNaN(step)) return playback;
	const next = clampStep(step, playback.stepCount);
	return next === playback.step ? playback : {
		...playback,
		step: next
	};
}
var nextStep = (playback) => goTo(playback, playback.step + 1);
var previousStep = (playback) => goTo(playback, playback.step - 1);
var firstStep = (playback) => goTo(playback, 0);
var lastStep = (playback) => goTo(playback, lastIndex(playback.stepCount));
/** `stepNumber` is 1-based, as the number keys and the "Step 3 of 8" label count. */
var jumpToStep = (playback, stepNumber) => goTo(playback, stepNumber - 1);
var isLastStep = (playback) => playback.step >= lastIndex(playback.stepCount);
/** Share of the story seen, counting the step on screen: 1/8 on the first of 8 steps, 1 on the last. */
function progress(playback) {
	if (playback.stepCount <= 0) return 0;
	return (clampStep(playback.step, playback.stepCount) + 1) / playback.stepCount;
}
// src/state/story/playbackKeys.ts
var NAMED_KEYS = {
	ArrowRight: "next",
	" ": "next",
	PageDown: "next",
	ArrowLeft: "previous",
	PageUp: "previous",
	Home: "first",
	End: "last",
	Escape: "exit",
	f: "fullscreen",
	F: "fullscreen"
};
/**
* The action for a `KeyboardEvent.key`, or undefined when the player should let the key through.
* "1".."9" jump to that step and "0" to step 10 (1-based, for `jumpToStep`). Callers should not
* ask about keys pressed with Ctrl, Alt or Meta, which belong to the browser.
*/
function playbackKeyAction(key) {
	if (Object.hasOwn(NAMED_KEYS, key)) return NAMED_KEYS[key];
	if (/^[0-9]$/.test(key)) return { jump: key === "0" ? 10 : Number(key) };
}
// src/state/story/shownElements.ts
function shownElements(view) {
	return {
		visible: {
			actors: view.focusActors,
			relations: view.focusRelations
		},
		mode: view.hiddenStatuses.size === 0 ? "fade" : "hide"
	};
}
// src/state/share/storyDataset.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/** The ids the story's steps bring forward, with unconfirmed claims shown (the widest view). */
function storyElements(dataset, story) {
	const actors = /* @__PURE__ */ new Set();
	const relations = /* @__PURE__ */ new Set();
	story.steps.forEach((step, index) => {
		const view = stepView(dataset, story, index, { hideUnconfirmed: false });
		step.focus.actors.forEach((id) => actors.add(id));
		view.focusActors.forEach((id) => actors.add(id));
		view.focusRelations.forEach((id) => relations.add(id));
	});
	return {
		actors,
		relations
	};
}
function storyDataset(dataset, story, scope) {
	const base = scope === "whole" ? dataset : subsetDataset({
		...dataset,
		stories: []
	}, ...idSets(storyElements(dataset, story)));
	const actorIds = new Set(base.actors.map((actor) => actor.id));
	const relationIds = new Set(base.relations.map((relation) => relation.id));
	const steps = story.steps.map((step) => ({
		...step,
		focus: {
			actors: step.focus.actors.filter((id) => actorIds.has(id)),
			relations: step.focus.relations.filter((id) => relationIds.has(id))
		}
	}));
	return {
		...base,
		stories: [{
			...story,
			steps
		}]
	};
}
var idSets = (sets) => [sets.actors, sets.relations];
// src/ui/share/StoryPageDialog.tsx
var import_jsx_runtime = require_jsx_runtime();
function StoryPageDialog({ dataset, story, hideUnconfirmed, projector }) {
	const dialog = (0, import_react.useRef)(null);
	const id = (0, import_react.useId)();
	const [scope, setScope] = (0, import_react.useState)("story");
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [message, setMessage] = (0, import_react.useState)();
	const [needed, setNeeded] = (0, import_react.useState)();
	const open = () => {
		setNeeded(storyElements(dataset, story).actors.size);
		setMessage(void 0);
		dialog.current?.showModal();
	};
	const save = () => {
		setBusy(true);
		setMessage(void 0);
		__vitePreload(async () => {
			const { storyPageFile } = await import("./storyPageFile-Dhql9uZw.js");
			return { storyPageFile };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8]), import.meta.url).then(({ storyPageFile }) => storyPageFile({
			dataset,
			story,
			scope,
			hideUnconfirmed,
			projector
		})).then((html) => {
			downloadText(`${story.id}.html`, html, "text/html");
			setMessage(`Saved ${story.id}.html (${Math.round(html.length / 1024)} KB).`);
		}).catch((cause) => setMessage(`The page could not be written: ${cause instanceof Error ? cause.message : String(cause)}`)).finally(() => setBusy(false));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
		type: "button",
		onClick: open,
		title: "One .html file that plays this story with no network",
		children: "Save as page"
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("dialog", {
		ref: dialog,
		className: "share-dialog",
		"aria-labelledby": `${id}-title`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: "Download story as a page"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "One file that opens in any browser, with no internet and no server: it plays the story with the keyboard and prints the handout." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Data in the page" }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "radio",
						name: `${id}-scope`,
						checked: scope === "story",
						onChange: () => setScope("story")
					}),
					" Only what the story shows (",
					needed ?? "…",
					" of ",
					dataset.actors.length,
					" actors)"
				] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("br", {}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "radio",
					name: `${id}-scope`,
					checked: scope === "whole",
					onChange: () => setScope("whole")
				}), " The whole dataset"] })
			] }),
			hideUnconfirmed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "The page opens with unconfirmed claims hidden, as now." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				className: "hint",
				children: message
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "share-actions",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "presenter-primary",
					onClick: save,
					disabled: busy,
					children: busy ? "Writing…" : "Download"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
					method: "dialog",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "submit",
						children: "Close"
					})
				})]
			})
		]
	})] });
}
// src/ui/story/Handout.tsx
var sourceMeta = (t, source, locators = []) => [
	source.publisher,
	source.published && formatPartialDate(source.published, t),
	locators.join("; ")
].filter(Boolean).join(" · ");
function Handout({ dataset, story, content, images, hideUnconfirmed }) {
	const t = useT();
	const lang = dataset.language;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "handout",
		role: "region",
		"aria-label": t("handout.label"),
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
				className: "handout-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
						lang,
						dir: "auto",
						children: story.title
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							lang,
							dir: "auto",
							children: dataset.title
						}),
						dataset.asOf && ` · ${t("handout.asOf", { date: formatPartialDate(dataset.asOf, t) })}`,
						story.audience && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [` · ${t("handout.for")} `, /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							lang,
							dir: "auto",
							children: story.audience
						})] })
					] }),
					hideUnconfirmed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("handout.leftOut") })
				]
			}),
			content.steps.map((step, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
				className: "handout-step",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", { children: [
						t("handout.step", { number: index + 1 }),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", {
							lang,
							dir: "auto",
							children: step.title
						})
					] }),
					step.period && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "handout-period",
						children: t("story.period", { period: formatPeriod(step.period.from, step.period.to, t) })
					}),
					images[index] && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("img", {
						src: images[index],
						alt: t("handout.image", { number: index + 1 })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "handout-text",
						lang,
						dir: "auto",
						children: step.text
					}),
					step.relations.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "handout-relations",
						"aria-label": t("handout.relations"),
						children: step.relations.map((row) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
								lang,
								dir: "auto",
								children: [
									row.from,
									" — ",
									row.kind.toLowerCase(),
									" ",
									row.directed ? "→" : "—",
									" ",
									row.to
								]
							}),
							row.label && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
								" ",
								"(",
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: classroomText(t, row.label) }),
								")"
							] }),
							row.also.length > 0 && ` ${t("handout.also", { list: t.intl.formatList(row.also.map((label) => classroomText(t, label))) })}`
						] }, row.id))
					}),
					step.citations.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("handout.stepSources") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "handout-citations",
						lang,
						dir: "auto",
						children: step.citations.map((citation) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("cite", { children: citation.source.title }), sourceMeta(t, citation.source, citation.locators) && ` — ${sourceMeta(t, citation.source, citation.locators)}`] }, citation.source.id))
					})] })
				]
			}, step.id)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "handout-sources",
				"aria-label": t("handout.allSources"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: t("claim.sources") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
					lang,
					dir: "auto",
					children: content.sources.map((source) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("cite", { children: source.title }),
						sourceMeta(t, source) && ` — ${sourceMeta(t, source)}`,
						source.url && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "handout-url",
							children: [" ", source.url]
						})
					] }, source.id))
				})]
			})
		]
	});
}
// src/ui/story/PresenterBar.tsx
function PresenterBar(props) {
	const { playback } = props;
	const last = isLastStep(playback);
	const t = useT();
	const label = playback.stepCount <= 0 ? t("presenter.noSteps") : t("presenter.stepOf", {
		step: Math.min(playback.step, playback.stepCount - 1) + 1,
		count: playback.stepCount
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
		className: "presenter-bar",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "presenter-bar-row",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
					className: "presenter-title",
					title: props.title,
					lang: props.lang,
					dir: "auto",
					children: props.title
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "presenter-counter",
					children: label
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "presenter-controls",
					role: "group",
					"aria-label": t("presenter.controls"),
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
							type: "button",
							onClick: props.onPrevious,
							disabled: playback.step === 0,
							title: t("presenter.previousHint"),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"aria-hidden": "true",
								className: "flip-rtl",
								children: "← "
							}), t("presenter.previous")]
						}),
						last && props.onExplore ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							className: "presenter-primary",
							onClick: props.onExplore,
							title: t("presenter.exploreHint"),
							children: t("presenter.explore")
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
							type: "button",
							className: "presenter-primary",
							onClick: props.onNext,
							disabled: last,
							title: t("presenter.nextHint"),
							children: [t("presenter.next"), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"aria-hidden": "true",
								className: "flip-rtl",
								children: " →"
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-pressed": props.hideUnconfirmed,
							onClick: props.onHideUnconfirmed,
							title: t("presenter.hideHint"),
							children: t("presenter.hide")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-pressed": props.projector,
							onClick: props.onProjector,
							title: t("tools.projectorHint"),
							children: t("tools.projector")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-pressed": props.fullscreen,
							onClick: props.onFullscreen,
							title: t("presenter.fullscreenHint"),
							children: t("presenter.fullscreen")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							onClick: props.onPrint,
							disabled: props.preparingHandout,
							children: props.preparingHandout ? t("presenter.preparingHandout") : t("presenter.printHandout")
						}),
						props.extraControls,
						props.onExit && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							onClick: props.onExit,
							title: t("presenter.exitHint"),
							children: t("presenter.exit")
						})
					]
				})
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "presenter-progress",
			role: "progressbar",
			"aria-label": t("presenter.progress"),
			"aria-valuemin": 1,
			"aria-valuemax": Math.max(1, playback.stepCount),
			"aria-valuenow": Math.min(playback.step + 1, Math.max(1, playback.stepCount)),
			"aria-valuetext": label,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "presenter-progress-fill",
				style: { width: `${Math.round(progress(playback) * 1e3) / 10}%` }
			})
		})]
	});
}
// src/ui/story/StepCaption.tsx
function StepCaption({ caption, lang }) {
	const t = useT();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "story-caption",
		role: "region",
		"aria-label": t("presenter.caption"),
		"aria-live": "polite",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				className: "story-caption-title",
				lang,
				dir: "auto",
				children: caption.title
			}),
			caption.period && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "story-caption-period",
				"data-testid": "step-period",
				children: t("story.period", { period: formatPeriod(caption.period.from, caption.period.to, t) })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "story-caption-text",
				lang,
				dir: "auto",
				children: caption.text
			})
		]
	});
}
// src/ui/story/StepRelationList.tsx
function StepRelationList({ rows, hidden, lang }) {
	const t = useT();
	const hiddenList = STATUS_ORDER.filter((status) => hidden.has(status));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("aside", {
		className: "story-relations",
		"aria-labelledby": "story-relations-heading",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "story-relations-heading",
				children: t("presenter.inThisStep")
			}),
			rows.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "story-relations-empty",
				children: t("presenter.noRelations")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: rows.map((row) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				"data-relation": row.id,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "story-relation-text",
						lang,
						dir: "auto",
						children: [
							row.from,
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"aria-hidden": "true",
								children: " — "
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "story-relation-kind",
								children: row.kind.toLowerCase()
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"aria-hidden": "true",
								children: row.directed ? " → " : " — "
							}),
							" ",
							row.to
						]
					}),
					row.label && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "classroom-label",
						children: classroomText(t, row.label)
					}),
					row.also.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "classroom-label classroom-also",
						children: t("presenter.also", { list: t.intl.formatList(row.also.map((label) => classroomText(t, label))) })
					})
				]
			}, row.id)) }),
			hiddenList.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "story-hidden-note",
				children: t("presenter.hiddenHere", { list: t.intl.formatList(hiddenList.map((status) => statusText(t, status).label.toLocaleLowerCase(t.locale))) })
			})
		]
	});
}
// src/ui/story/useFitOnResize.ts
function useFitOnResize(box, viewRef, ids) {
	const latest = (0, import_react.useRef)(ids);
	(0, import_react.useEffect)(() => {
		latest.current = ids;
	}, [ids]);
	(0, import_react.useEffect)(() => {
		const element = box.current;
		if (!element) return;
		let size = "";
		const observer = new ResizeObserver(() => {
			const next = `${element.clientWidth}x${element.clientHeight}`;
			if (size !== "" && next !== size) {
				viewRef.current?.resize();
				viewRef.current?.fit(latest.current.length > 0 ? latest.current : void 0);
			}
			size = next;
		});
		observer.observe(element);
		return () => observer.disconnect();
	}, [box, viewRef]);
}
// src/ui/story/useFullscreen.ts
function subscribe(onChange) {
	document.addEventListener("fullscreenchange", onChange);
	return () => document.removeEventListener("fullscreenchange", onChange);
}
var isFullscreen = () => document.fullscreenElement !== null;
function useFullscreen(target) {
	const fullscreen = (0, import_react.useSyncExternalStore)(subscribe, isFullscreen, () => false);
	const toggle = () => {
		if (document.fullscreenElement) document.exitFullscreen().catch(() => void 0);
		else target.current?.requestFullscreen?.().catch(() => void 0);
	};
	return {
		fullscreen,
		toggle
	};
}
// src/ui/story/useHandout.ts
var NO_SIZES$1 = /* @__PURE__ */ new Map();
async function drawSteps(view, dataset, story, hideUnconfirmed) {
	const urls = [];
	for (let index = 0; index < story.steps.length; index += 1) {
		const step = stepView(dataset, story, index, { hideUnconfirmed });
		const visible = step.focusActors.size > 0 ? {
			actors: step.focusActors,
			relations: step.focusRelations
		} : {
			actors: new Set(dataset.actors.map((actor) => actor.id)),
			relations: /* @__PURE__ */ new Set()
		};
		view.setScene({
			visible,
			hiddenMode: "hide",
			emphasis: void 0,
			path: void 0,
			sizes: NO_SIZES$1,
			communities: void 0
		});
		urls.push(await view.pngDataUrl(dataset, 1));
	}
	return urls;
}
/** `restore` puts the on-screen step back after the pictures were drawn. */
function useHandout(viewRef, dataset, story, hideUnconfirmed, restore) {
	const [images, setImages] = (0, import_react.useState)();
	const [preparing, setPreparing] = (0, import_react.useState)(false);
	const [error, setError] = (0, import_react.useState)();
	const printed = (0, import_react.useRef)(0);
	(0, import_react.useEffect)(() => {
		if (images === void 0 || printed.current === images.run) return;
		printed.current = images.run;
		window.print();
	}, [images]);
	const print = () => {
		const view = viewRef.current;
		if (!view || preparing) return;
		setPreparing(true);
		setError(void 0);
		const run = printed.current + 1;
		drawSteps(view, dataset, story, hideUnconfirmed).then((urls) => setImages({
			storyId: story.id,
			hideUnconfirmed,
			urls,
			run
		})).catch(() => setError("The handout pictures could not be drawn. Try again, or print the page as it is.")).finally(() => {
			restore();
			setPreparing(false);
		});
	};
	return {
		images,
		preparing,
		error,
		print
	};
}
// src/ui/story/usePlaybackKeys.ts
function isTextField(target) {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || [
		"INPUT",
		"TEXTAREA",
		"SELECT"
	].includes(target.tagName);
}
function usePlaybackKeys(onAction) {
	const act = (0, import_react.useEffectEvent)(onAction);
	(0, import_react.useEffect)(() => {
		const onKey = (event) => {
			if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTextField(event.target)) return;
			if (event.target instanceof Element && event.target.closest("dialog")) return;
			if (event.key === " " && event.target instanceof HTMLButtonElement) return;
			const action = playbackKeyAction(event.key);
			if (action === void 0) return;
			event.preventDefault();
			act(action);
		};
		window.addEventListener("keydown", onKey);
		return () => window.removeEventListener("keydown", onKey);
	}, []);
}
// src/ui/story/Presenter.tsx
var NO_SIZES = /* @__PURE__ */ new Map();
function Presenter({ loaded, story, position, state, update, standalone = false, openInTangle }) {
	const t = useT();
	const { dataset, lookup } = loaded;
	const root = (0, import_react.useRef)(null);
	const graphBox = (0, import_react.useRef)(null);
	const viewRef = (0, import_react.useRef)(null);
	const [selection, setSelection] = (0, import_react.useState)();
	const playback = startStory(story, position.step);
	const hideUnconfirmed = position.hideUnconfirmed === true;
	const view = (0, import_react.useMemo)(() => stepView(dataset, story, playback.step, { hideUnconfirmed }), [
		dataset,
		story,
		playback.step,
		hideUnconfirmed
	]);
	const focus = (0, import_react.useMemo)(() => ({
		actors: view.focusActors,
		relations: view.focusRelations
	}), [view]);
	const scene = (0, import_react.useMemo)(() => {
		const shown = shownElements(view);
		return {
			visible: shown.visible,
			hiddenMode: shown.mode,
			emphasis: focus,
			path: void 0,
			sizes: NO_SIZES,
			communities: void 0
		};
	}, [view, focus]);
	const focusIds = (0, import_react.useMemo)(() => [...focus.actors, ...focus.relations], [focus]);
	const rows = (0, import_react.useMemo)(() => stepRelationRows(lookup, view), [lookup, view]);
	const { fullscreen, toggle: toggleFullscreen } = useFullscreen(root);
	const handout = useHandout(viewRef, dataset, story, hideUnconfirmed, () => {
		viewRef.current?.setScene(scene);
	});
	const printed = handout.images?.storyId === story.id && handout.images.hideUnconfirmed === hideUnconfirmed ? handout.images : void 0;
	const content = (0, import_react.useMemo)(() => printed ? handoutContent(lookup, story, printed.hideUnconfirmed) : void 0, [
		printed,
		lookup,
		story
	]);
	(0, import_react.useEffect)(() => viewRef.current?.fit(focusIds.length > 0 ? focusIds : void 0), [focusIds]);
	useFitOnResize(graphBox, viewRef, focusIds);
	const goTo = (next) => {
		if (next === playback || handout.preparing) return;
		update(goToStep(next.step));
	};
	const exit = () => {
		if (document.fullscreenElement) document.exitFullscreen().catch(() => void 0);
		update(closeStory);
	};
	const explore = () => {
		if (document.fullscreenElement) document.exitFullscreen().catch(() => void 0);
		update(exploreStep(loaded.graph, view));
	};
	const onAction = (action) => {
		if (action === "next") goTo(nextStep(playback));
		else if (action === "previous") goTo(previousStep(playback));
		else if (action === "first") goTo(firstStep(playback));
		else if (action === "last") goTo(lastStep(playback));
		else if (action === "exit") {
			if (!standalone) exit();
		} else if (action === "fullscreen") toggleFullscreen();
		else goTo(jumpToStep(playback, action.jump));
	};
	usePlaybackKeys(onAction);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "presenter",
		ref: root,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PresenterBar, {
				title: story.title,
				lang: dataset.language,
				playback,
				hideUnconfirmed,
				fullscreen,
				preparingHandout: handout.preparing,
				onPrevious: () => onAction("previous"),
				onNext: () => onAction("next"),
				onExplore: standalone ? void 0 : explore,
				onHideUnconfirmed: () => update(toggleHideUnconfirmed),
				onFullscreen: toggleFullscreen,
				projector: state.theme === "projector",
				onProjector: () => update(toggleProjector),
				onPrint: handout.print,
				onExit: standalone ? void 0 : exit,
				extraControls: openInTangle !== void 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("a", {
					className: "presenter-open",
					href: openInTangle,
					target: "_blank",
					rel: "noopener",
					children: ["Open in Tangle", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: " ↗"
					})]
				}) : standalone ? void 0 : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StoryPageDialog, {
					dataset,
					story,
					hideUnconfirmed,
					projector: state.theme === "projector"
				})
			}),
			handout.error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "presenter-error",
				role: "alert",
				children: t("handout.failed")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
				className: "presenter-main",
				"aria-label": t("presenter.stepRegion"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					className: "presenter-graph",
					ref: graphBox,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GraphCanvas, {
						loaded,
						theme: state.theme,
						scene,
						layout: state.layout,
						selection,
						onSelect: setSelection,
						viewRef,
						keyboard: false,
						label: t("presenter.graphLabel", {
							step: playback.step + 1,
							actors: focus.actors.size,
							relations: focus.relations.size
						})
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepRelationList, {
					rows,
					hidden: view.hiddenStatuses,
					lang: dataset.language
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepCaption, {
				caption: view.caption,
				lang: dataset.language
			}),
			printed && content && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Handout, {
				dataset,
				story,
				content,
				images: printed.urls,
				hideUnconfirmed: printed.hideUnconfirmed
			})
		]
	});
}
export { Presenter, storyDataset as t };
