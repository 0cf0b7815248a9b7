// PNG and SVG of the graph with the title, legend and sources burned in, so an image that
// travels alone still says what it shows and where it comes from.
import cytoscape, { type Core } from "cytoscape";
import { lineStyleNote } from "../state";
import { wrapCaption, xmlEscape, type ExportCaption } from "./exportCaption";

const HEADER = 44;
const LINE = 18;

/** 12 px sans-serif averages under 7 px a character: lines of width / 7 characters fit. */
const notesFor = (caption: ExportCaption, width: number) => {
  const chars = Math.max(40, Math.floor((width - 24) / 7));
  return [...wrapCaption(caption.lineStyles ?? lineStyleNote(), chars), ...wrapCaption(caption.sourcesLine, chars)];
};

const footerLines = (caption: ExportCaption, width: number) =>
  Math.ceil(caption.legend.length / 6) + notesFor(caption, width).length;

/** `prepare` runs just before the graph is drawn (the labels are placed for the whole graph). */
export async function composePng(
  cy: Core,
  caption: ExportCaption,
  scale: number,
  prepare?: () => void,
): Promise<string> {
  prepare?.();
  const graphUrl = cy.png({ full: true, scale, bg: "#ffffff" });
  const image = new Image();
  image.src = graphUrl;
  await image.decode();
  const width = Math.max(image.width, 900 * scale);
  const footer = (footerLines(caption, width / scale) * LINE + 16) * scale;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = image.height + HEADER * scale + footer;
  const context = canvas.getContext("2d");
  if (!context) return graphUrl;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, (canvas.width - image.width) / 2, HEADER * scale);
  context.fillStyle = "#111111";
  context.font = `bold ${20 * scale}px sans-serif`;
  context.fillText(caption.title, 12 * scale, 28 * scale);
  context.font = `${12 * scale}px sans-serif`;
  let y = HEADER * scale + image.height + 20 * scale;
  caption.legend.forEach((entry, index) => {
    const x = (12 + (index % 6) * 150) * scale;
    if (index > 0 && index % 6 === 0) y += LINE * scale;
    context.fillStyle = entry.colour;
    if (entry.line) context.fillRect(x - 2 * scale, y - 6 * scale, 14 * scale, 3 * scale);
    else context.fillRect(x, y - 10 * scale, 10 * scale, 10 * scale);
    context.fillStyle = "#111111";
    context.fillText(entry.label, x + 14 * scale, y);
  });
  for (const line of notesFor(caption, width / scale)) context.fillText(line, 12 * scale, (y += LINE * scale));
  return canvas.toDataURL("image/png");
}

let svgRegistered = false;

/**
 * cytoscape-svg loses the fill state between the lines of a wrapped label: a second line came out
 * as a white outline filled with another node's colour ("hollow"). Every filled label text is
 * drawn in the theme's text colour, without stroke; the outline copies (fill="none") stay.
 */
export function repairLabelText(svg: string, textColour: string): string {
  return svg.replace(/<text ([^>]*)>/g, (tag: string, attributes: string) => {
    if (/\bfill="none"/.test(attributes) || !/\bfont-family=/.test(attributes)) return tag;
    const cleaned = attributes
      .replace(/\s(stroke|stroke-opacity|stroke-width|stroke-miterlimit|stroke-linejoin)="[^"]*"/g, "")
      .replace(/\bfill="[^"]*"/, `fill="${textColour}"`);
    return `<text ${cleaned} stroke="none">`;
  });
}

export async function composeSvg(
  cy: Core,
  caption: ExportCaption,
  textColour = "#1a1a1a",
  prepare?: () => void,
): Promise<string> {
  if (!svgRegistered) {
    // Loaded on demand: the SVG writer is only needed when someone exports.
    const { default: svg } = await import("cytoscape-svg");
    cytoscape.use(svg);
    svgRegistered = true;
  }
  prepare?.();
  const inner = (cy as Core & { svg: (options: object) => string })
    .svg({ full: true, scale: 1, bg: "#ffffff" })
    .replace(/^<\?xml[^>]*>\s*/, "");
  const repaired = repairLabelText(inner, textColour);
  const width = Math.max(Number(/width="([\d.]+)/.exec(inner)?.[1] ?? 800), 900);
  const height = Number(/height="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const footerTop = HEADER + height + 20;
  const legend = caption.legend
    .map((entry, index) => {
      const x = 12 + (index % 6) * 150;
      const y = footerTop + Math.floor(index / 6) * LINE;
      const symbol = entry.line
        ? `x="${x - 2}" y="${y - 6}" width="14" height="3"`
        : `x="${x}" y="${y - 10}" width="10" height="10"`;
      return `<rect ${symbol} fill="${xmlEscape(entry.colour)}"/><text x="${x + 14}" y="${y}">${xmlEscape(entry.label)}</text>`;
    })
    .join("");
  const notesTop = footerTop + Math.ceil(caption.legend.length / 6) * LINE;
  const notes = notesFor(caption, width);
  const total = notesTop + notes.length * LINE + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="sans-serif" font-size="12">`,
    `<title>${xmlEscape(caption.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="28" font-size="20" font-weight="bold">${xmlEscape(caption.title)}</text>`,
    `<g transform="translate(0 ${HEADER})">${repaired}</g>`,
    legend,
    ...notes.map((line, index) => `<text x="12" y="${notesTop + index * LINE}">${xmlEscape(line)}</text>`),
    `</svg>`,
  ].join("\n");
}
