// The shipped datasets: data/index.json lists them, the first is opened by default.
import { z } from "zod";
import { ID_PATTERN, describeZodIssue, type Issue } from "../model";

export const CatalogSchema = z.strictObject({
  datasets: z
    .array(
      z.strictObject({
        id: z.string().regex(ID_PATTERN),
        title: z.string().min(1).max(300),
        /** Path from the repository root, e.g. "data/assad-exile-network.json". */
        file: z.string().regex(/^[\w./-]+\.json$/),
      }),
    )
    .min(1, "must list at least one dataset"),
});

export type Catalog = z.output<typeof CatalogSchema>;
export type CatalogEntry = Catalog["datasets"][number];

export function parseCatalog(json: unknown): { ok: true; catalog: Catalog } | { ok: false; issues: Issue[] } {
  const parsed = CatalogSchema.safeParse(json);
  if (parsed.success) return { ok: true, catalog: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map(describeZodIssue),
  };
}
