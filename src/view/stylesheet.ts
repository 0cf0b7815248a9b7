// The cytoscape stylesheet as data: a function of the theme and the graph's size. Vocabulary
// colours and shapes travel on the elements (elements.ts), so one rule serves every kind.
import type { StylesheetJson } from "cytoscape";
import { RELATION_STATUS_ORDER } from "../model";
import { STATUS_PRESENTATION, UNSOURCED_LINE, type LineStyle, type Theme } from "../state";
import { THEME_TOKENS, type NodeShape } from "./palette";
import { LABEL_HIDDEN, LABEL_HOVER, LABEL_SHORT, LABELLED_EDGES } from "./labels/labelClasses";
import { LARGE_NODE_SCALES, nodeScaleClass } from "./labelScale";

/** The line style cytoscape knows for a presented one ("double" is drawn with an outline). */
const cytoscapeLineStyle = (style: LineStyle): "solid" | "dashed" | "dotted" => (style === "double" ? "solid" : style);

/**
 * Large graphs trade looks for speed, as cytoscape's performance guide advises: straight
 * "haystack" edges without arrowheads (arrows cost more than everything else at 15k edges),
 * and labels only once zoomed in. Direction stays readable in the details panel and the table.
 */
const largeGraphStyle = (nodeScale: number): StylesheetJson => [
  {
    selector: "edge",
    style: { "curve-style": "haystack", "haystack-radius": 0, width: 1, opacity: 0.6, "target-arrow-shape": "none" },
  },
  {
    selector: "node",
    style: { "min-zoomed-font-size": 14, width: 10 * nodeScale, height: 10 * nodeScale, "border-width": 0 },
  },
  // The view gives each node the class of the camera's scale (labelScale.ts: nodeScaleClass).
  ...LARGE_NODE_SCALES.map((scale) => ({
    selector: `node.${nodeScaleClass(scale)}`,
    style: { width: 10 * nodeScale * scale, height: 10 * nodeScale * scale },
  })),
];

/**
 * `labelScale` enlarges labels of small graphs when zoomed out, so that names stay readable;
 * `nodeScale` enlarges the nodes of large graphs (each scale class multiplies it: see labelScale.ts).
 */
