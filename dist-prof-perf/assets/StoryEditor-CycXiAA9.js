import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Nt as require_react, _t as removeStep, c as require_jsx_runtime, ft as withStories, gt as moveStep, ht as createStory, mt as addStep, o as useT, pt as storyToDraft, r as statusText, vt as renameStory, yt as updateStep } from "./statusText-RIAAKwP0.js";
import { serializeDataset } from "./datasetJson-_SpXaJIP.js";
import { I as isPartialDate, h as LIMITS } from "./model-CG2iP_D6.js";
import { r as downloadText } from "./index-w2_2BSXc.js";
/* empty css               */
// src/ui/story/StepPeriodFields.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function StepPeriodFields({ number, time, onChange }) {
	const t = useT();
	const field = (end, label) => {
		const value = time?.[end] ?? "";
		const invalid = value !== "" && !isPartialDate(value);
		return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
			className: "draft-field draft-period",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.periodField", {
					label,
					number
				}) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					inputMode: "numeric",
					placeholder: t("time.placeholder"),
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
					children: t("time.invalid")
				})
			]
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "draft-period-fields",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: t("story.periodLegend", { number }) }),
			field("from", t("story.periodFrom")),
			field("to", t("story.periodTo"))
		]
	});
}
// src/ui/story/DraftStepItem.tsx
function DraftStepItem({ step, number, count, onChange, onMove, onDelete, onPreview }) {
	const t = useT();
	const hidden = step.hideStatuses ?? [];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: "draft-step",
		"data-step": step.id,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.stepTitle", { number }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					value: step.title,
					maxLength: LIMITS.title,
					onChange: (event) => onChange({ title: event.target.value })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.stepText", { number }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
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
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "hint",
				children: hidden.length > 0 ? t("story.showsHiding", {
					actors: step.focus.actors.length,
					relations: step.focus.relations.length,
					hidden: t.intl.formatList(hidden.map((status) => statusText(t, status).label.toLocaleLowerCase(t.locale)))
				}) : t("story.shows", {
					actors: step.focus.actors.length,
					relations: step.focus.relations.length
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "draft-step-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						type: "button",
						onClick: () => onMove(-1),
						disabled: number === 1,
						"aria-label": t("story.moveUp", { number }),
						children: ["↑ ", t("story.up")]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						type: "button",
						onClick: () => onMove(1),
						disabled: number === count,
						"aria-label": t("story.moveDown", { number }),
						children: ["↓ ", t("story.down")]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onPreview,
						"aria-label": t("story.previewStep", { number }),
						children: t("story.preview")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onDelete,
						"aria-label": t("story.deleteStep", { number }),
						children: t("story.deleteShort")
					})
				]
			})
		]
	});
}
// src/ui/story/DraftEditor.tsx
function DraftEditor({ draft, capture, onChange, onPlay, onDelete }) {
	const t = useT();
	const count = draft.steps.length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "draft-editor",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.title") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
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
				children: t("story.noSteps")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "draft-steps",
				"aria-label": t("story.stepsOf", { title: draft.title }),
				children: draft.steps.map((step, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftStepItem, {
					step,
					number: index + 1,
					count,
					onChange: (patch) => onChange(updateStep(draft, step.id, patch)),
					onMove: (delta) => onChange(moveStep(draft, step.id, delta)),
					onDelete: () => onChange(removeStep(draft, step.id), t("story.stepDeleted", {
						number: index + 1,
						title: step.title
					})),
					onPreview: () => onPlay(index)
				}, step.id))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "draft-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onChange(addStep(draft, capture())),
						children: t("story.addStep")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => onPlay(0),
						disabled: count === 0,
						title: count === 0 ? t("story.addStepFirst") : t("story.playThis"),
						children: t("story.preview")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: onDelete,
						children: t("story.delete")
					})
				]
			})
		]
	});
}
// src/ui/story/StoryEditor.tsx
function StoryEditor({ dataset, drafts, onDrafts, capture, onPlay, onNotice }) {
	const t = useT();
	const [activeId, setActiveId] = (0, import_react.useState)();
	const [newTitle, setNewTitle] = (0, import_react.useState)("");
	const [undo, setUndo] = (0, import_react.useState)();
	const active = drafts.find((draft) => draft.id === activeId) ?? drafts[0];
	const takenIds = () => [...dataset.stories.map((story) => story.id), ...drafts.map((draft) => draft.id)];
	const change = (next, deleted) => {
		setUndo(deleted === void 0 ? void 0 : {
			label: deleted,
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
		if (left.length > 0) onNotice(t("story.leftOut", { list: t.intl.formatList(left) }));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "story-editor",
		"aria-labelledby": "story-editor-heading",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "story-editor-heading",
				children: t("explorer.stories")
			}),
			dataset.stories.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("story.inDataset") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "story-list",
				children: dataset.stories.map((story) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "story-list-title",
						lang: dataset.language,
						dir: "auto",
						children: story.title
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "hint",
						children: t("story.stepCount", { count: story.steps.length })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "story-list-actions",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							onClick: () => onPlay(story.id, 0),
							"aria-label": t("story.playLabel", { title: story.title }),
							children: t("story.play")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-label": t("story.copyLabel", { title: story.title }),
							onClick: () => {
								const fresh = createStory(t("story.copyTitle", { title: story.title }), takenIds());
								create({
									...storyToDraft(story),
									id: fresh.id,
									title: fresh.title
								});
							},
							children: t("story.copy")
						})]
					})
				] }, story.id))
			})] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("story.yours") }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				className: "new-story",
				onSubmit: (event) => {
					event.preventDefault();
					create(createStory(newTitle, takenIds()));
					setNewTitle("");
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "draft-field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.newTitle") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "text",
						value: newTitle,
						maxLength: LIMITS.title,
						onChange: (event) => setNewTitle(event.target.value)
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "submit",
					children: t("story.new")
				})]
			}),
			drafts.length > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "draft-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("story.toEdit") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
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
				onDelete: () => change(drafts.filter((draft) => draft !== active), t("story.storyDeleted", { title: active.title }))
			}, active.id) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				onClick: () => create(addStep(createStory("", takenIds()), capture())),
				children: t("story.addStep")
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
						children: t("story.undo")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "story-export",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					onClick: exportAll,
					disabled: drafts.length === 0,
					children: t("story.export")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "hint",
					children: t("story.keptHere")
				})]
			})
		]
	});
}
export { StoryEditor };
