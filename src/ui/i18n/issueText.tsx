// A problem found in input data (an `Issue` from io or model), said in the interface language:
// its code names a catalogue sentence (`issue.<code>`) and its values fill it in. An issue
// without a known code is said by its English message. Every place that shows an issue goes
// through here, so that none of them shows the readers' English to an Arabic or Ukrainian reader.
import { Fragment, type ReactNode } from "react";
import type { Issue } from "../../model";
import { englishMessages, type MessageId } from "./catalogues";
import { useT } from "./I18nProvider";
import { selectArguments, type Translate } from "./translator";

/** The catalogue key of the issue's sentence, or undefined when there is none (say its message). */
export function issueMessageId(issue: Issue): MessageId | undefined {
  const id = issue.code === undefined ? undefined : `issue.${issue.code}`;
  return id !== undefined && id in englishMessages ? (id as MessageId) : undefined;
}

/** The values of the sentence, with the problem behind it (`cause`) said as its `reason`. */
function issueValues(issue: Issue, t: Translate): Record<string, string | number> {
  const values: Record<string, string | number> = { ...issue.values };
  if (issue.cause) values.reason = issueText(issue.cause, t);
  return values;
}

/** Data set into plain text as a bidi isolate (FSI … PDI): its direction cannot reorder the text around it. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The issue's sentence as text (for a list joined into one line, an alert, an accessible name). */
export function issueText(issue: Issue, t: Translate): string {
  const id = issueMessageId(issue);
  if (id === undefined) return issue.message;
  const text = t(id, issueValues(issue, t));
  return issue.field === undefined ? text : `${isolate(issue.field)}: ${text}`;
}

/** "path: sentence", for lists of problems written as one line. */
export const issueLine = (issue: Issue, t: Translate): string => `${isolate(issue.path)}: ${issueText(issue, t)}`;

/**
 * The issue's sentence with each piece of data in it (a name, an id, a file, a field) in its own
 * <bdi>, so that its direction cannot reorder the sentence around it (issue 12).
 */
export function IssueText({ issue }: { issue: Issue }) {
  const t = useT();
  const id = issueMessageId(issue);
  if (id === undefined) return <>{issue.message}</>;
  const selects = selectArguments(englishMessages[id]);
  const values: Record<string, ReactNode> = {};
  for (const [name, value] of Object.entries(issueValues(issue, t)))
    values[name] = typeof value === "string" && !selects.has(name) ? <bdi key={name}>{value}</bdi> : value;
  const parts = t.intl.formatMessage({ id, defaultMessage: englishMessages[id] }, values) as ReactNode;
  return (
    <>
      {issue.field !== undefined && (
        <>
          <bdi>{issue.field}</bdi>:{" "}
        </>
      )}
      {Array.isArray(parts) ? parts.map((part, index) => <Fragment key={index}>{part}</Fragment>) : parts}
    </>
  );
}

/** "path: sentence; path: sentence", each path and piece of data isolated. */
export function IssueLines({ issues }: { issues: readonly Issue[] }) {
  return (
    <>
      {issues.map((issue, index) => (
        <Fragment key={index}>
          {index > 0 && "; "}
          <bdi>{issue.path}</bdi>: <IssueText issue={issue} />
        </Fragment>
      ))}
    </>
  );
}

/** Where the problem is (a JSON path, a file and line): data, shown as written and isolated. */
export function IssuePath({ issue }: { issue: Issue }) {
  return (
    <code>
      <bdi>{issue.path}</bdi>
    </code>
  );
}
