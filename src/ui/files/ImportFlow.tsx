// After a file is read: the column-mapping step when a spreadsheet was not recognised, then the
// report of what was found, with the choice to import the valid part of a file with bad rows.
import type { Dataset } from "../../model";
import type { ImportOutcome } from "./ImportButton";
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
          void import("../../io/importFiles").then(({ importFiles, headerKeyOf }) => {
            const next = importFiles(outcome.files, mapping);
            if (next.ok) rememberMapping(headerKeyOf(outcome.files), mapping);
            onOutcome({ ...outcome, result: next });
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
