// Small legend symbols drawn as inline SVG (React elements, no HTML strings).
import { STATUS_PRESENTATION, UNSOURCED_LINE } from "../../state";
import { kindColour, kindShape } from "../../view";
import type { RelationStatus } from "../../model";

const SHAPE_PATHS: Record<string, string> = {
  ellipse: "M8 1a7 7 0 1 0 0.01 0Z",
  "round-rectangle": "M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z",
  diamond: "M8 0.5L15.5 8L8 15.5L0.5 8Z",
  hexagon: "M4 1.5h8l3.5 6.5l-3.5 6.5h-8L0.5 8Z",
  triangle: "M8 1L15 15H1Z",
  barrel: "M3 1.5h10q2 6.5 0 13H3q-2-6.5 0-13Z",
  star: "M8 0.5l2.2 5h5.3l-4.3 3.3l1.7 5.4L8 11l-4.9 3.2l1.7-5.4L0.5 5.5h5.3Z",
  octagon: "M5 1h6l4 4v6l-4 4H5l-4-4V5Z",
  "round-tag": "M1 4q0-3 3-3h7l4 7l-4 7H4q-3 0-3-3Z",
  rhomboid: "M4 2h11l-3 12H1Z",
  vee: "M1 2L8 8L15 2L8 15Z",
  "concave-hexagon": "M1 2h14l-3 6l3 6H1l3-6Z",
};

/** `neutral`: the graph is coloured by something else (communities, the file's colours), so only the shape is the kind's. */
export function ActorKindSwatch({ index, neutral = false }: { index: number; neutral?: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="swatch">
      <path d={SHAPE_PATHS[kindShape(index)] ?? SHAPE_PATHS.ellipse} fill={neutral ? "#8a8f98" : kindColour(index)} />
    </svg>
  );
}

const DASHES: Record<string, string | undefined> = {
  solid: undefined,
  double: undefined,
  dashed: "5 3",
  dotted: "1.5 3",
};

export function LineSwatch({ colour, status }: { colour?: string; status?: RelationStatus }) {
  const line = status ? STATUS_PRESENTATION[status].line : { style: "solid", opacity: 1 };
  const unsourced = status === "unsourced";
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" className="swatch">
      {line.style === "double" ? (
        <>
          <line x1="1" y1="3" x2="27" y2="3" stroke={colour ?? "#333"} strokeWidth="1.5" />
          <line x1="1" y1="7" x2="27" y2="7" stroke={colour ?? "#333"} strokeWidth="1.5" />
        </>
      ) : (
        <line
          x1="1"
          y1="5"
          x2="27"
          y2="5"
          stroke={unsourced ? UNSOURCED_LINE.colour : (colour ?? "#333")}
          strokeWidth={unsourced ? 1.5 : 2.5}
          strokeDasharray={unsourced ? "1 3" : DASHES[line.style]}
          opacity={line.opacity}
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}
