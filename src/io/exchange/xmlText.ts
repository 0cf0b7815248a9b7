// Escaping for the XML we write, so that every string reaches any XML parser unchanged.

// XML 1.0 cannot carry these even as character references; they become U+FFFD.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeCommon(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Element content. `>` is escaped too so that `]]>` never appears; `\r` would be folded into `\n` by parsers. */
export function escapeXmlText(text: string): string {
  return escapeCommon(text).replace(/\r/g, "&#13;");
}

// Parsers normalise literal tabs and newlines in attributes to spaces, so those become references.
const escapeAttributeWhitespace = (text: string): string =>
  text.replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");

/** Attribute values in double quotes. */
export function escapeXmlAttribute(text: string): string {
  return escapeAttributeWhitespace(escapeCommon(text).replace(/"/g, "&quot;"));
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/**
 * An attribute value with its quotes, in whichever quote needs less escaping: JSON values go in
 * single quotes and stay readable (and a third of the size) instead of drowning in `&quot;`.
 */
export function quoteXmlAttribute(text: string): string {
  const escaped = escapeAttributeWhitespace(escapeCommon(text));
  return count(text, '"') > count(text, "'")
    ? `'${escaped.replace(/'/g, "&apos;")}'`
    : `"${escaped.replace(/"/g, "&quot;")}"`;
}

/**
 * A comment carrying `label` and a JSON value. Comments may not contain `--`, which in JSON can only
 * occur inside strings, where `-\u002d` means the same. `<`, `>` and `&` are escaped the same way so
 * that no markup-looking text appears in the file at all.
 */
export function jsonComment(label: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/--/g, "-\\u002d")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
  return `<!-- ${label} ${json} -->`;
}

/** The JSON text of a comment written by `jsonComment(label, …)`, or undefined for any other comment. */
export function jsonFromComment(label: string, comment: string): string | undefined {
  const trimmed = comment.trim();
  return trimmed.startsWith(`${label} `) ? trimmed.slice(label.length + 1) : undefined;
}
