// A labelled form field with its problems shown under it, in words, and tied to it for screen
// readers (aria-invalid, aria-describedby). Problems come from the dataset rules (issuesUnder).
import { useId, type ReactElement } from "react";
import { cloneElement } from "react";

export interface FieldProps {
  label: string;
  problems?: readonly string[] | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, problems, hint, children }: FieldProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const invalid = problems !== undefined && problems.length > 0;
  const describedBy =
    [invalid ? problemId : undefined, hint ? hintId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`editor-field${invalid ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy })}
      {hint && (
        <small id={hintId} className="editor-hint">
          {hint}
        </small>
      )}
      {invalid && (
        <p id={problemId} className="editor-problem" role="alert">
          {label} {problems.join("; ")}
        </p>
      )}
    </div>
  );
}

/** Problems not tied to a field of the form (e.g. a reference elsewhere), listed at its end. */
export function OtherProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="editor-problem" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
