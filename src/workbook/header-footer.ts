/** Excel's limit on one header or footer, codes included. */
export const MAX_HEADER_FOOTER = 255;

/** Page numbers at the right of a footer ("3 / 5"), as the file format codes them. */
export const PAGE_NUMBERS = "&R&P / &N";

/**
 * Header or footer text with "&" escaped ("&" starts a code such as &P), cut to `room` characters
 * with "…" when longer, never leaving half of an "&&" at the end.
 * @example headerFooterEscaped("R&D", 255) // "R&&D"
 */
export function headerFooterEscaped(text: string, room = MAX_HEADER_FOOTER): string {
  let escaped = text.replace(/&/g, "&&");
  if (escaped.length > room) {
    escaped = escaped.slice(0, room - 1);
    if (/(^|[^&])(&&)*&$/.test(escaped)) escaped = escaped.slice(0, -1);
    escaped += "…";
  }
  return escaped;
}

/**
 * A file's header or footer section: the text at the left ("&L…") and `suffix` (another
 * section, such as PAGE_NUMBERS), within Excel's 255 characters.
 * @example headerFooterSections("R&D", PAGE_NUMBERS) // "&LR&&D&R&P / &N"
 */
export function headerFooterSections(text: string, suffix = ""): string {
  const room = MAX_HEADER_FOOTER - "&L".length - suffix.length;
  return `&L${headerFooterEscaped(text, room)}${suffix}`;
}
