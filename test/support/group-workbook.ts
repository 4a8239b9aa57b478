/**
 * Group workbooks for the task pane's Group section and the Office adapter's group tests: the
 * examples of examples/groups/ as the file adapter reads them, and a generated group of any size
 * (Chinese sheet names and headers, plain sheets, stakes formatted as percentages).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxSnapshot } from "../../src/adapters/xlsx/stream-workbook";
import { columnLetters } from "../../src/workbook/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

export const GROUP_EXAMPLES = join(__dirname, "..", "..", "examples", "groups");
/** A chain of three guarantees among members, the cap binding (examples/groups/01-…). */
export const SOE_CHAIN = "01-soe-chain-cap-binding";
export const FAMILY_GROUP = "02-family-upstream-collateral";
export const CLEAN_GROUP = "03-clean-group";

/** An example group workbook (examples/groups/<name>.xlsx) as the file adapter reads it. */
export async function groupExample(name: string): Promise<WorkbookSnapshot> {
  const read = await readXlsxSnapshot(readFileSync(join(GROUP_EXAMPLES, `${name}.xlsx`)), {
    maxUsedRangeCells: 1_000_000,
    maxPartBytes: 50 * 1024 * 1024,
  });
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.issues)}`);
  return read.snapshot;
}

interface ExampleBlock {
  readonly name: string;
  readonly table?: string;
  readonly header: readonly string[];
  readonly percentColumn?: number;
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * An example group workbook built from its source (examples/groups/src/<name>.json) as
 * scripts/make-group-examples.ts writes it: the same sheets, tables and percentage formats,
 * without a zip reader (for the DOM tests and the browser's Excel host).
 */
export function groupExampleFromSource(name: string): WorkbookSnapshot {
  const source = JSON.parse(readFileSync(join(GROUP_EXAMPLES, "src", `${name}.json`), "utf8")) as {
    readonly members: ExampleBlock;
    readonly guarantees: ExampleBlock;
    readonly profile: ExampleBlock;
  };
  const block = (b: ExampleBlock): SheetSnapshot => {
    const rows: CellValue[][] = [[...b.header], ...b.rows.map((r) => [...r])];
    const formats = rows.map((row, r) =>
      row.map((_, c) => (r > 0 && c === b.percentColumn ? "0.00%" : "General"))
    );
    const range = `A1:${columnLetters(b.header.length)}${rows.length}`;
    return {
      ...sheet(b.name, rows, formats),
      tables: b.table === undefined ? [] : [{ name: b.table, range }],
    };
  };
  return { sheets: [block(source.members), block(source.guarantees), block(source.profile)] };
}

function sheet(name: string, rows: CellValue[][], formats?: string[][]): SheetSnapshot {
  return {
    name,
    values: rows,
    numberFormats: formats ?? rows.map((row) => row.map(() => "General")),
    tables: [],
  };
}

const MEMBERS_HEADER = [
  "成员名称",
  "客户编号",
  "集团地位",
  "直接母公司",
  "母公司持股比例",
  "经营财务状况",
  "治理等级",
  "净资产",
  "我行现有授信余额",
  "本次申请额度",
  "贷款银行家数",
];
const CONDITIONS = ["良好", "一般", "较差"];
const GRADES = ["A", "B", "C", "B"];

/** The name of member `i` of a generated group (0 is the parent). */
export function generatedMemberName(i: number): string {
  return i === 0 ? "测试控股集团有限公司" : `测试集团第${i}号子公司有限公司`;
}

/**
 * A group of `count` members: the parent, then subsidiaries ten to a parent (member i's direct
 * parent is member ⌊(i−1)/10⌋, named by client ID), every third one controlled at 60%, the rest
 * wholly owned; a guarantee from each of the first members to the next (a run of
 * `count` − 1 rows), three of them unregistered mortgages, and one guarantee back from the last
 * member to the first subsidiary closing a chain. Bank net capital 20 billion: the cap binds.
 */
export function generatedGroup(count: number): WorkbookSnapshot {
  const members: CellValue[][] = [MEMBERS_HEADER];
  const formats: string[][] = [MEMBERS_HEADER.map(() => "General")];
  for (let i = 0; i < count; i++) {
    const controlled = i > 0 && i % 3 === 0;
    members.push([
      generatedMemberName(i),
      `G-${String(i).padStart(3, "0")}`,
      i === 0 ? "集团母公司" : controlled ? "控股子公司" : "全资子公司",
      i === 0 ? null : `G-${String(Math.floor((i - 1) / 10)).padStart(3, "0")}`,
      i === 0 ? null : controlled ? 0.6 : 1,
      CONDITIONS[i % CONDITIONS.length] ?? "良好",
      GRADES[i % GRADES.length] ?? "B",
      i === 0 ? 5_000_000_000 : 200_000_000 + i * 1_000_000,
      i === 0 ? 100_000_000 : 10_000_000,
      i === 0 ? 50_000_000 : 20_000_000,
      i % 40 === 7 ? 6 : 2,
    ]);
    formats.push(MEMBERS_HEADER.map((_, c) => (c === 4 ? "0%" : "General")));
  }
  const guarantees: CellValue[][] = [
    ["担保人", "被担保人", "担保金额", "担保方式", "抵质押物所有人", "已办理登记"],
  ];
  for (let i = 1; i < count - 1; i++) {
    const mortgage = i % 50 === 0;
    guarantees.push([
      generatedMemberName(i),
      generatedMemberName(i + 1),
      5_000_000,
      mortgage ? "抵押" : "保证",
      null,
      mortgage ? "否" : null,
    ]);
  }
  if (count > 2)
    guarantees.push([
      generatedMemberName(count - 1),
      generatedMemberName(1),
      3_000_000,
      "保证",
      null,
      null,
    ]);
  return {
    sheets: [
      sheet("集团成员", members, formats),
      sheet("担保关系", guarantees),
      sheet("集团概况", [
        ["项目", "内容"],
        ["集团名称", `测试集团（${count}家成员）`],
        ["实际控制人", "测试市国资委"],
        ["实际控制人类型", "政府部门"],
        ["我行资本净额", 20_000_000_000],
        ["币种", "CNY"],
      ]),
    ],
  };
}
