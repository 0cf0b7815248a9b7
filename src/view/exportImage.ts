// PNG and SVG of the graph with the title, legend and sources burned in, so an image that
// travels alone still says what it shows and where it comes from.
import cytoscape, { type Core } from "cytoscape";
import { lineStyleNote } from "../state";
import { xmlEscape, type ExportCaption } from "./exportCaption";

const HEADER = 44;
const LINE = 18;

const footerLines = (caption: ExportCaption) => 2 + Math.ceil(caption.legend.length / 6);

export async function composePng(cy: Core, caption: ExportCaption, scale: number): Promise<string> {
  const graphUrl = cy.png({ full: true, scale, bg: "#ffffff" });
  const image = new Image();
  image.src = graphUrl;
  await image.decode();
  const footer = (footerLines(caption) * LINE + 16) * scale;
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(image.width, 900 * scale);
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
    context.fillRect(x, y - 10 * scale, 10 * scale, 10 * scale);
    context.fillStyle = "#111111";
    context.fillText(entry.label, x + 14 * scale, y);
  });
  context.fillText(lineStyleNote(), 12 * scale, (y += LINE * scale));
  context.fillText(caption.sourcesLine, 12 * scale, y + LINE * scale, canvas.width - 24 * scale);
  return canvas.toDataURL("image/png");
}

let svgRegistered = false;

export async function composeSvg(cy: Core, caption: ExportCaption): Promise<string> {
  if (!svgRegistered) {
    // Loaded on demand: the SVG writer is only needed when someone exports.
    const { default: svg } = await import("cytoscape-svg");
    cytoscape.use(svg);
    svgRegistered = true;
  }
  const inner = (cy as Core & { svg: (options: object) => string }).svg({ full: true, scale: 1, bg: "#ffffff" }).replace(/^<\?xml[^>]*>\s*/, "");
  const width = Math.max(Number(/width="([\d.]+)/.exec(inner)?.[1] ?? 800), 900);
  const height = Number(/height="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const footerTop = HEADER + height + 20;
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="sans-serif" font-size="12">`,
    `<title>${xmlEscape(caption.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="28" font-size="20" font-weight="bold">${xmlEscape(caption.title)}</text>`,
    `<g transform="translate(0 ${HEADER})">${inner}</g>`,
    legend,
    `<text x="12" y="${notesTop}">${xmlEscape(lineStyleNote())}</text>`,
    `<text x="12" y="${notesTop + LINE}">${xmlEscape(caption.sourcesLine)}</text>`,
    `</svg>`,
  ].join("\n");
}
