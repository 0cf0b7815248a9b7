// zod's issues → ours: each zod issue code becomes one of our issue codes with the numbers and
// names it is about, so that the interface need not show zod's English. The message stays
// zod's (or the schema's own rule), as the command line has always printed it.
import type { z } from "zod";
import { formatPath, type Issue, type IssueCode, type IssueValues } from "./issue";
import { RULES } from "./schema";

const RULE_BY_MESSAGE = new Map<string, { code: IssueCode; values?: IssueValues }>(
  Object.entries(RULES).map(([code, rule]) => [
    rule.message,
    { code: code as IssueCode, ...("values" in rule && { values: rule.values }) },
  ]),
);

const quoted = (items: readonly unknown[]): string => items.map((item) => JSON.stringify(item)).join(", ");

/** "Invalid input: expected string, received number" → "number" (zod 4 says it only in the message). */
const receivedOf = (message: string): string => /received (\w+)$/.exec(message)?.[1] ?? "unknown";

function codeOf(issue: z.core.$ZodIssue): { code: IssueCode; values?: IssueValues } {
  switch (issue.code) {
    case "invalid_type": {
      const received = receivedOf(issue.message);
      return received === "undefined"
        ? { code: "schema.missing", values: { expected: issue.expected } }
        : { code: "schema.wrongType", values: { expected: issue.expected, received } };
    }
    case "too_small":
      return {
        code:
          issue.origin === "string"
            ? "schema.tooShort"
            : issue.origin === "array" || issue.origin === "set"
              ? "schema.tooFewItems"
              : "schema.numberTooSmall",
        values: { minimum: Number(issue.minimum) },
      };
    case "too_big":
      return {
        code:
          issue.origin === "string"
            ? "schema.tooLong"
            : issue.origin === "array" || issue.origin === "set"
              ? "schema.tooManyItems"
              : "schema.numberTooBig",
        values: { maximum: Number(issue.maximum) },
      };
    case "unrecognized_keys":
      return { code: "schema.unknownFields", values: { count: issue.keys.length, fields: quoted(issue.keys) } };
    case "invalid_value":
      return { code: "schema.notOneOf", values: { count: issue.values.length, options: quoted(issue.values) } };
    case "invalid_union":
      return { code: "schema.noMatchingForm" };
    case "invalid_key":
      return { code: "schema.invalidKey" };
    case "invalid_format":
      return { code: "schema.invalidFormat" };
    default:
      return { code: "schema.invalid" };
  }
}

/** One zod issue as ours: our rule's code when the schema's own message failed, else zod's code mapped. */
export function describeZodIssue(issue: z.core.$ZodIssue): Issue {
  const path = formatPath(issue.path);
  const rule = RULE_BY_MESSAGE.get(issue.message);
  const { code, values } = rule ?? codeOf(issue);
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `"${key}"`).join(", ")}`
      : issue.message;
  return values === undefined
    ? { path, message, severity: "error", code }
    : { path, message, severity: "error", code, values };
}
