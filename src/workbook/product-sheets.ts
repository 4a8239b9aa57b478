import {
  BOARD_TABLE,
  formatMessage,
  LANGUAGES,
  msg,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type MessageKey,
} from "../core";
import { columnNumber, parseCell } from "./a1";
import { markerName, type ProductSheetRole } from "./plan";
import { nameKey } from "./read/text";
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

/** The product's own sheets, in the order they are looked for. */
export const PRODUCT_ROLES: readonly ProductSheetRole[] = [
  "summary",
  "scorecard",
  "model",
  "auditLog",
  "instructions",
  "group",
];

/** Excel compares sheet names without regard to case. */
const sheetKey = (name: string) => name.toLowerCase();

/** Why a marker name was not taken to mark a product sheet. */
export type IgnoredMarkerReason =
  /** The sheet it points at holds an input table (by its name, or an Excel table's). */
  | "inputSheet"
  /** The sheet does not carry the role's content signature. */
  | "notProduct"
  /** The workbook has no sheet of that name. */
  | "noSheet";

export interface IgnoredMarker {
  readonly role: ProductSheetRole;
  /** The defined name, as the workbook spells it. */
  readonly marker: string;
  readonly sheet: string;
  readonly range: string;
  readonly reason: IgnoredMarkerReason;
}

export interface MarkedSheets {
  /** The product's sheets whose marker is trusted, by role. */
  readonly sheets: Partial<Record<ProductSheetRole, SheetSnapshot>>;
  /** Marker names that point elsewhere: never read as the product's, never replaced. */
  readonly ignored: readonly IgnoredMarker[];
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  return String(value).trim();
}

function at(sheet: SheetSnapshot, ref: string): string {
  const cell = parseCell(ref);
  if (cell === null) return "";
  return text(sheet.values[cell.row - 1]?.[columnNumber(cell.column) - 1]);
}

/** A message's text in every language the product writes (a workbook may be in either). */
const inEveryLanguage = (key: MessageKey): ReadonlySet<string> =>
  new Set(LANGUAGES.map((language) => formatMessage(msg(key), language).trim()));

/** Column A of the first rows (where each product sheet keeps its labels). */
function columnA(sheet: SheetSnapshot, rows: number): string[] {
  return sheet.values.slice(0, rows).map((row) => text(row[0]));
}

/**
 * What each product sheet has that a user's sheet does not come to hold by accident: its title
 * (or, for the audit log, its header) in A1 in either language, and the structure of its role
 * near the top. The texts are the catalogue's, which every release so far has written; a release
 * that changes one must keep accepting the old text here.
 */
const SIGNATURES: Readonly<Record<ProductSheetRole, (sheet: SheetSnapshot) => boolean>> = {
  // The summary's title in A1 and its sign-off heading in column A (layout 3 on).
  summary: (sheet) => {
    const labels = columnA(sheet, 80);
    return (
      inEveryLanguage("sum.title").has(at(sheet, "A1")) &&
      labels.some((label) => inEveryLanguage("sum.section.signOff").has(label))
    );
  },
  // The title, and the labels of both fingerprints in column A of the header block.
  scorecard: (sheet) => {
    const labels = columnA(sheet, 30);
    return (
      inEveryLanguage("sc.title").has(at(sheet, "A1")) &&
      labels.some((label) => inEveryLanguage("sc.label.modelFingerprint").has(label)) &&
      labels.some((label) => inEveryLanguage("sc.label.inputFingerprint").has(label))
    );
  },
  // The title, and the parameter table's header row (parameter, description, value).
  model: (sheet) =>
    inEveryLanguage("ms.title").has(at(sheet, "A1")) &&
    sheet.values
      .slice(0, 15)
      .some(
        (row) =>
          inEveryLanguage("ms.header.path").has(text(row[0])) &&
          inEveryLanguage("ms.header.description").has(text(row[1])) &&
          inEveryLanguage("ms.header.value").has(text(row[2]))
      ),
  // The header of the hash chain: sequence first, previous hash and hash in I and J (K and L
  // from layout 4 on, behind the columns an officer reads first).
  auditLog: (sheet) =>
    inEveryLanguage("audit.header.sequence").has(at(sheet, "A1")) &&
    ((inEveryLanguage("audit.header.previousHash").has(at(sheet, "I1")) &&
      inEveryLanguage("audit.header.hash").has(at(sheet, "J1"))) ||
      (inEveryLanguage("audit.header.previousHash").has(at(sheet, "K1")) &&
        inEveryLanguage("audit.header.hash").has(at(sheet, "L1")))),
  // The title, and the heading of the last section (how to score).
  instructions: (sheet) =>
    inEveryLanguage("tpl.title").has(at(sheet, "A1")) &&
    columnA(sheet, 40).some((line) => inEveryLanguage("tpl.score.title").has(line)),
  // The group sheet: its title, and the label of the group workbook's fingerprint.
  group: (sheet) =>
    inEveryLanguage("grp.title").has(at(sheet, "A1")) &&
    columnA(sheet, 10).some((label) => inEveryLanguage("grp.label.groupFingerprint").has(label)),
};

