// Public surface of the classroom stories: playback, what a step shows, authoring drafts, and the
// saved-work codec. Pure functions on plain data; the UI owns storage, keyboard events and rendering.
export {
  startStory,
  nextStep,
  previousStep,
  firstStep,
  lastStep,
  jumpToStep,
  isLastStep,
  progress,
  stepLabel,
  type StoryPlayback,
  type PlayableStory,
} from "./playback";
export { playbackKeyAction, type PlaybackAction } from "./playbackKeys";
export {
  stepView,
  UNCONFIRMED_STATUSES,
  type StepView,
  type StepViewOptions,
  type StepCaption,
  type StepPeriod,
} from "./stepView";
export { classroomLabel } from "./classroomLabel";
export type { DraftStep, DraftStory, StepCamera, CapturedStep, DraftStepPatch } from "./draft";
export {
  createStory,
  renameStory,
  titled,
  addStep,
  updateStep,
  moveStep,
  removeStep,
  UNTITLED_STORY,
} from "./authoring";
export { draftToStory, storyToDraft } from "./draftConversion";
export { withStories } from "./withStories";
export {
  encodeSavedStories,
  restoreSavedStories,
  type RestoredStories,
  type SavedStoriesProblem,
  type SavedStoryRef,
} from "./savedStories";
export { SAVED_STORIES_FORMAT, SAVED_STORIES_VERSION, SAVED_LIMITS } from "./savedStoriesSchema";
export { exploreFromStep } from "./exploreFrom";
export { handoutContent, type HandoutContent, type HandoutCitation } from "./handoutContent";
export { stepRelationRows, type StepRelationRow } from "./stepRelations";
export { shownElements, type ShownElements } from "./shownElements";
