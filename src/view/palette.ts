// Colours and shapes assigned to vocabulary entries by position. Colour-blind-safe hues
// (Okabe–Ito and Tol), always paired with a shape or line style so colour is never alone.
import type { Theme } from "../state";

const KIND_COLOURS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#B8860B",
  "#56B4E9",
  "#882255",
  "#117733",
  "#332288",
  "#6B6B6B",
  "#44AA99",
  "#999933",
];
const KIND_SHAPES = [
  "ellipse",
  "round-rectangle",
  "diamond",
  "hexagon",
  "triangle",
  "barrel",
  "star",
  "octagon",
  "round-tag",
  "rhomboid",
  "vee",
  "concave-hexagon",
] as const;
const COMMUNITY_COLOURS = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#999999",
  "#44AA99",
  "#882255",
];

export type NodeShape = (typeof KIND_SHAPES)[number];

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

export const kindColour = (index: number): string => at(KIND_COLOURS, index);
export const kindShape = (index: number): NodeShape => at(KIND_SHAPES, index);
export const communityColour = (index: number): string => at(COMMUNITY_COLOURS, index);
/** Communities beyond this many are drawn grey rather than reusing a colour. */
export const COMMUNITY_COLOUR_COUNT = COMMUNITY_COLOURS.length;

export interface ThemeTokens {
  background: string;
  text: string;
  textOutline: string;
  fontSize: number;
  nodeSize: number;
  edgeWidth: number;
  selection: string;
  /** The keyboard focus halo around the selected element. */
  focusRing: string;
}

export const THEME_TOKENS: Record<Theme, ThemeTokens> = {
  light: {
    background: "#ffffff",
    text: "#1a1a1a",
    textOutline: "#ffffff",
    fontSize: 13,
    nodeSize: 26,
    edgeWidth: 2,
    selection: "#FFB000",
    focusRing: "#0b3d91",
  },
  projector: {
    background: "#ffffff",
    text: "#000000",
    textOutline: "#ffffff",
    fontSize: 18,
    nodeSize: 36,
    edgeWidth: 4.5,
    selection: "#E66100",
    focusRing: "#000000",
  },
};
