import { readFileSync } from "node:fs";
import { SCORECARD_CELLS } from "../../../src/workbook/scorecard";
import { verifyWorkbook } from "../../../src/app";
import { runFileJob } from "../../../src/adapters/xlsx/file-job";
import type { FileJob, JobResponse } from "../../../src/adapters/xlsx/job-protocol";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { readAuditLog } from "../../../src/workbook/audit";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { boardSheet, profileSheet, shareholderSheet } from "../../workbook/read/client";
import { sheet, workbook } from "../../workbook/read/snapshots";
import { snapshotToXlsx } from "./helpers/client-files";
import { unzipAll } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("write");

/** Holder names a hostile or careless workbook might hold: each must stay text. */
const HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "＝1+1"];

/** The seed client with hostile holder names, plus two sheets of the officer's own. */
function clientSnapshot(): WorkbookSnapshot {
  const holders = shareholderSheet();
  const values = holders.values.map((row, r) =>
    r >= 1 && r <= HOSTILE.length ? [HOSTILE[r - 1]!, ...row.slice(1)] : row
  );
  return workbook([
    { ...holders, values },
    boardSheet(),
    profileSheet(),
    sheet("治理评分卡", [["我自己的评分笔记"], ["不要改动", 42]]),
    sheet("Notes", [
      ["Checked by", "王芳"],
      ["Date", "2025-02-28"],
    ]),
  ]);
}

type WithoutLanguage<T> = T extends unknown ? Omit<T, "language"> : never;

async function job(request: WithoutLanguage<FileJob>) {
  return runFileJob({ language: "zh-CN", ...request }, DEFAULT_READ_LIMITS);
}

function written(response: JobResponse) {
  if (response.status !== "written") throw new Error(JSON.stringify(response));
  return response;
}

