import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { pct, reorderColumns, sheet, workbook, type Cell } from "./snapshots";

/**
 * The seed's client (篇4) as a credit officer would type it in a Chinese workbook: a state-owned
 * controller with 60%, a board where four of seven directors hold management posts, a controlled
 * subsidiary of a weak parent. Scored by hand in test/core/seed-case.test.ts: 25.5, grade D.
 */
export const HOLDERS: readonly (readonly [string, string, number, string | null])[] = [
  ["某市国资控股集团", "国有企业", 60, null],
  ["某财务公司", "国有企业", 15, null],
  ["员工持股平台", "自然人", 10, null],
  ["自然人甲", "自然人", 5, "甲乙一致行动"],
  ["自然人乙", "individual", 5, "甲乙一致行动"],
  ["自然人丙", "Individual", 5, null],
];

export const DIRECTORS: readonly (readonly [string, string, string | null])[] = [
  ["董事长", "董事长", null],
  ["董事甲", "执行董事", "总经理"],
  ["董事乙", "董事", "副总经理"],
  ["董事丙", "director", "财务总监"],
  ["董事丁", "职工董事", "董事会秘书"],
  ["董事戊", "独立董事", "无"],
  ["董事己", "Director", ""],
];

export const PROFILE_ROWS: readonly (readonly [string, Cell])[] = [
  ["客户名称", "某市城建开发有限公司"],
  ["客户编号", "C-2024-017"],
  ["总经理产生方式", "上级组织部门或国资委任命"],
  ["集团地位", "控股子公司"],
  ["母公司治理效率", "一般"],
  ["母公司经营财务状况", "较差"],
  ["集团其他成员财务状况", "fair"],
  ["关联方应收款占总资产比例", "12%"],
  ["大股东财务困难", "是"],
  ["大股东重大并购", "否"],
  ["经理层议案提交数", 8],
  ["被否决数", 0],
  ["审计委员会", "无"],
  ["外部审计", "有"],
  ["审计意见", "标准无保留"],
  ["薪酬与业绩考核挂钩", false],
  ["股权激励", "N"],
  ["基础评级", "BBB"],
  ["申请额度", "5000万"],
  ["币种", "人民币"],
  ["申请期限（月）", 36],
];

export type StakeForm = "fraction" | "points" | "text";

/** A stake written as a %-formatted fraction, as percentage points, or as "NN%" text. */
export function stakeCell(points: number | string, form: StakeForm): Cell {
  const text = String(points);
  if (form === "points") return Number(text);
  if (form === "text") return `${text}%`;
  return pct(Number(shiftDecimal(text, -2)));
}

/** "35.5" → "0.355" without binary arithmetic, so the fraction is the number Excel would store. */
export function shiftDecimal(text: string, places: number): string {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  let digits = whole + fraction;
  let point = whole.length + places;
  while (point <= 0) {
    digits = `0${digits}`;
    point++;
  }
  while (point > digits.length) digits += "0";
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`
    .replace(/^0+(?=\d)/, "")
    .replace(/\.?0+$/, "");
  return `${negative ? "-" : ""}${shifted === "" ? "0" : shifted}`;
}

export interface ClientOptions {
  readonly stakeForm?: StakeForm;
  /** Row orders (indexes into HOLDERS / DIRECTORS / PROFILE_ROWS). */
  readonly holderOrder?: readonly number[];
  readonly directorOrder?: readonly number[];
  readonly profileOrder?: readonly number[];
  /** Column orders of the registers (indexes into their default columns). */
  readonly holderColumns?: readonly number[];
  readonly directorColumns?: readonly number[];
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

export function shareholderSheet(options: ClientOptions = {}, name = "股东名册"): SheetSnapshot {
  const form = options.stakeForm ?? "points";
  const rows: Cell[][] = [
    ["股东名称", "股东类型", "持股比例", "一致行动人", "质押比例", "司法冻结"],
    ...(options.holderOrder ?? identity(HOLDERS.length)).map((i) => {
      const [holder, type, stake, group] = HOLDERS[i]!;
      return [holder, type, stakeCell(stake, form), group, null, "否"];
    }),
  ];
  const order = options.holderColumns ?? identity(6);
  return sheet(name, reorderColumns(rows, order));
}

export function boardSheet(options: ClientOptions = {}, name = "董事会"): SheetSnapshot {
  const rows: Cell[][] = [
    ["董事姓名", "董事会职务", "兼任高管职务"],
    ...(options.directorOrder ?? identity(DIRECTORS.length)).map((i) => [...DIRECTORS[i]!]),
  ];
  return sheet(name, reorderColumns(rows, options.directorColumns ?? identity(3)));
}

export function profileSheet(options: ClientOptions = {}, name = "治理概况"): SheetSnapshot {
  const rows: Cell[][] = [
    ["项目", "内容"],
    ...(options.profileOrder ?? identity(PROFILE_ROWS.length)).map((i) => [...PROFILE_ROWS[i]!]),
  ];
  return sheet(name, rows);
}

/** The seed client as three sheets, in the officer's own layout. */
export function clientWorkbook(options: ClientOptions = {}): WorkbookSnapshot {
  return workbook([shareholderSheet(options), boardSheet(options), profileSheet(options)]);
}

/** A small valid register, board and profile (English headers), to change one thing at a time. */
export const SMALL = {
  holders: (): Cell[][] => [
    ["Name", "Type", "Stake"],
    ["Alpha Holdings", "private", 70],
    ["Beta Capital", "soe", 30],
  ],
  board: (): Cell[][] => [
    ["Name", "Board role", "Management post"],
    ["Chen", "chair", null],
    ["Li", "director", "General manager"],
    ["Wang", "independent", null],
  ],
  profile: (): Cell[][] => [
    ["Item", "Value"],
    ["GM appointment", "board"],
    ["Group position", "standalone"],
    ["Base rating", "A"],
  ],
};

/** A workbook of the small tables, with any of them replaced (null: left out). */
export function workbookWith(
  parts: {
    holders?: Cell[][] | null;
    board?: Cell[][] | null;
    profile?: Cell[][] | null;
  } = {}
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const add = (name: string, rows: Cell[][] | null | undefined, fallback: () => Cell[][]) => {
    if (rows !== null) sheets.push(sheet(name, rows ?? fallback()));
  };
  add("Shareholders", parts.holders, SMALL.holders);
  add("Board", parts.board, SMALL.board);
  add("Profile", parts.profile, SMALL.profile);
  return workbook(sheets);
}

/**
 * A register whose data rows differ in one column: the stake column itself, or another column next
 * to a valid stake of 10 points.
 */
export function holdersWithColumn(header: string, cells: readonly Cell[]): Cell[][] {
  const isStake = header === "Stake";
  return [
    isStake ? ["Name", "Type", "Stake"] : ["Name", "Type", "Stake", header],
    ...cells.map((c, i): Cell[] =>
      isStake ? [`Holder ${i + 1}`, "private", c] : [`Holder ${i + 1}`, "private", 10, c]
    ),
  ];
}

/** A profile of the given item/value rows. */
export function profileWith(rows: readonly (readonly [Cell, Cell])[]): Cell[][] {
  return [["Item", "Value"], ...rows.map(([item, value]) => [item, value])];
}
