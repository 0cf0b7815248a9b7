import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as withStories, at as renameStory, et as storyToDraft, it as removeStep, nt as createStory, ot as updateStep, rt as moveStep, t as require_jsx_runtime, tt as addStep, yt as require_react } from "./jsx-runtime-D45eTj5z.js";
import { serializeDataset } from "./datasetJson-_SpXaJIP.js";
import { I as isPartialDate, h as LIMITS } from "./model-CG2iP_D6.js";
import { n as downloadText } from "./index-DDcLdRoz.js";
/* empty css               */
// src/ui/story/StepPeriodFields.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function StepPeriodFields({ number, time, onChange }) {
	const field = (end, label) => {
		const value = time?.[end] ?? "";
		const invalid = value !== "" && !isPartialDate(value);
		return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
			className: "draft-field draft-period",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [
					label,
					" (step ",
					number,
					")"
				] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					inputMode: "numeric",
					placeholder: "YYYY-MM",
					maxLength: 10,
					value,
					"aria-invalid": invalid,
					onChange: (event) => {
						const next = {
							...time,
							[end]: event.target.value.trim() || void 0
						};
						onChange(next.from === void 0 && next.to === void 0 ? void 0 : next);
					}
				}),
				invalid && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "field-error",
					children: "Use 2025, 2025-03 or 2025-03-08"
				})
			]
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "draft-period-fields",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("legend", { children: [
				"Period of step ",
				number,
				" (optional)"
			] }),
			field("from", "Period from"),
			field("to", "Period to")
		]
	});
}
// src/ui/story/DraftStepItem.tsx
var plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function DraftStepItem({ step, number, count, onChange, onMove, onDelete, onPreview }) {
	const hides = step.hideStatuses && step.hideStatuses.length > 0 ? `; hides ${step.hideStatuses.join(", ")} claims` : "";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: "draft-step",
		"data-step": step.id,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: ["Title of step ", number] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					value: step.title,
					maxLength: LIMITS.title,
					onChange: (event) => onChange({ title: event.target.value })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: ["Text of step ", number] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
					value: step.text,
					rows: 3,
					maxLength: LIMITS.text,
					onChange: (event) => onChange({ text: event.target.value })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepPeriodFields, {
				number,
				time: step.time,
				onChange: (time) => onChange({ time })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "hint",
				children: [
					"Shows ",
					plural(step.focus.actors.length, "actor"),
					" and ",
					plural(step.focus.relations.length, "relation"),
					hides,
					"."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "draft-step-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onMove(-1),
						disabled: number === 1,
						"aria-label": `Move step ${number} up`,
						children: "↑ Up"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onMove(1),
						disabled: number === count,
						"aria-label": `Move step ${number} down`,
						children: "↓ Down"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onPreview,
						"aria-label": `Preview step ${number}`,
						children: "Preview"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onDelete,
						"aria-label": `Delete step ${number}`,
						children: "Delete"
					})
				]
			})
		]
	});
}
// src/ui/story/DraftEditor.tsx
function DraftEditor({ draft, capture, onChange, onPlay, onDelete }) {
	const count = draft.steps.length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "draft-editor",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: "Story title" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					value: draft.title,
					maxLength: LIMITS.title,
					onChange: (event) => onChange({
						...draft,
						title: event.target.value
					}),
					onBlur: () => onChange(renameStory(draft, draft.title))
				})]
			}),
			count === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "hint",
				children: "No steps yet. Select an actor or a relation, find a path or set filters, then add the view as a step."
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "draft-steps",
				"aria-label": `Steps of ${draft.title}`,
				children: draft.steps.map((step, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftStepItem, {
					step,
					number: index + 1,
					count,
					onChange: (patch) => onChange(updateStep(draft, step.id, patch)),
					onMove: (delta) => onChange(moveStep(draft, step.id, delta)),
					onDelete: () => onChange(removeStep(draft, step.id), `Step ${index + 1} "${step.title}"`),
					onPreview: () => onPlay(index)
				}, step.id))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "draft-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onChange(addStep(draft, capture())),
						children: "Add step from current view"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onPlay(0),
						disabled: count === 0,
						title: count === 0 ? "Add a step first" : "Play this story",
						children: "Preview"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onDelete,
						children: "Delete story"
					})
				]
			})
		]
	});
}
// src/ui/story/StoryEditor.tsx
function StoryEditor({ dataset, drafts, onDrafts, capture, onPlay, onNotice }) {
	const [activeId, setActiveId] = (0, import_react.useState)();
	const [newTitle, setNewTitle] = (0, import_react.useState)("");
	const [undo, setUndo] = (0, import_react.useState)();
	const active = drafts.find((draft) => draft.id === activeId) ?? drafts[0];
	const takenIds = () => [...dataset.stories.map((story) => story.id), ...drafts.map((draft) => draft.id)];
	const change = (next, deleted) => {
		setUndo(deleted === void 0 ? void 0 : {
			label: `${deleted} deleted.`,
			drafts: [...drafts]
		});
		onDrafts(next);
	};
	const replace = (draft, deleted) => change(drafts.map((other) => other.id === draft.id ? draft : other), deleted);
	const create = (draft) => {
		change([...drafts, draft]);
		setActiveId(draft.id);
	};
	const exportAll = () => {
		const merged = withStories(dataset, drafts);
		const left = drafts.filter((draft) => !merged.stories.some((story) => story.id === draft.id)).map((draft) => `"${draft.title}"`);
		downloadText(`${dataset.id}-with-stories.json`, serializeDataset(merged), "application/json");
		if (left.length > 0) onNotice(`Left out of the export (no steps yet): ${left.join(", ")}.`);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "story-editor",
		"aria-labelledby": "story-editor-heading",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "story-editor-heading",
				children: "Stories"
			}),
			dataset.stories.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "In this dataset" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "story-list",
				children: dataset.stories.map((story) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "story-list-title",
						children: story.title
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "hint",
						children: [
							"(",
							story.steps.length,
							" steps)"
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "story-list-actions",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							onClick: () => onPlay(story.id, 0),
							"aria-label": `Play "${story.title}"`,
							children: "Play"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-label": `Edit a copy of "${story.title}"`,
							onClick: () => {
								const fresh = createStory(`${story.title} (copy)`, takenIds());
								create({
									...storyToDraft(story),
									id: fresh.id,
									title: fresh.title
								});
							},
							children: "Edit a copy"
						})]
					})
				] }, story.id))
			})] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "Your stories" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				className: "new-story",
				onSubmit: (event) => {
					event.preventDefault();
					create(createStory(newTitle, takenIds()));
					setNewTitle("");
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "draft-field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: "Title of a new story" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "text",
						value: newTitle,
						maxLength: LIMITS.title,
						onChange: (event) => setNewTitle(event.target.value)
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "submit",
					children: "New story"
				})]
			}),
			drafts.length > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: "Story to edit" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
					value: active?.id,
					onChange: (event) => setActiveId(event.target.value),
					children: drafts.map((draft) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
						value: draft.id,
						children: draft.title || draft.id
					}, draft.id))
				})]
			}),
			active ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftEditor, {
				draft: active,
				capture,
				onChange: replace,
				onPlay: (step) => onPlay(active.id, step),
				onDelete: () => change(drafts.filter((draft) => draft !== active), `Story "${active.title}"`)
			}, active.id) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				onClick: () => create(addStep(createStory("", takenIds()), capture())),
				children: "Add step from current view"
			}),
			undo && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "story-undo",
				role: "status",
				children: [
					undo.label,
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => {
							onDrafts(undo.drafts);
							setUndo(void 0);
						},
						children: "Undo"
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "story-export",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					onClick: exportAll,
					disabled: drafts.length === 0,
					children: "Export stories as dataset JSON"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "hint",
					children: "Your stories are kept in this browser. Export them to share them or to keep a copy; Import opens such a file again."
				})]
			})
		]
	});
}
export { StoryEditor };