/**
 * Whether a sheet carries the content signature of the product's sheet of a role.
 * @example hasProductSignature("auditLog", sheets.auditLog) // true
 */
export function hasProductSignature(role: ProductSheetRole, sheet: SheetSnapshot): boolean {
  return SIGNATURES[role](sheet);
}

const INPUT_NAMES: ReadonlySet<string> = new Set(
  [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE].flatMap((spec) => spec.names.map(nameKey))
);

/** The sheet holds an Excel table named as an input table (the product's sheets hold none). */
function holdsInputTable(sheet: SheetSnapshot): boolean {
  return sheet.tables.some((t) => INPUT_NAMES.has(nameKey(t.name)));
}

/**
 * Whether the reader would look for an input table on the sheet: its name, or an Excel table's
 * on it, is one of the input tables' names.
 * @example isInputSheet({ name: "董事会", … }) // true
 */
export function isInputSheet(sheet: SheetSnapshot): boolean {
  return INPUT_NAMES.has(nameKey(sheet.name)) || holdsInputTable(sheet);
}

/**
 * Why a marker's sheet is not the product's sheet of a role; null when it is: it carries the
 * role's signature and holds no input table. (A product sheet the user renamed to an input
 * table's name is still the product's: its content says so.)
 */
function distrust(role: ProductSheetRole, sheet: SheetSnapshot): IgnoredMarkerReason | null {
  if (!hasProductSignature(role, sheet)) return isInputSheet(sheet) ? "inputSheet" : "notProduct";
  return holdsInputTable(sheet) ? "inputSheet" : null;
}

/**
 * The product's sheets, found through their marker names (GovScore_scorecard → A1 of the sheet)
 * and trusted only when the sheet is the product's: one with the role's content signature that
 * holds no input table. A marker that points anywhere else is returned in
 * `ignored` (to be reported) and its sheet is treated as the user's: read as it is, never replaced.
 * A sheet that merely has a product sheet's name is the user's too.
 * @example markedSheets(snapshot).sheets.scorecard?.name // "治理评分卡"
 */
export function markedSheets(snapshot: WorkbookSnapshot): MarkedSheets {
  const sheets: Partial<Record<ProductSheetRole, SheetSnapshot>> = {};
  const ignored: IgnoredMarker[] = [];
  const byName = new Map(snapshot.sheets.map((sheet) => [sheetKey(sheet.name), sheet]));
  for (const role of PRODUCT_ROLES) {
    const marker = sheetKey(markerName(role));
    const name = (snapshot.names ?? []).find((n) => sheetKey(n.name) === marker);
    if (name === undefined) continue;
    const sheet = byName.get(sheetKey(name.sheet));
    const reason = sheet === undefined ? "noSheet" : distrust(role, sheet);
    if (sheet !== undefined && reason === null) sheets[role] = sheet;
    else if (reason !== null)
      ignored.push({ role, marker: name.name, sheet: name.sheet, range: name.range, reason });
  }
  return { sheets, ignored };
}
