// PNG and SVG of a large graph drawn from the model: every shown actor and relation (cytoscape
// holds only the detail), with the title, a line that says how much is drawn, the legend and
// the sources, as exportImage.ts does for small graphs.
import { lineStyleNote } from "../../state";
import { ENGLISH_EXPORT_WORDS, xmlEscape, type ExportCaption, type ExportWords } from "../exportCaption";
import { boxAround } from "../detail/chooseDetail";
import { drawOverview, edgeAlpha } from "./drawOverview";
import type { OverviewScene } from "./overviewScene";

const HEADER = 62;
const LINE = 18;
const WIDTH = 1600;
const EDGE_COLOUR = "#3c3c50";
const ACTOR_RADIUS = 3;

interface Frame {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** A camera that fits every actor in a picture WIDTH wide, keeping proportions. */
function frameFor(scene: OverviewScene): Frame {
  const points = Array.from(scene.ids, (_id, i) => ({ x: scene.xs[i] ?? 0, y: scene.ys[i] ?? 0 }));
  const box = boxAround(points) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
  const pad = 20;
  const zoom = (WIDTH - 2 * pad) / Math.max(box.x2 - box.x1, 1);
  const height = Math.min(Math.max(Math.round((box.y2 - box.y1) * zoom + 2 * pad), 200), 4000);
  const fit = Math.min(zoom, (height - 2 * pad) / Math.max(box.y2 - box.y1, 1));
  return { zoom: fit, pan: { x: pad - box.x1 * fit, y: pad - box.y1 * fit }, width: WIDTH, height };
}

/** "Drawn: all 5,000 shown actors (of 5,000) and all 15,000 shown relations (of 15,000)." */
export function coverageLine(
  scene: OverviewScene,
  totalActors: number,
  totalRelations: number,
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): string {
  return words.coverage({ actors: scene.ids.length, totalActors, relations: scene.edgeFrom.length, totalRelations });
}

export function composeLargePng(scene: OverviewScene, caption: ExportCaption, coverage: string, scale: number): string {
  const frame = frameFor(scene);
  const footerLines = 2 + Math.ceil(caption.legend.length / 6);
  const canvas = document.createElement("canvas");
  canvas.width = frame.width * scale;
  canvas.height = (HEADER + frame.height + footerLines * LINE + 16) * scale;
  const context = canvas.getContext("2d");
  if (!context) return "";
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.save();
  context.scale(scale, scale);
  context.translate(0, HEADER);
  drawOverview(context, scene, frame, {
    width: frame.width,
    height: frame.height,
    radius: ACTOR_RADIUS,
    edgeColour: EDGE_COLOUR,
    clear: false,
  });
  context.restore();
  context.fillStyle = "#111111";
  context.font = `bold ${20 * scale}px sans-serif`;
  context.fillText(caption.title, 12 * scale, 28 * scale);
  context.font = `${12 * scale}px sans-serif`;
  context.fillText(coverage, 12 * scale, 50 * scale);
  let y = (HEADER + frame.height + 20) * scale;
  caption.legend.forEach((entry, index) => {
    const x = (12 + (index % 6) * 150) * scale;
    if (index > 0 && index % 6 === 0) y += LINE * scale;
    context.fillStyle = entry.colour;
    context.fillRect(x, y - 10 * scale, 10 * scale, 10 * scale);
    context.fillStyle = "#111111";
    context.fillText(entry.label, x + 14 * scale, y);
  });
  context.fillText(caption.lineStyles ?? lineStyleNote(), 12 * scale, (y += LINE * scale));
  context.fillText(caption.sourcesLine, 12 * scale, y + LINE * scale, canvas.width - 24 * scale);
  return canvas.toDataURL("image/png");
}

/** One <circle> per shown actor (its name as a tooltip title), one <path> for the relations. */
export function composeLargeSvg(
  scene: OverviewScene,
  caption: ExportCaption,
  coverage: string,
  nameOf: (id: string) => string,
): string {
  const frame = frameFor(scene);
  const sx = (i: number) => ((scene.xs[i] ?? 0) * frame.zoom + frame.pan.x).toFixed(1);
  const sy = (i: number) => ((scene.ys[i] ?? 0) * frame.zoom + frame.pan.y).toFixed(1);
  const segments = (faded: number) => {
    const parts: string[] = [];
    for (let e = 0; e < scene.edgeFrom.length; e++) {
      if (scene.edgeFaded[e] !== faded) continue;
      const a = scene.edgeFrom[e] ?? 0;
      const b = scene.edgeTo[e] ?? 0;
      parts.push(`M${sx(a)} ${sy(a)}L${sx(b)} ${sy(b)}`);
    }
    return parts.join("");
  };
  const alpha = edgeAlpha(scene.edgeFrom.length);
  const actors = scene.ids.map((id, i) => {
    const r = (ACTOR_RADIUS * (1 + 1.4 * (scene.sizes[i] ?? 0))).toFixed(1);
    const fill = xmlEscape(scene.colours[scene.colourOf[i] ?? 0] ?? "#999999");
    const opacity = scene.faded[i] ? ` fill-opacity="0.15"` : "";
    return `<circle class="actor" data-id="${xmlEscape(id)}" cx="${sx(i)}" cy="${sy(i)}" r="${r}" fill="${fill}"${opacity}><title>${xmlEscape(nameOf(id))}</title></circle>`;
  });
  const footerTop = HEADER + frame.height + 20;
  const legend = caption.legend
    .map((entry, index) => {
      const x = 12 + (index % 6) * 150;
      const y = footerTop + Math.floor(index / 6) * LINE;
      return `<rect x="${x}" y="${y - 10}" width="10" height="10" fill="${xmlEscape(entry.colour)}"/><text x="${x + 14}" y="${y}">${xmlEscape(entry.label)}</text>`;
    })
    .join("");
  const notesTop = footerTop + Math.ceil(caption.legend.length / 6) * LINE;
  const total = notesTop + 2 * LINE + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${total}" viewBox="0 0 ${frame.width} ${total}" font-family="sans-serif" font-size="12">`,
    `<title>${xmlEscape(caption.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="28" font-size="20" font-weight="bold">${xmlEscape(caption.title)}</text>`,
    `<text x="12" y="50">${xmlEscape(coverage)}</text>`,
    `<g transform="translate(0 ${HEADER})">`,
    `<path d="${segments(1)}" stroke="${EDGE_COLOUR}" stroke-opacity="${(alpha * 0.25).toFixed(3)}" fill="none"/>`,
    `<path d="${segments(0)}" stroke="${EDGE_COLOUR}" stroke-opacity="${alpha.toFixed(3)}" fill="none"/>`,
    ...actors,
    `</g>`,
    legend,
    `<text x="12" y="${notesTop}">${xmlEscape(caption.lineStyles ?? lineStyleNote())}</text>`,
    `<text x="12" y="${notesTop + LINE}">${xmlEscape(caption.sourcesLine)}</text>`,
    `</svg>`,
  ].join("\n");
}
