// How each claim status is presented, in one table for the view (line style), the UI (badge,
// legend, classroom label) and exports (the line-style note). To present a new kind of evidence
// (e.g. unsourced relations), add a row: every reader goes through `STATUS_PRESENTATION`.
import type { RelationStatus } from "../model";

export type LineStyle = "solid" | "dashed" | "dotted";

export interface StatusPresentation {
  label: string;
  /** Shown with the label, so colour is never the only signal. */
  symbol: string;
  /** The status's meaning (DESIGN §1), for tooltips and legends. */
  description: string;
  /** Badge and claim border colour (contrast ≥ 4.5:1 against white text). */
  colour: string;
  line: { style: LineStyle; opacity: number };
  /** The line as the export's note names it ("faint dotted"). */
  lineName: string;
  /** Words shown next to the claim in class; none for the source's own findings. */
  classroomLabel?: string;
}

export const STATUS_PRESENTATION: Record<RelationStatus, StatusPresentation> = {
  confirmed: {
    label: "Confirmed",
    symbol: "✔",
    description: "verified by the reporting source or by officials on record",
    colour: "#1b6e3a",
    line: { style: "solid", opacity: 1 },
    lineName: "solid",
  },
  reported: {
    label: "Reported",
    symbol: "●",
    description: "stated by the source as its own finding",
    colour: "#1f4e8c",
    line: { style: "solid", opacity: 1 },
    lineName: "solid",
  },
  claimed: {
    label: "Claimed",
    symbol: "◐",
    description: "asserted by a party, not verified",
    colour: "#8a5a00",
    line: { style: "dashed", opacity: 1 },
    lineName: "dashed",
    classroomLabel: "Claimed, not verified",
  },
  disputed: {
    label: "Disputed",
    symbol: "⚠",
    description: "contradicted by another claim or source",
    colour: "#a23b00",
    line: { style: "dotted", opacity: 1 },
    lineName: "dotted",
    classroomLabel: "Disputed",
  },
  denied: {
    label: "Denied",
    symbol: "✖",
    description: "denied by the party concerned",
    colour: "#7a1f1f",
    line: { style: "dotted", opacity: 0.35 },
    lineName: "faint dotted",
    classroomLabel: "Denied",
  },
  // Not a claim status: a relation with no claim at all (typically imported from a file that
  // carries no evidence). Thin, grey and finely dotted, so it never passes for evidence.
  unsourced: {
    label: "Unsourced",
    symbol: "○",
    description: "no claim and no source: not evidence of anything",
    colour: "#5f5f5f",
    line: { style: "dotted", opacity: 0.9 },
    lineName: "thin grey dotted",
    classroomLabel: "Unsourced",
  },
};

/** The unsourced style's own colour and width factor: grey whatever the relation kind. */
export const UNSOURCED_LINE = { colour: "#8a8a8a", widthFactor: 0.5 } as const;

export const statusLabel = (status: RelationStatus): string => STATUS_PRESENTATION[status].label;

/** The legend line of exported pictures: each line style with the statuses drawn with it. */
export function lineStyleNote(): string {
  const groups = new Map<string, string[]>();
  // In the table's order (most to least certain), so that a new row joins the note on its own.
  for (const [status, { lineName }] of Object.entries(STATUS_PRESENTATION)) {
    groups.set(lineName, [...(groups.get(lineName) ?? []), status]);
  }
  return `Lines: ${[...groups].map(([line, statuses]) => `${line} = ${statuses.join("/")}`).join(", ")}.`;
}