async function read(path: string): Promise<WorkbookSnapshot> {
  const result = await readWorkbookFile(path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The snapshot as the job reads it: defined names and every cached formula result. */
async function readFull(path: string): Promise<WorkbookSnapshot> {
  const response = await job({ kind: "read", input: path, file: path });
  if (response.status !== "read") throw new Error(JSON.stringify(response));
  return response.snapshot;
}

const named = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  snapshot.sheets.find((s) => s.name === name);

const SCORE = { now: "2025-03-01T09:30:00+08:00", user: "王芳" };

describe("writing a scored workbook (exceljs)", () => {
  let input = "";
  let output = "";
  let before: WorkbookSnapshot;

  beforeAll(async () => {
    input = temp.file("client.xlsx", await snapshotToXlsx(clientSnapshot()));
    output = `${temp.path()}/client.scored.xlsx`;
    before = await read(input);
    written(await job({ kind: "score", input, output, file: "client.xlsx", ...SCORE }));
  });

  it("adds the product's sheets beside the user's, renaming its scorecard away from theirs", async () => {
    const after = await readFull(output);
    expect(after.sheets.map((s) => s.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "治理评分卡",
      "Notes",
      // Layout 3: the committee summary, its tab right before the product's scorecard.
      "评审摘要",
      "治理评分卡 (2)",
      "评分模型",
      "审计日志",
    ]);
    expect(after.names).toEqual(
      expect.arrayContaining([
        { name: "GovScore_scorecard", sheet: "治理评分卡 (2)", range: "A1" },
        { name: "GovScore_model", sheet: "评分模型", range: "A1" },
        { name: "GovScore_auditLog", sheet: "审计日志", range: "A1" },
      ])
    );
  });

  it("leaves every user sheet's values, formats and formulas as they were", async () => {
    const after = await read(output);
    for (const sheetBefore of before.sheets) {
      const sheetAfter = named(after, sheetBefore.name);
      expect(sheetAfter?.values).toEqual(sheetBefore.values);
      expect(sheetAfter?.numberFormats).toEqual(sheetBefore.numberFormats);
      expect(sheetAfter?.formulas).toEqual(sheetBefore.formulas);
      expect(sheetAfter?.tables).toEqual(sheetBefore.tables);
    }
  });

  it("keeps formula-like holder names as literal text, in the register and on the scorecard", async () => {
    const after = await read(output);
    const register = named(after, "股东名册")!;
    expect(register.values.slice(1, 5).map((row) => row[0])).toEqual(HOSTILE);
    expect(register.formulas).toBeUndefined();
    const parts = await unzipAll(readFileSync(output));
    const formulas = [...parts]
      .filter(([name]) => name.startsWith("xl/worksheets/"))
      .flatMap(([, xml]) =>
        [...xml.toString("utf8").matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!)
      );
    expect(formulas.length).toBeGreaterThan(40);
    for (const formula of formulas) expect(formula).not.toMatch(/HYPERLINK|cmd\||SUM\(1\)|＝/);
    const texts = parts.get("xl/sharedStrings.xml")!.toString("utf8");
    expect(texts).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
  });

  it("reads back a scorecard that verifies against the engine", async () => {
    const after = await readFull(output);
    const outcome = verifyWorkbook(after, { language: "en-US" });
    expect(outcome.ok || outcome.mismatch).toBe(true);
  });

  it("reads the cached values 0 and FALSE back (exceljs hides them from cell.value, not cell.result)", async () => {
    const plain = named(await read(output), "治理评分卡 (2)")!;
    const full = named(await readFull(output), "治理评分卡 (2)")!;
    const zeroOrFalse = full.values.flatMap((row, r) =>
      row.flatMap((v, c) => ((v === 0 || v === false) && full.formulas?.[r]?.[c] ? [[r, c]] : []))
    );
    expect(zeroOrFalse.length).toBeGreaterThan(0);
    for (const [r, c] of zeroOrFalse) expect(plain.values[r!]?.[c!]).toBe(full.values[r!]?.[c!]);
  });

  it("scores its own output again: replaces the product's sheets, continues the log", async () => {
    const again = `${temp.path()}/client.scored.scored.xlsx`;
    written(
      await job({ kind: "score", input: output, output: again, file: "x", ...SCORE, user: "李明" })
    );
    const after = await readFull(again);
    expect(after.sheets).toHaveLength(9);
    // The same scorecard but for the audit head it records (the log grew by one row).
    const headRow = Number(SCORECARD_CELLS.auditRows.slice(1)) - 1;
    const withoutHead = (values: readonly (readonly unknown[])[] | undefined) =>
      values?.filter((_row, i) => i !== headRow);
    expect(withoutHead(named(after, "治理评分卡")?.values)).toEqual(
      withoutHead(named(before, "治理评分卡")?.values)
    );
    const log = readAuditLog(named(after, "审计日志")!);
    expect(log.map((r) => [r.event, r.user])).toEqual([
      ["chainStarted", "王芳"],
      ["scored", "王芳"],
      ["scored", "李明"],
    ]);
    expect(verifyWorkbook(after, { language: "zh-CN" }).ok).toBe(true);
  });

  it("writes an override back into the .scored.xlsx, and a refused one changes no byte", async () => {
    const copy = temp.file("copy.scored.xlsx", readFileSync(output));
    const bytes = readFileSync(copy);
    const refused = await job({
      kind: "override",
      input: copy,
      output: copy,
      replaceInput: true,
      file: copy,
      now: SCORE.now,
      finalGrade: "B",
      reason: "x",
      officer: "王芳",
    });
    expect(refused.status).toBe("issues");
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    const done = written(
      await job({
        kind: "override",
        input: copy,
        output: copy,
        replaceInput: true,
        file: copy,
        now: SCORE.now,
        finalGrade: "C",
        reason: "担保充足",
        officer: "王芳",
      })
    );
    expect(done.summary.override).toMatchObject({ grade: "C", approval: "pending" });
    const approved = written(
      await job({
        kind: "approve",
        input: copy,
        output: copy,
        replaceInput: true,
        file: copy,
        now: SCORE.now,
        approver: "李明",
      })
    );
    expect(approved.summary.finalGrade).toBe("C");
    const after = await readFull(copy);
    expect(readAuditLog(named(after, "审计日志")!).map((r) => r.event)).toEqual([
      "chainStarted",
      "scored",
      "overridden",
      "approved",
    ]);
    expect(verifyWorkbook(after, { language: "en-US" }).ok).toBe(true);
  });

  it("never writes over its input", async () => {
    const bytes = readFileSync(input);
    const response = await job({
      kind: "score",
      input,
      output: input,
      file: "client.xlsx",
      ...SCORE,
    });
    expect(response.status === "issues" && response.issues.map((i) => i.code)).toEqual([
      "job.outputIsInput",
    ]);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });
});
