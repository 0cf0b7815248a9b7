// A notice is either plain text or a catalogue message with its values. Messages are kept whole
// (not formatted at once) so that the data in them (file names, titles, ids, reasons) can be
// drawn isolated from the sentence around it: a right-to-left override in a file name must not
// reverse the message (issue 12).
import type { Issue } from "../../model";
import type { MessageId } from "../i18n/catalogues";
import type { MessageValues } from "../i18n/translator";

export interface NoticeMessage {
  id: MessageId;
  values?: MessageValues;
  /** A problem found in data, said in the interface language as the message's `reason`. */
  reason?: Issue;
  /** An action offered with the notice: download the stored entry that was set aside. */
  action?: "downloadSetAside";
}

export type Notice = string | NoticeMessage;

export const noticeKey = (notice: Notice): string =>
  typeof notice === "string" ? notice : `${notice.id}:${JSON.stringify(notice.values ?? {})}`;
