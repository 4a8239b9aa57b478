import type { CellRef } from "../core";
import { locationText } from "../core/i18n/format-message";

/** "'股东名册'!C5": a location as the pane shows it (the catalogue's `locationText`). */
export function cellAddress(at: CellRef): string {
  return locationText(at);
}
