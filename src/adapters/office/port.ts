import type { WorkbookPlan } from "../../workbook/plan";
import type { WorkbookPort } from "../../workbook/port";
import type { CellValue } from "../../workbook/snapshot";
import { applyPlanToWorkbook, type OfficeApplyReport } from "./apply-plan";
import { snapshotValue } from "./cell-values";
import { sheetMissingError } from "./errors";
import { DEFAULT_READ_BUDGET, type ReadBudget } from "./read-budget";
import { readView, readWorkbook } from "./read-snapshot";
import { hostFeatures, requirementError, type RequirementChecker } from "./requirements";
import type { OfficeWorkbookSnapshot, WorkbookView } from "./workbook-view";

/** Excel.run with options, as office.js (or a test host) provides it. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

export interface OfficePortOptions {
  /** Defaults to the global Excel.run. */
  readonly run?: ExcelRun;
  /** Defaults to Office.context.requirements. */
  readonly requirements?: RequirementChecker;
  readonly budget?: ReadBudget;
  /** Makes the temporary sheet names predictable (tests); random otherwise. */
  readonly temporaryTag?: string;
}

/** The port over a live workbook, with the Office-specific extras of its results. */
export interface OfficeWorkbookPort extends WorkbookPort {
  readSnapshot(): Promise<OfficeWorkbookSnapshot>;
  applyPlan(plan: WorkbookPlan): Promise<OfficeApplyReport>;
}

function randomTag(): string {
  return Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
}

/**
 * The WorkbookPort of the workbook open in Excel. Throws the typed "excelVersion" error when the
 * host lacks ExcelApi 1.7. Each call runs in its own Excel.run (delayForCellEdit: a batch waits
 * while the user edits a cell instead of failing). applyPlan checks its plan against the workbook
 * as the last readSnapshot saw it (or reads that first, one more request, when nothing was read).
 * @example const port = createOfficeWorkbookPort(); const snapshot = await port.readSnapshot();
 */
export function createOfficeWorkbookPort(options: OfficePortOptions = {}): OfficeWorkbookPort {
  const requirements = options.requirements ?? Office.context.requirements;
  const missing = requirementError(requirements);
  if (missing !== null) throw missing;
  const features = hostFeatures(requirements);
  const run: ExcelRun = options.run ?? ((runOptions, batch) => Excel.run(runOptions, batch));
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  const runOptions: Excel.RunOptions = { delayForCellEdit: true };
  let lastView: WorkbookView | undefined;

  return {
    async readSnapshot() {
      const mode = features.specialCells ? "specialCells" : "limited";
      const { snapshot, view } = await run(runOptions, (context) =>
        readWorkbook(context, budget, mode)
      );
      lastView = view;
      return snapshot;
    },

    async applyPlan(plan) {
      const known = lastView;
      // Whatever happens, the workbook may have changed: the next write reads its view again.
      lastView = undefined;
      return run(runOptions, async (context) => {
        const view = known ?? (await readView(context));
        return applyPlanToWorkbook(context, plan, view, features, {
          tag: options.temporaryTag ?? randomTag(),
          requests: known === undefined ? 1 : 0,
        });
      });
    },

    readValues(sheet, refs) {
      return run(runOptions, async (context): Promise<CellValue[]> => {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        worksheet.load("name");
        const ranges = refs.map((ref) => {
          const range = worksheet.getRange(ref);
          range.load("values, valueTypes, numberFormat");
          return range;
        });
        await context.sync();
        if (worksheet.isNullObject) throw sheetMissingError(sheet);
        return ranges.map((range) =>
          snapshotValue(
            range.values[0]?.[0],
            range.valueTypes[0]?.[0],
            String(range.numberFormat[0]?.[0] ?? "General")
          )
        );
      });
    },

    select(sheet, range) {
      return run(runOptions, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(range).select();
        await context.sync();
      });
    },
  };
}
