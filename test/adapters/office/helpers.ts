import { join } from "node:path";
import { createOfficeWorkbookPort, type OfficePortOptions } from "../../../src/adapters/office";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../../host";

export const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
export const NOW = "2025-03-01T09:30:00+08:00";

/** An example workbook as the file adapter reads it. */
export async function exampleSnapshot(file: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookFile(join(EXAMPLES, file));
  if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.issues)}`);
  return read.value;
}

/** A host and the adapter's port over it. */
export function hostWithPort(
  hostOptions: ExcelHostOptions = {},
  portOptions: Omit<OfficePortOptions, "run" | "requirements"> = {}
) {
  const host: ExcelHost = createExcelHost(hostOptions);
  const port = createOfficeWorkbookPort({
    run: host.run,
    requirements: host.Office.context.requirements,
    temporaryTag: "test",
    ...portOptions,
  });
  return { host, port };
}

/** A register of `rows` holders with realistic Chinese names, for size and chunking tests. */
export function registerRows(rows: number): (string | number)[][] {
  const kinds = ["民营企业", "国有企业", "自然人", "境外法人"];
  const header = ["股东名称", "股东类型", "持股比例", "一致行动人", "质押比例", "司法冻结"];
  const body = Array.from({ length: rows }, (_, i) => [
    `第${i + 1}号（深圳）股权投资合伙企业（有限合伙）`,
    kinds[i % kinds.length] ?? "自然人",
    1 / rows,
    i % 7 === 0 ? `一致行动组${i % 3}` : "",
    i % 5 === 0 ? 0.25 : "",
    i % 11 === 0 ? "否" : "",
  ]);
  return [header, ...body];
}
