// After a file is read: the column-mapping step when a spreadsheet was not recognised, then the
// report of what was found, with the choice to import the valid part of a file with bad rows.
import type { Dataset } from "../../model";
import { readWithMapping, type ImportOutcome } from "./ImportButton";
import { ImportReport } from "./ImportReport";
import { MappingStep } from "./MappingStep";
import { rememberMapping } from "./mappingStore";
import "./files.css";

export function ImportFlow({
  outcome,
  onOutcome,
  onAccept,
  onClose,
}: {
  outcome: ImportOutcome;
  onOutcome: (next: ImportOutcome) => void;
  onAccept: (dataset: Dataset) => void;
  onClose: () => void;
}) {
  const { result } = outcome;
  if (!result.ok && result.needsMapping) {
    return (
      <MappingStep
        request={result.needsMapping}
        onCancel={onClose}
        onChoose={(mapping) => {
          // Read again in the import worker; remembered (on this thread: the worker has no
          // localStorage) once it reads.
          void readWithMapping(outcome, mapping).then((next) => {
            if (next.result.ok && next.headerKey) rememberMapping(next.headerKey, mapping);
            onOutcome(next);
          });
        }}
      />
    );
  }
  const partial = result.ok ? undefined : result.partial;
  return (
    <ImportReport
      file={outcome.file}
      issues={result.ok ? result.warnings : result.issues}
      partial={partial}
      onImportPart={partial ? () => onAccept(partial.dataset) : undefined}
      onClose={onClose}
    />
  );
}
