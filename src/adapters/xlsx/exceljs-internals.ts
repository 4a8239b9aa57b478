/**
 * Every use of exceljs beyond its documented, correctly typed API, in one place. exceljs is pinned
 * at 4.4.0; test/adapters/xlsx/exceljs-internals.test.ts pins each behaviour relied on here, so an
 * upgrade that changes one fails a test named after it.
 *
 * - a sheet's data validations live in the untyped `worksheet.dataValidations.model`, keyed by
 *   cell ("B2") or range ("B2:B31");
 * - a sheet's place in the tab order is the untyped `worksheet.orderNo`;
 * - an Excel table's name and full range live only on its undocumented `table.model`
 *   (`displayName` or `name`, and `tableRef`), and `getTables()` is typed wrongly;
 * - `definedNames.forEach` passes a location (`sheetName`, `address`), not the typed `Cell`, and
 *   keeps a quoted sheet name's apostrophes doubled;
 * - a hyperlink's text can be a rich-text object, though typed as a string;
 * - `xlsx.load` and `xlsx.writeBuffer` type their bytes as a module-private `Buffer`;
 * - `xlsx.load` parses as a worksheet every zip entry whose name merely contains
 *   "xl/worksheets/sheetN.xml" (an unanchored match), after dropping one leading "/".
 */
import type ExcelJS from "exceljs";

/** What `worksheet.dataValidations` is at run time. */
interface ValidationStore {
  model: Record<string, ExcelJS.DataValidation | undefined>;
}

