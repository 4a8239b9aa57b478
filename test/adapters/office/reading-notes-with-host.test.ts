import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { scoreWorkbook, verifyWorkbook } from "../../../src/app";
import { formatMessage, msg } from "../../../src/core";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { withCell } from "../../app/helpers";
import { rezip, unzipAll } from "../xlsx/helpers/rezip";
import { suiteTempDir } from "../xlsx/helpers/temp-dir";
import { hostWithPort, NOW } from "./helpers";

/**
 * The add-in writes the reading notes it gathered (hidden sheet, rows, columns, formula cells read
 * through the Office adapter) on the scorecard from the same plan as the command line; the
 * workbook read back from Excel verifies, and a note edited in Excel does not.
 */

const CLIENT = join(__dirname, "../../fixtures/producers/exceljs.xlsx");
const REGISTER = "xl/worksheets/sheet1.xml";
const temp = suiteTempDir("reading-notes-host");

async function edited(): Promise<WorkbookSnapshot> {
  const parts = await unzipAll(readFileSync(CLIENT));
  const edits: [string, RegExp, string][] = [
    ["xl/workbook.xml", /name="Ownership" state="visible"/, 'name="Ownership" state="hidden"'],
    [REGISTER, /<row r="3" /, '<row r="3" hidden="1" '],
    [
      REGISTER,
      /<c r="C4" s="(\d+)"><v>0\.12<\/v>/,
      '<c r="C4" s="$1"><f>ROUND(C7+0.07,4)</f><v>0.12</v>',
    ],
  ];
  const replaced: Record<string, { data: string }> = {};
  for (const [part, from, to] of edits) {
    const text = replaced[part]?.data ?? parts.get(part)?.toString("utf8") ?? "";
    if (!from.test(text)) throw new Error(`${part}: ${String(from)} not found`);
    replaced[part] = { data: text.replace(from, to) };
  }
  const path = temp.file("client.xlsx", await rezip(readFileSync(CLIENT), replaced));
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

/** Column A and B from the row below the reading notes' header down to the first blank row. */
function notesOf(sheet: SheetSnapshot, title: string): { first: number; rows: string[][] } {
  const section = sheet.values.findIndex((row) => row[0] === title);
  if (section < 0) throw new Error("no reading notes");
  const rows: string[][] = [];
  for (let r = section + 2; r < sheet.values.length; r++) {
    const [a, b] = sheet.values[r] ?? [];
    if ((a ?? "") === "" && (b ?? "") === "") break;
    rows.push([String(a ?? ""), String(b ?? "")]);
  }
  return { first: section + 3, rows };
}

describe("the add-in writes the reading notes on the scorecard", () => {
  it("lists what the Office adapter read, and the workbook read back verifies; an edited note fails", async () => {
    const { port } = hostWithPort({ workbook: await edited() });
    const outcome = scoreWorkbook(await port.readSnapshot(), {
      language: "en-US",
      now: NOW,
      user: "王芳",
      enteredBy: "Excel add-in",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    await port.applyPlan(outcome.plan);
    const after = await port.readSnapshot();
    const name = formatMessage(msg("sheet.scorecard"), "en-US");
    const card = after.sheets.find((s) => s.name === name)!;
    const { first, rows } = notesOf(card, formatMessage(msg("sc.section.readingNotes"), "en-US"));
    expect(rows.map(([where]) => where)).toEqual(
      expect.arrayContaining(["Ownership!A1", "Ownership!A3", "Ownership!C4"])
    );
    // The add-in's wording: Excel calculated the formula.
    expect(rows.find(([where]) => where === "Ownership!C4")?.[1]).toContain(
      "their values as Excel calculated them were used"
    );
    expect(rows.find(([where]) => where === "Ownership!A1")?.[1]).toContain("which is hidden");

    const verified = verifyWorkbook(after, { language: "en-US" });
    expect(verified.ok ? "ok" : JSON.stringify(verified.mismatch)).toBe("ok");

    const tampered = withCell(after, name, `B${first}`, "Nothing hidden");
    const failed = verifyWorkbook(tampered, { language: "en-US" });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.mismatch).toMatchObject({ kind: "readingNotes", sheet: name, cell: `B${first}` });
  });
});
