import { OfficeAdapterError } from "../../../src/adapters/office";
import { scoreWorkbook as scoreUseCase } from "../../../src/app";
import {
  createTemplate,
  languageOf,
  runScore,
  runTemplate,
  scoreWorkbook,
  type CommandEnvironment,
} from "../../../src/commands/handlers";
import { SCORECARD_CELLS } from "../../../src/workbook/scorecard";
import { createExcelHost, type ExcelHost } from "../../host";
import { exampleSnapshot, NOW } from "./helpers";

/**
 * The ribbon commands over the in-memory host installed as the Office and Excel globals, as
 * office.js would be: they answer by selecting a cell.
 */

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function install(host: ExcelHost): void {
  globals.Office = host.Office;
  globals.Excel = host.Excel;
}

beforeEach(() => {
  // The commands log refused inputs to the console; the tests look at the selection instead.
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  jest.restoreAllMocks();
});

function fillTemplate(host: ExcelHost): void {
  const edits: [string, string, string | number][] = [
    ["股东名册", "A2", "甲控股"],
    ["股东名册", "B2", "民营企业"],
    ["股东名册", "C2", 1],
    ["董事会", "A2", "陈"],
    ["董事会", "B2", "董事长"],
    ["治理概况", "B2", "甲公司"],
  ];
  for (const [sheet, ref, value] of edits) host.typeInto(sheet, ref, value);
}

describe("ribbon commands", () => {
  it("creates the template in the UI language, refuses it a second time, scores and selects the grade", async () => {
    const host = createExcelHost({ displayLanguage: "zh-CN" });
    install(host);
    await createTemplate();
    expect(host.dump().sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "填写说明",
      "股东名册",
      "董事会",
      "治理概况",
    ]);
    expect(host.dump().selection).toBe("股东名册!A2");

    const before = host.dump();
    await createTemplate();
    expect(host.dump()).toEqual({ ...before, activeSheet: "填写说明", selection: "填写说明!A1" });

    fillTemplate(host);
    await scoreWorkbook();
    const dump = host.dump();
    expect(dump.selection).toBe(`治理评分卡!${SCORECARD_CELLS.finalGrade}`);
    expect(host.valueAt("治理评分卡", SCORECARD_CELLS.finalGrade)).toMatch(/^[ABCD]$/);
  });

  it("writes English sheets when Office's language is English", async () => {
    const host = createExcelHost({ displayLanguage: "en-GB" });
    install(host);
    await createTemplate();
    expect(host.dump().sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Instructions",
      "Shareholders",
      "Board",
      "Profile",
    ]);
  });

  it("selects the first offending cell of a workbook it cannot score", async () => {
    const file = await exampleSnapshot("15-broken-guinan-sugar.xlsx");
    const host = createExcelHost({ workbook: file, displayLanguage: "zh-CN" });
    install(host);
    const expected = scoreUseCase(file, { language: "zh-CN", now: NOW, user: "x" });
    if (expected.ok) throw new Error("example 15 should be refused");
    const first = expected.issues.find((i) => i.at !== undefined)?.at;
    await scoreWorkbook();
    expect(host.dump().selection).toBe(`${first?.sheet}!${first?.cell}`);
    expect(host.dump().sheets.map((s) => s.name)).toEqual(file.sheets.map((s) => s.name));
  });

  it("selects a protected product sheet it would have to replace, and says why", async () => {
    const host = createExcelHost({ displayLanguage: "zh-CN" });
    install(host);
    await createTemplate();
    fillTemplate(host);
    await scoreWorkbook();
    host.protectSheet("治理评分卡");
    host.moveSheet("治理评分卡", 0);
    const refusal = scoreWorkbook();
    await expect(refusal).rejects.toBeInstanceOf(OfficeAdapterError);
    await expect(refusal).rejects.toMatchObject({ code: "sheetProtected" });
    expect(host.dump().selection).toBe("治理评分卡!A1");
  });

  it("throws the typed error on an Excel without ExcelApi 1.7", async () => {
    install(createExcelHost({ excelApi: "1.5" }));
    await expect(scoreWorkbook()).rejects.toMatchObject({ code: "excelVersion" });
  });

  it("registers with Office.actions and always completes the event", async () => {
    const host = createExcelHost({ displayLanguage: "zh-CN" });
    install(host);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await jest.isolateModulesAsync(async () => {
      await import("../../../src/commands/commands");
    });
    expect([...host.actions.keys()].sort()).toEqual(["createTemplate", "scoreWorkbook"]);
    const completed = jest.fn();
    await host.actions.get("createTemplate")?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(host.dump().sheets).toHaveLength(5);
    // A blank template scores on missing data; either way the event completes.
    await host.actions.get("scoreWorkbook")?.({ completed });
    expect(completed).toHaveBeenCalledTimes(2);
    host.protectStructure();
    await host.actions.get("scoreWorkbook")?.({ completed });
    expect(completed).toHaveBeenCalledTimes(3);
  });
});

describe("command environment", () => {
  it("runs with an injected port, language, clock and user", async () => {
    const host = createExcelHost();
    const { createOfficeWorkbookPort } = await import("../../../src/adapters/office");
    const log: string[] = [];
    const env: CommandEnvironment = {
      port: () =>
        createOfficeWorkbookPort({ run: host.run, requirements: host.Office.context.requirements }),
      language: () => "en-US",
      now: () => NOW,
      user: () => "Wang Fang",
      log: (m) => log.push(m),
    };
    expect(await runTemplate(env)).toEqual({
      kind: "templateCreated",
      sheet: "Shareholders",
      cell: "A2",
    });
    // Blank inputs are missing data: scored conservatively, the grade selected.
    const result = await runScore(env);
    expect(result).toMatchObject({ kind: "scored", cell: SCORECARD_CELLS.finalGrade });
    const dump = host.dump();
    const scorecard = result.kind === "scored" ? result.sheet : "";
    expect(dump.selection).toBe(`'${scorecard}'!${SCORECARD_CELLS.finalGrade}`);
    const auditLog = dump.names.find((n) => n.name === "GovScore_auditLog")?.formula ?? "";
    const logSheet = dump.sheets.find((s) => auditLog.includes(s.name));
    expect(Object.values(logSheet?.cells ?? {}).some((c) => c.value === "Wang Fang")).toBe(true);
    expect(log).toEqual([]);
  });

  it("reads Office's language", () => {
    expect(languageOf("zh-TW")).toBe("zh-CN");
    expect(languageOf("en-US")).toBe("en-US");
    expect(languageOf(undefined)).toBe("en-US");
  });
});
