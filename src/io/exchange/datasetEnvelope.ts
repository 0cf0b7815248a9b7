// Everything of a dataset except its actors and relations: what graph formats have no place for
// (sources, vocabulary, stories), carried alongside the graph so that Tangle's own files re-import losslessly.
import {
  DatasetSchema,
  describeZodIssue,
  migrate,
  warning as warningAt,
  type Dataset,
  type Issue,
  type IssueCode,
  type IssueValues,
} from "../../model";
import { parseJson } from "../parseJson";

export type DatasetEnvelope = Omit<Dataset, "actors" | "relations">;

export function datasetEnvelope(dataset: Dataset): DatasetEnvelope {
  const envelope: Partial<Dataset> = { ...dataset };
  delete envelope.actors;
  delete envelope.relations;
  return envelope as DatasetEnvelope;
}

const warning = (message: string, code: IssueCode, cause?: Issue, values?: IssueValues): Issue => ({
  ...warningAt("(root)", message, code, values),
  ...(cause && { cause }),
});

/**
 * The envelope stored in a file, checked against the schema. When it is damaged the import goes on
 * without it (vocabulary and sources are then rebuilt from the graph) and says why.
 */
export function readEnvelope(json: string): { envelope?: DatasetEnvelope; warnings: Issue[] } {
  const parsed = parseJson(json);
  if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
    return {
      warnings: [
        warning(
          "the dataset details stored in the file are not valid JSON; they were rebuilt from the graph",
          "envelope.notJson",
        ),
      ],
    };
  }
  const migrated = migrate({ ...parsed.value, actors: [], relations: [] });
  if (!migrated.ok)
    return {
      warnings: migrated.issues.map((issue) =>
        warning(`the dataset details stored in the file were not read: ${issue.message}`, "envelope.notRead", issue),
      ),
    };
  const checked = DatasetSchema.safeParse(migrated.value);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first ? ` (${first.path.join(".")}: ${first.message})` : "";
    return {
      warnings: [
        warning(
          `the dataset details stored in the file do not match the format${where}; they were rebuilt from the graph`,
          "envelope.notMatching",
          first && describeZodIssue(first),
          { path: first?.path.join(".") ?? "" },
        ),
      ],
    };
  }
  return { envelope: datasetEnvelope(checked.data), warnings: [] };
}
