// A problem with the link (src/state/urlHash.ts) as a notice: the catalogue's `link.<code>`
// message, the link's own text as a value, drawn in its own <bdi> (a hostile link cannot reverse
// or mark up the sentence: React draws it as text).
import type { LinkNotice } from "../../state";
import type { NoticeMessage } from "./notice";

export function linkNoticeMessage({ code, ...values }: LinkNotice): NoticeMessage {
  return { id: `link.${code}`, values };
}
