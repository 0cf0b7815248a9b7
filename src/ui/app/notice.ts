// A notice is either plain text or a catalogue message with its values. Messages are kept whole
// (not formatted at once) so that the data in them (file names, titles, ids, reasons) can be
// drawn isolated from the sentence around it: a right-to-left override in a file name must not
// reverse the message (issue 12). A value may itself be a message (an undo notice holds the
// edit's label) or a relation's two ends, drawn with the arrow of the interface's direction.
import type { Issue } from "../../model";
import type { RelationEnds } from "../../state/edit/editLabel";
import type { MessageId } from "../i18n/catalogues";

export type NoticeValue = string | number | Date | NoticeMessage | RelationEnds;

export interface NoticeMessage {
  id: MessageId;
  values?: Record<string, NoticeValue>;
  /** A problem found in data, said in the interface language as the message's `reason`. */
  reason?: Issue;
  /** An action offered with the notice: download the stored entry that was set aside. */
  action?: "downloadSetAside";
}

export type Notice = string | NoticeMessage;

export const noticeKey = (notice: Notice): string =>
  typeof notice === "string" ? notice : `${notice.id}:${JSON.stringify(notice.values ?? {})}`;

export const isMessage = (value: NoticeValue): value is NoticeMessage => typeof value === "object" && "id" in value;
export const isRelationEnds = (value: NoticeValue): value is RelationEnds =>
  typeof value === "object" && "from" in value && "to" in value;
