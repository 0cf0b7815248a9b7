// cytoscape's parsed style of an element (`pstyle`, public but missing from its types).
import type { SingularElementArgument } from "cytoscape";

interface ParsedStyle {
  value: unknown;
  strValue: string;
  pfValue: number;
}

export const parsedStyle = (element: SingularElementArgument, name: string): ParsedStyle =>
  (element as unknown as { pstyle: (name: string) => ParsedStyle }).pstyle(name);
