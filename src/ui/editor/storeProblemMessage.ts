// A problem with the editor's saved work (src/io/store) as a catalogue message: `store.<code>`,
// with why a record was set aside as a message of its own (`store.record.<code>`).
import type { RecordProblem, StoreProblem } from "../../io/store";
import type { NoticeMessage } from "../app/notice";

const recordMessage = ({ code, ...values }: RecordProblem): NoticeMessage => ({ id: `store.record.${code}`, values });

export function storeProblemMessage(problem: StoreProblem): NoticeMessage {
  switch (problem.code) {
    case "newerDatabase":
      return { id: "store.newerDatabase" };
    case "noStorage":
      return { id: "store.noStorage", values: { error: problem.error } };
    case "networkSetAside":
      return { id: "store.networkSetAside", values: { id: problem.id, reason: recordMessage(problem.reason) } };
    case "versionSetAside":
      return {
        id: "store.versionSetAside",
        values: { networkId: problem.networkId, reason: recordMessage(problem.reason) },
      };
  }
}