function validationStore(worksheet: ExcelJS.Worksheet): ValidationStore {
  return (worksheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}

/**
 * A sheet's data validations by address ("B2", or a range "B2:B31" once compacted).
 * @example sheetValidations(worksheet) // { B2: { type: "list", formulae: ['"是,否"'], … } }
 */
export function sheetValidations(
  worksheet: ExcelJS.Worksheet
): Readonly<Record<string, ExcelJS.DataValidation | undefined>> {
  return validationStore(worksheet).model;
}

/** Replace a sheet's data validations; exceljs writes each key (cell or range) as it is. */
export function replaceSheetValidations(
  worksheet: ExcelJS.Worksheet,
  byAddress: Record<string, ExcelJS.DataValidation>
): void {
  validationStore(worksheet).model = byAddress;
}

type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** A sheet's place in the tab order (exceljs sorts `workbook.worksheets` and writes by it). */
export function tabOrder(worksheet: ExcelJS.Worksheet): number {
  return (worksheet as OrderedWorksheet).orderNo;
}

/** Put a sheet at a place in the tab order, such as that of a sheet it replaces. */
export function setTabOrder(worksheet: ExcelJS.Worksheet, place: number): void {
  (worksheet as OrderedWorksheet).orderNo = place;
}

/**
 * The Excel tables of a sheet: name and full range ("A1:C3"), from each table's model.
 * @example sheetTables(worksheet) // [{ name: "Shareholders", range: "A1:C3" }]
 */
export function sheetTables(worksheet: ExcelJS.Worksheet): { name: string; range: string }[] {
  const tables: { name: string; range: string }[] = [];
  for (const table of worksheet.getTables() as unknown[]) {
    const model: unknown =
      typeof table === "object" && table !== null ? (table as { model?: unknown }).model : null;
    if (typeof model !== "object" || model === null) continue;
    const { name, displayName, tableRef } = model as Record<string, unknown>;
    const tableName = typeof displayName === "string" ? displayName : name;
    if (typeof tableName === "string" && typeof tableRef === "string")
      tables.push({ name: tableName, range: tableRef });
  }
  return tables;
}

/**
 * Every cell a defined name covers, as exceljs keeps names (one entry per cell); `sheet` is the
 * sheet's name (exceljs's doubled apostrophes undone).
 * @example definedNameCells(workbook) // [{ name: "GovScore_scorecard", sheet: "治理评分卡", address: "$A$1" }]
 */
export function definedNameCells(
  workbook: ExcelJS.Workbook
): { name: string; sheet: string; address: string }[] {
  const cells: { name: string; sheet: string; address: string }[] = [];
  workbook.definedNames.forEach((name, cell) => {
    const { sheetName, address } = cell as unknown as { sheetName: string; address: string };
    cells.push({ name, sheet: sheetName.replace(/''/g, "'"), address });
  });
  return cells;
}

/**
 * A hyperlink cell's text: a string, or the plain text of a rich-text object (which exceljs keeps
 * for a link whose text is formatted, despite its typings); null for anything else.
 */
export function hyperlinkText(value: ExcelJS.CellHyperlinkValue): string | null {
  const text: unknown = value.text;
  if (typeof text === "string") return text;
  if (typeof text !== "object" || text === null || !("richText" in text)) return null;
  return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
}

/** The unanchored test exceljs applies to choose which parts it parses as worksheets. */
const WORKSHEET_PART = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * Whether exceljs parses a zip entry as a worksheet (so it must be checked as one), whatever the
 * workbook's relationships say.
 * @example parsedAsWorksheet("evil/xl/worksheets/sheet7.xml") // true
 */
export function parsedAsWorksheet(part: string): boolean {
  return WORKSHEET_PART.test(part);
}

/** Parse .xlsx bytes into a workbook (exceljs passes them on to JSZip). */
export async function loadXlsx(workbook: ExcelJS.Workbook, bytes: Buffer): Promise<void> {
  repairBeforeReconcile(workbook);
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
}

interface LoadRelationship {
  Id?: string;
  Type?: string;
  Target?: string;
  TargetMode?: string;
}

/** The load model `xlsx.load` builds before `reconcile` turns it into the workbook. */
interface LoadModel {
  worksheetRels?: Record<string, LoadRelationship[] | undefined>;
  worksheets?: { sheetNo?: string; tables?: { rId?: string }[] | null }[];
  tables?: Record<string, { style?: unknown } | undefined>;
}

type Reconcile = (model: LoadModel, options: unknown) => void;

/**
 * What exceljs 4.4 cannot load from other producers' files, repaired in its load model just
 * before `reconcile` (an instance method, wrapped on this workbook's loader only):
 * - a worksheet relationship with an absolute target ("/xl/tables/table1.xml", as openpyxl
 *   writes) is made relative to the worksheet ("../tables/table1.xml"), as exceljs looks it up;
 * - a table part exceljs did not load (it loads only "tableN.xml") is dropped from its sheet
 *   rather than read as undefined (the file reader reads it; only the written copy lacks it);
 * - a table without a `<tableStyleInfo>` (LibreOffice, openpyxl) gets an empty style, which
 *   exceljs needs to write the table back.
 */
function repairBeforeReconcile(workbook: ExcelJS.Workbook): void {
  const loader = workbook.xlsx as unknown as { reconcile: Reconcile };
  const original = loader.reconcile.bind(loader);
  loader.reconcile = (model, options) => {
    repairLoadModel(model);
    original(model, options);
  };
}

function relativeToWorksheet(target: string): string {
  if (!target.startsWith("/")) return target;
  const path = target.replace(/^\/+/, "");
  return path.startsWith("xl/") ? `../${path.slice(3)}` : `../../${path}`;
}

function repairLoadModel(model: LoadModel): void {
  const tables = model.tables ?? {};
  for (const table of Object.values(tables)) {
    if (table !== undefined && (table.style === undefined || table.style === null))
      table.style = {
        theme: null,
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: false,
        showColumnStripes: false,
      };
  }
  for (const rels of Object.values(model.worksheetRels ?? {}))
    for (const rel of rels ?? [])
      if (rel.Target !== undefined && rel.TargetMode !== "External")
        rel.Target = relativeToWorksheet(rel.Target);
  for (const worksheet of model.worksheets ?? []) {
    const rels = model.worksheetRels?.[worksheet.sheetNo ?? ""] ?? [];
    if (!Array.isArray(worksheet.tables)) continue;
    worksheet.tables = worksheet.tables.filter((part) => {
      const rel = rels.find((r) => r.Id === part.rId);
      return rel?.Target !== undefined && tables[rel.Target] !== undefined;
    });
  }
}

/** The .xlsx bytes of a workbook (a Node Buffer at run time). */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
}
