// An edit's label (data, src/state/edit/editLabel.ts) as a catalogue message with the names as
// values, for the undo/redo buttons, the history list and the notices. A label kept from an older
// Tangle that could not be read back is its English sentence, shown as is.
import type { EditLabel } from "../../state/edit";
import type { NoticeMessage } from "../app/notice";

export function editLabelMessage(label: EditLabel): NoticeMessage | string {
  switch (label.action) {
    case "legacy":
      return label.text;
    case "merge":
      return { id: "history.merge", values: { name: label.name, into: label.into } };
    case "replace":
    case "update":
      return { id: `history.${label.action}`, values: { file: label.file } };
    case "rename":
      return { id: "history.rename", values: { title: label.title, to: label.to } };
    default:
      if ("claim" in label)
        return { id: `history.${label.action}Claim`, values: { claim: label.claim, relation: label.relation } };
      if ("relation" in label) return { id: `history.${label.action}Relation`, values: { relation: label.relation } };
      return { id: `history.${label.action}`, values: { collection: label.collection, name: label.name } };
  }
}
