import { cellCount, isWithinGrid, parseRange } from "../../workbook/a1";
import type { ReadLimits } from "./limits";
import { readIssues, type ReadIssue, type SheetLabel } from "./read-issue";

export type SheetScanLimits = Pick<
  ReadLimits,
  "maxUsedRangeCells" | "maxMergedRangesPerSheet" | "maxCellsPerMerge" | "maxMergedCellsPerSheet"
>;

// Any namespace prefix (`x:mergeCell`), and `mergeCell` but not `mergeCells`.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(dimension|mergeCell)(?=[\s/>])([^>]*)>/g;
const TAG_START = /^<(?:[A-Za-z_][\w.-]*:)?(?:dimension|mergeCell)(?=[\s/>]|$)/;
const REF_ATTRIBUTE = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** A longer unfinished tag is not something a spreadsheet writer produces. */
const MAX_TAG_CHARS = 64 * 1024;

/**
 * Finds `<dimension ref>` and `<mergeCell ref>` in a worksheet part fed chunk by chunk, without
 * parsing the XML, and reports the first one beyond the limits. Chunks are latin1-decoded bytes:
 * the markup searched for is ASCII, and UTF-8 continuation bytes can never look like `<` or `>`.
 */
export class SheetXmlScanner {
  private carry = "";
  private merges = 0;
  private mergedCells = 0;

  constructor(
    private readonly sheet: SheetLabel,
    private readonly limits: SheetScanLimits
  ) {}

  /** Scans the next chunk; returns an issue as soon as one is found. */
  push(chunk: string): ReadIssue | undefined {
    const text = this.carry + chunk;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
      const ref = REF_ATTRIBUTE.exec(m[2] ?? "");
      const found = m[1] === "dimension" ? this.dimension(ref) : this.mergeCell(ref);
      if (found) return found;
    }
    return this.keepUnfinishedTag(text);
  }

  private keepUnfinishedTag(text: string): ReadIssue | undefined {
    const lastOpen = text.lastIndexOf("<");
    this.carry = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? text.slice(lastOpen) : "";
    if (this.carry.length <= MAX_TAG_CHARS) return undefined;
    if (TAG_START.test(this.carry)) {
      return readIssues.invalidMergeRange(this.sheet, this.carry.slice(0, 40));
    }
    // Nothing of interest can hide inside another tag: well-formed XML has no `<` in attributes.
    this.carry = "";
    return undefined;
  }

  private dimension(ref: RegExpExecArray | null): ReadIssue | undefined {
    const text = ref?.[1] ?? ref?.[2];
    const range = text === undefined ? null : parseRange(text, "unbounded");
    // An unreadable dimension is harmless: exceljs does not size anything from it.
    if (text === undefined || range === null) return undefined;
    if (!isWithinGrid(range)) return readIssues.dimensionOutsideGrid(this.sheet, text);
    const cells = cellCount(range);
    if (cells > this.limits.maxUsedRangeCells) {
      return readIssues.dimensionTooLarge(this.sheet, text, cells, this.limits.maxUsedRangeCells);
    }
    return undefined;
  }

  private mergeCell(ref: RegExpExecArray | null): ReadIssue | undefined {
    const text = ref?.[1] ?? ref?.[2] ?? "";
    const range = parseRange(text, "unbounded");
    if (range === null) return readIssues.invalidMergeRange(this.sheet, text);
    if (!isWithinGrid(range)) return readIssues.mergeOutsideGrid(this.sheet, text);
    const cells = cellCount(range);
    if (cells > this.limits.maxCellsPerMerge) {
      return readIssues.mergeTooLarge(this.sheet, text, cells, this.limits.maxCellsPerMerge);
    }
    this.merges += 1;
    if (this.merges > this.limits.maxMergedRangesPerSheet) {
      return readIssues.tooManyMerges(this.sheet, this.limits.maxMergedRangesPerSheet);
    }
    this.mergedCells += cells;
    if (this.mergedCells > this.limits.maxMergedCellsPerSheet) {
      return readIssues.mergedCellsTooMany(this.sheet, this.limits.maxMergedCellsPerSheet);
    }
    return undefined;
  }
}
