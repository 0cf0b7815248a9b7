// Every named change to AppState. Components call `update(toggleNeighbourhood(id))`, never an inline lambda.
export * from "./explorer";
export { openDataset, openNetwork } from "./dataset";
export { playStory, goToStep, toggleHideUnconfirmed, closeStory, dropMissingStory, exploreStep } from "./story";