export function buildStylesheet(theme: Theme, large = false, labelScale = 1, nodeScale = 1): StylesheetJson {
  const tokens = THEME_TOKENS[theme];
  const fontSize = Math.round(tokens.fontSize * labelScale);
  const base: StylesheetJson = [
    {
      selector: "node",
      style: {
        label: "data(drawnLabel)",
        width: `mapData(size, 0, 1, ${tokens.nodeSize}, ${tokens.nodeSize * 2.4})`,
        height: `mapData(size, 0, 1, ${tokens.nodeSize}, ${tokens.nodeSize * 2.4})`,
        "font-size": fontSize,
        color: tokens.text,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": `${fontSize * 10}px`,
        "text-outline-color": tokens.textOutline,
        "text-outline-width": 2,
        "border-width": 1.5,
        "border-color": "#ffffff",
        "min-zoomed-font-size": theme === "projector" ? 0 : 7,
      },
    },
    {
      selector: "edge",
      style: {
        width: tokens.edgeWidth,
        "curve-style": "bezier",
        "control-point-step-size": 28,
        "arrow-scale": theme === "projector" ? 1.3 : 1,
        opacity: 0.85,
      },
    },
    { selector: "edge.directed", style: { "target-arrow-shape": "triangle" } },
  ];
  // Colours and shapes come from element data (see elements.ts), one rule for all kinds.
  const kinds: StylesheetJson = [
    // cytoscape's types list only literal shapes, though mappers like data(shape) are valid.
    { selector: "node", style: { "background-color": "data(colour)", shape: "data(shape)" as NodeShape } },
    { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)" } },
  ];
  const statuses: StylesheetJson = RELATION_STATUS_ORDER.map((status) => ({
    selector: `edge[status = "${status}"]`,
    style: {
      "line-style": cytoscapeLineStyle(STATUS_PRESENTATION[status].line.style),
      "line-opacity": STATUS_PRESENTATION[status].line.opacity,
    },
  }));
  // Cytoscape has no double line: a core in the background colour with an outline of the kind's
  // colour on each side draws two parallel lines (confirmed, in the presentation table).
  const doubles: StylesheetJson = RELATION_STATUS_ORDER.filter(
    (status) => STATUS_PRESENTATION[status].line.style === "double",
  ).map((status) => ({
    selector: `edge[status = "${status}"]`,
    style: {
      width: tokens.edgeWidth * 1.1,
      "line-color": tokens.background,
      "line-outline-width": Math.max(1, tokens.edgeWidth * 0.55),
      "line-outline-color": "data(colour)",
    },
  }));
  // No claim, no source: grey, thin and finely dotted whatever its kind, so it never passes for evidence.
  statuses.push({
    selector: 'edge[status = "unsourced"]',
    style: {
      "line-color": UNSOURCED_LINE.colour,
      "target-arrow-color": UNSOURCED_LINE.colour,
      width: Math.max(1, tokens.edgeWidth * UNSOURCED_LINE.widthFactor),
      "line-dash-pattern": [2, 4],
    },
  });
  // Communities beyond the palette have no colour of their own: grey.
  const communities: StylesheetJson = [
    { selector: "node.by-community", style: { "background-color": "#999999" } },
    { selector: "node.by-community[communityColour]", style: { "background-color": "data(communityColour)" } },
  ];
  const fileColours: StylesheetJson = [
    { selector: "node.by-file-colour[fileColour]", style: { "background-color": "data(fileColour)" } },
  ];
  const states: StylesheetJson = [
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: ".dimmed, .deemphasised", style: { opacity: 0.2 } },
    { selector: "node.neighbour", style: { "border-color": tokens.text, "border-width": 2 } },
    // Relation kinds appear on the edges one looks at: selected, around a hovered actor, on a path.
    {
      selector: LABELLED_EDGES,
      style: {
        label: "data(drawnKindLabel)",
        "font-size": Math.round(tokens.fontSize * (theme === "projector" ? 1 : 0.85) * labelScale),
        color: tokens.text,
        "text-rotation": "autorotate",
        "text-background-color": tokens.background,
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
      },
    },
    { selector: "edge.neighbour", style: { opacity: 1, width: tokens.edgeWidth * 1.6 } },
    {
      selector: "node.emphasised",
      style: { "border-color": tokens.selection, "border-width": 5, "font-weight": "bold" },
    },
    { selector: "edge.emphasised", style: { width: tokens.edgeWidth * 2, opacity: 1 } },
    {
      selector: "node.on-path",
      style: { "border-color": tokens.selection, "border-width": 5, opacity: 1, "text-opacity": 1 },
    },
    {
      selector: "edge.on-path",
      style: {
        "line-color": tokens.selection,
        "target-arrow-color": tokens.selection,
        width: tokens.edgeWidth * 2.2,
        opacity: 1,
      },
    },
    { selector: "node:selected", style: { "border-color": tokens.selection, "border-width": 6, "overlay-opacity": 0 } },
    {
      selector: "edge:selected",
      style: {
        "line-color": tokens.selection,
        "target-arrow-color": tokens.selection,
        width: tokens.edgeWidth * 2.4,
        opacity: 1,
      },
    },
    // Keyboard focus in the graph: a dark halo around the selected element, distinct from the
    // amber selection border, like the focus ring of any other control.
    {
      selector: "node.keyboard-focus",
      style: {
        "underlay-color": tokens.focusRing,
        "underlay-padding": 9,
        "underlay-opacity": 0.75,
        "underlay-shape": "ellipse",
      },
    },
    {
      selector: "edge.keyboard-focus",
      style: { "underlay-color": tokens.focusRing, "underlay-padding": 6, "underlay-opacity": 0.6 },
    },
  ];
  // Which labels are drawn is decided by labels/LabelLayer.ts: these classes carry its choice.
  const labels: StylesheetJson = [
    { selector: `node.${LABEL_SHORT}`, style: { label: "data(shortLabel)", "text-wrap": "none" } },
    { selector: `.${LABEL_HIDDEN}`, style: { label: "" } },
    {
      selector: `node.${LABEL_HOVER}`,
      style: {
        label: "data(label)",
        "z-index": 100,
        "text-background-color": tokens.background,
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
      },
    },
  ];
  return [
    ...base,
    ...kinds,
    ...statuses,
    ...doubles,
    ...communities,
    ...fileColours,
    ...(large ? largeGraphStyle(nodeScale) : []),
    ...states,
    ...labels,
  ];
}
