/**
 * Writes examples/: client workbooks built the way credit officers build them, each with the
 * result computed by hand from governance-model.md (examples/expected/<name>.json), and a README.
 * The expected figures below are typed in by hand, never taken from the engine; `checkArithmetic`
 * only checks that the hand figures add up. test/examples/examples.test.ts compares the engine
 * with them.
 *
 * Run: node scripts/run-ts.js scripts/make-examples.ts
 * Deterministic: fixed document and zip dates, a seeded generator for the large register.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";

// ---------------------------------------------------------------------------------------------
// Workbook description

type Scalar = string | number | boolean | null;
interface Formatted {
  readonly value: number;
  readonly numFmt: string;
}
interface ErrorValue {
  readonly error: "#N/A" | "#REF!" | "#VALUE!";
}
interface Formula {
  readonly formula: string;
  readonly result: Scalar | ErrorValue;
}
type Cell = Scalar | Formatted | ErrorValue | Formula;

/** A header row and its rows at `at`; an Excel table (ListObject) when `table` names one. */
interface Block {
  readonly at: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly table?: string;
}

interface SheetDef {
  readonly name: string;
  readonly blocks: readonly Block[];
}

/** A fraction shown as a percentage: pct(0.35) is 35% in Excel. */
const pct = (fraction: number, numFmt = "0.00%"): Formatted => ({ value: fraction, numFmt });
/** An amount shown with thousands separators. */
const cny = (amount: number): Formatted => ({ value: amount, numFmt: "#,##0" });

const block = (at: string, header: readonly string[], rows: readonly Cell[][]): Block => ({
  at,
  header,
  rows,
});
const table = (name: string, at: string, header: readonly string[], rows: Cell[][]): Block => ({
  at,
  header,
  rows,
  table: name,
});
const sheet = (name: string, ...blocks: Block[]): SheetDef => ({ name, blocks });

// ---------------------------------------------------------------------------------------------
// A1 addresses, and finding cells in a description (for expected gaps, notices and errors)

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function parseAt(at: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(at);
  if (match === null) throw new Error(`bad address ${at}`);
  const [, letters = "", digits = ""] = match;
  const column = [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, column };
}

const address = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;

interface Located {
  readonly sheet: string;
  readonly cell: string;
}

/** The block row whose cells include `rowKey` (e.g. a holder or an item name). */
function findRow(def: SheetDef, rowKey: string): { block: Block; index: number } {
  for (const b of def.blocks) {
    const index = b.rows.findIndex((row) => row.includes(rowKey));
    if (index >= 0) return { block: b, index };
  }
  throw new Error(`no row "${rowKey}" on ${def.name}`);
}

/** The cell in the row holding `rowKey`, under the header `header`. */
function cellAt(def: SheetDef, rowKey: string, header: string): Located {
  const { block: b, index } = findRow(def, rowKey);
  const column = b.header.indexOf(header);
  if (column < 0) throw new Error(`no column "${header}" on ${def.name}`);
  const at = parseAt(b.at);
  return { sheet: def.name, cell: address(at.row + 1 + index, at.column + column) };
}

/** A header cell. */
function headerAt(def: SheetDef, header: string): Located {
  for (const b of def.blocks) {
    const column = b.header.indexOf(header);
    if (column < 0) continue;
    const at = parseAt(b.at);
    return { sheet: def.name, cell: address(at.row, at.column + column) };
  }
  throw new Error(`no header "${header}" on ${def.name}`);
}

/** The whole width of the row holding `rowKey`, e.g. "A5:D5". */
function rowAt(def: SheetDef, rowKey: string): Located {
  const { block: b, index } = findRow(def, rowKey);
  const at = parseAt(b.at);
  const row = at.row + 1 + index;
  const cell = `${address(row, at.column)}:${address(row, at.column + b.header.length - 1)}`;
  return { sheet: def.name, cell };
}

// ---------------------------------------------------------------------------------------------
// Expected results, typed in by hand

type FactorId = "F1" | "F2" | "F3" | "F4" | "F5" | "F6";
type Grade = "A" | "B" | "C" | "D";
type KnockoutId =
  "insiderConcentration" | "ownershipUnclear" | "adverseAudit" | "subsidiaryTunnelling";

/** [rule id, points, weighted points] */
type FactorFigures = readonly [rule: string, points: number, weighted: number];

interface Figures {
  readonly factors: Readonly<Record<FactorId, FactorFigures>>;
  readonly score: number;
  readonly scoreGrade: Grade;
  readonly knockouts: readonly KnockoutId[];
  readonly modelGrade: Grade;
  readonly flags: readonly string[];
  readonly gaps?: readonly { factor: FactorId; item: string; at: Located | null }[];
  /** Share of factor weight scored from real inputs, 0–1. */
  readonly completeness: number;
  readonly credit: {
    readonly baseRating: string;
    readonly adjustedRating: string;
    readonly requestedLimit: number;
    readonly recommendedLimit: number;
    readonly requestedTenorMonths: number;
    readonly recommendedTenorMonths: number;
  };
}

interface Notice {
  readonly code: string;
  readonly at: Located | null;
}

interface ExampleBase {
  /** File stem: examples/<name>.xlsx and examples/expected/<name>.json. */
  readonly name: string;
  readonly client: string;
  readonly shows: string;
  readonly officer: string;
  readonly sheets: readonly SheetDef[];
  readonly working: string;
}

interface ScoredExample extends ExampleBase {
  readonly figures: Figures;
  readonly notices?: readonly Notice[];
  readonly requiredTables?: readonly ("shareholders" | "board" | "profile")[];
  /** Holder names that must reach the model as written (formula-injection probes). */
  readonly verbatimHolders?: readonly string[];
}

interface RefusedExample extends ExampleBase {
  readonly errors: readonly { code: string; at: Located }[];
}

type Example = ScoredExample | RefusedExample;

// ---------------------------------------------------------------------------------------------
// The clients

const EN_PROFILE = ["Item", "Value"] as const;
const ZH_PROFILE = ["项目", "内容"] as const;

/** 01 — grade A. English headers, Excel tables, %-formatted stakes, Yes/No. */
function ruifeng(): ScoredExample {
  const holders = sheet(
    "Ownership",
    table(
      "Shareholders",
      "A1",
      ["Shareholder", "Shareholder type", "Stake", "Pledged share", "Frozen"],
      [
        ["宁波瑞丰控股集团有限公司", "Private enterprise", pct(0.45), pct(0), "No"],
        ["陈国栋", "Individual", pct(0.2), pct(0), "No"],
        ["宁波瑞智企业管理合伙企业（有限合伙）", "Private enterprise", pct(0.12), pct(0), "No"],
        ["上海浦江创新投资有限公司", "Private enterprise", pct(0.1), pct(0), "No"],
        ["陈晓雯", "Individual", pct(0.08), pct(0), "No"],
        ["宁波市北仑区产业投资基金有限公司", "State-owned enterprise", pct(0.05), pct(0), "No"],
      ]
    )
  );
  const board = sheet(
    "Directors",
    table(
      "Board",
      "A1",
      ["Director", "Board role", "Management post"],
      [
        ["陈国栋", "Chair", null],
        ["林海涛", "Vice chair", "General manager"],
        ["周敏", "Director", "Chief financial officer"],
        ["王志远", "Director", null],
        ["李建华", "Independent director", null],
        ["张琳", "Independent director", null],
        ["赵立新", "Independent director", null],
      ]
    )
  );
  const profile = sheet(
    "Credit request",
    table("Profile", "A1", EN_PROFILE, [
      ["Client", "宁波瑞丰精密机械股份有限公司"],
      ["Client ID", "NB-2024-0317"],
      ["GM appointment", "Appointed and removed by the board"],
      ["Group position", "Group parent"],
      ["Related-party receivables / total assets", pct(0.025)],
      ["Major shareholder in financial difficulty", "No"],
      ["Major shareholder planning a large long-term acquisition", "No"],
      ["Management proposals submitted", 12],
      ["Management proposals rejected", 1],
      ["Audit committee", "Yes"],
      ["External audit", "Yes"],
      ["Audit opinion", "Unqualified"],
      ["Pay linked to performance", "Yes"],
      ["Equity incentive", "Yes"],
      ["Base rating", "AA-"],
      ["Requested limit", cny(80_000_000)],
      ["Currency", "CNY"],
      ["Requested tenor (months)", 60],
    ])
  );
  return {
    name: "01-grade-a-ruifeng-precision",
    client: "宁波瑞丰精密机械股份有限公司",
    shows:
      "grade A: clean private manufacturer, board-appointed GM, audit committee, equity incentive; English headers in Excel tables, %-formatted stakes, Yes/No",
    officer: "Chen Lei, corporate banking, Ningbo branch",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.parent", 90, 13.5],
        F6: ["F6.items", 100, 10],
      },
      score: 98.5,
      scoreGrade: "A",
      knockouts: [],
      modelGrade: "A",
      flags: [],
      completeness: 1,
      credit: {
        baseRating: "AA-",
        adjustedRating: "AA-",
        requestedLimit: 80_000_000,
        recommendedLimit: 80_000_000,
        requestedTenorMonths: 60,
        recommendedTenorMonths: 60,
      },
    },
    working:
      "F1 controller 宁波瑞丰控股集团 45% ≥ 30%, private 100×20%=20; " +
      "F2 top-3 45+20+12=77.00%, 30–80% balanced 100×25%=25; F3 board 100×15%=15; " +
      "F4 2 of 7 directors hold a post (林海涛 GM, 周敏 CFO), 2/7 ≤ 1/3 → 100, chair holds no post, ×15%=15; " +
      "F5 group parent 90, related receivables 2.5% ≤ 10%, 90×15%=13.5; " +
      "F6 audit committee 50 + pay 25 + equity 25 = 100×10%=10; " +
      "S = 20+25+15+15+13.5+10 = 98.5 → A; stakes sum 100%, no knock-out → A; " +
      "A: 0 notches AA- stays AA-, 80,000,000×100% = 80,000,000, no tenor cap → 60 months",
  };
}

/** 02 — grade B. Plain sheets, Chinese headers in another order, points, a 合计 row, 是/否. */
function huacheng(): ScoredExample {
  const holders = sheet(
    "股东",
    block(
      "A1",
      ["序号", "持股比例(%)", "股东名称", "股东类型"],
      [
        [1, 62, "江阴华澄集团有限公司", "民营企业"],
        [2, 20, "无锡产业发展集团有限公司", "国有企业"],
        [3, 18, "周建华", "自然人"],
        ["合计", { formula: "SUM(B2:B4)", result: 100 }, null, null],
      ]
    )
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["姓名", "董事会职务", "兼任高管职务"],
      [
        ["周建华", "董事长", "无"],
        ["钱卫国", "董事", "总经理"],
        ["周敏华", "董事", null],
        ["蒋立新", "董事", "财务总监"],
        ["顾晓东", "职工董事", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "江苏华澄新材料有限公司"],
      ["客户编号", "JS-WX-2024-0588"],
      ["所属行业", "化学原料和化学制品制造业"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "控股子公司"],
      ["母公司治理效率", "良好"],
      ["母公司经营财务状况", "良好"],
      ["集团其他成员财务状况", "一般"],
      ["关联方应收款占总资产比例", 6],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["经理层议案提交数", 6],
      ["被否决数", 1],
      ["审计委员会", "否"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", null],
      ["基础评级", "A"],
      ["申请额度", "3000万"],
      ["币种", "人民币"],
      ["申请期限(月)", 72],
    ])
  );
  return {
    name: "02-grade-b-huacheng-materials",
    client: "江苏华澄新材料有限公司",
    shows:
      "grade B: controlled subsidiary of a sound private group, one-voice board without distress; plain sheets, Chinese headers in another order, stakes as points, a 合计 row, an unknown item, 是/否, limit written 3000万",
    officer: "王芳（无锡分行公司业务部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.concentrated", 40, 10],
        F3: ["F3.board", 100, 15],
        F4: ["F4.mid", 70, 10.5],
        F5: ["F5.subsidiary.fair", 50, 7.5],
        F6: ["F6.items", 75, 7.5],
      },
      score: 70.5,
      scoreGrade: "B",
      knockouts: [],
      modelGrade: "B",
      flags: ["oneVoiceBoard", "groupSubsidiary"],
      gaps: [{ factor: "F6", item: "equityIncentive", at: cellAt(profile, "股权激励", "内容") }],
      completeness: 1,
      credit: {
        baseRating: "A",
        adjustedRating: "A",
        requestedLimit: 30_000_000,
        recommendedLimit: 27_000_000,
        requestedTenorMonths: 72,
        recommendedTenorMonths: 60,
      },
    },
    notices: [
      { code: "column.unknownIgnored", at: headerAt(holders, "序号") },
      { code: "row.totalSkipped", at: rowAt(holders, "合计") },
      { code: "profile.unknownItem", at: cellAt(profile, "所属行业", "项目") },
    ],
    working:
      "Stakes are points (62 > 1); the 合计 row is skipped. F1 controller 江阴华澄集团 62%, private 100×20%=20; " +
      "F2 top-3 62+20+18=100.00% > 80%, distress 否/否 and no pledge → 40×25%=10 (one-voice board); " +
      "F3 board 100×15%=15; F4 2 of 5 hold a post (钱卫国 总经理, 蒋立新 财务总监; 无 is none), 1/3 < 2/5 ≤ 1/2 → 70×15%=10.5; " +
      "F5 controlled subsidiary, worst of 良好/良好/一般 = fair 50, related receivables 6% ≤ 10%, 50×15%=7.5; " +
      "F6 no audit committee but external audit 标准无保留 50 + pay 25 + equity blank (= no, a gap) 0 = 75×10%=7.5; " +
      "S = 20+10+15+10.5+7.5+7.5 = 70.5 → B; insider 2/5 is not > 1/2, sum 100%, receivables ≤ 10% → no knock-out → B; " +
      "B: 0 notches A stays A, 3000万 = 30,000,000×90% = 27,000,000, tenor min(72, 60) = 60",
  };
}

/** 03 — grade C by score. Plain sheets, Chinese headers, stakes as "40%" text, 是/否. */
function xiangjiang(): ScoredExample {
  const holders = sheet(
    "股东名册",
    block(
      "A1",
      ["股东类型", "股东名称", "持股比例"],
      [
        ["国有企业", "长沙市城市建设投资集团有限公司", "40%"],
        ["事业单位", "湖南省环境保护科学研究院", "22%"],
        ["自然人", "李卫东", "18%"],
        ["民营企业", "湖南湘环员工持股企业管理合伙企业（有限合伙）", "12%"],
        ["国有企业", "株洲市国有资产投资控股集团有限公司", "8%"],
      ]
    )
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["董事会职务", "董事姓名", "兼任高管职务"],
      [
        ["董事长", "王建平", "总经理"],
        ["董事", "刘志刚", "副总经理"],
        ["职工董事", "陈红", "财务总监"],
        ["董事", "赵明", "—"],
        ["董事", "孙立", null],
        ["独立董事", "周晓", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "湖南湘江环保工程有限公司"],
      ["总经理产生方式", "上级组织部门或国资委任命"],
      ["集团地位", "非集团成员"],
      ["关联方应收款占总资产比例", "15%"],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["审计委员会", "否"],
      ["外部审计", "是"],
      ["审计意见", "保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", "否"],
      ["基础评级", "BBB+"],
      ["申请额度", cny(20_000_000)],
      ["币种", "CNY"],
      ["申请期限(月)", 48],
    ])
  );
  return {
    name: "03-grade-c-xiangjiang-environmental",
    client: "湖南湘江环保工程有限公司",
    shows:
      'grade C by score, no knock-out: state-owned controller, GM named by the regulator, chair is GM, receivables 15%; two boundaries (top-3 exactly 80%, overlap exactly 1/2); stakes as "40%" text',
    officer: "李娜（长沙分行授信审批部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 60, 12],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.appointedByAuthority", 20, 3],
        F4: ["F4.mid", 50, 7.5],
        F5: ["F5.standalone", 70, 10.5],
        F6: ["F6.items", 25, 2.5],
      },
      score: 60.5,
      scoreGrade: "C",
      knockouts: [],
      modelGrade: "C",
      flags: ["administrativeGm", "tunnelling"],
      completeness: 1,
      credit: {
        baseRating: "BBB+",
        adjustedRating: "BBB",
        requestedLimit: 20_000_000,
        recommendedLimit: 14_000_000,
        requestedTenorMonths: 48,
        recommendedTenorMonths: 36,
      },
    },
    working:
      "F1 controller 长沙城投 40%, soe 60×20%=12; F2 top-3 40+22+18 = 80.00%, not > 80% → balanced 100×25%=25; " +
      "F3 上级组织部门或国资委任命 20×15%=3; F4 3 of 6 hold a post (— is none), 3/6 = 1/2 ≤ 1/2 → 70, chair 王建平 is 总经理 −20 → 50×15%=7.5; " +
      "F5 standalone 100, receivables 15% > 10% −30 → 70×15%=10.5 (penalty applies to every position); " +
      "F6 no committee, opinion 保留 so no verification 0 + pay 25 + equity 0 = 25×10%=2.5; " +
      "S = 12+25+3+7.5+10.5+2.5 = 60.5 → C; insider needs r > 1/2 and top-3 > 80%: neither; standalone → no tunnelling knock-out → C; " +
      "C: BBB+ −1 notch = BBB, 20,000,000×70% = 14,000,000, tenor min(48, 36) = 36",
  };
}

/** 04 — grade D by score. Plain sheets, English headers, points, Yes/No. */
function yudong(): ScoredExample {
  const holders = sheet(
    "Shareholders",
    block(
      "A1",
      ["Name", "Stake", "Type"],
      [
        ["商丘市睢阳区财政局", 28, "Government department"],
        ["商丘市农业科学院", 24, "Public institution"],
        ["河南豫东农业职业学院", 22, "University"],
        ["张志强", 14, "Individual"],
        ["王丽", 12, "Individual"],
      ]
    )
  );
  const board = sheet(
    "Board of directors",
    block(
      "A1",
      ["Director", "Board role", "Senior management post"],
      [
        ["李国华", "Chair", "General manager"],
        ["赵建设", "Director", "Deputy general manager"],
        ["孙红梅", "Director", "Chief financial officer"],
        ["周明", "Director", null],
        ["吴涛", "Employee director", "none"],
      ]
    )
  );
  const profile = sheet(
    "Governance profile",
    block("A1", EN_PROFILE, [
      ["Client", "河南豫东农业开发有限公司"],
      ["Client ID", "HN-SQ-2023-1126"],
      ["GM appointment", "Appointed by the authority or the state-asset regulator"],
      ["Group position", "Contractual group member"],
      ["Related-party receivables / total assets", 18],
      ["Major shareholder in financial difficulty", "No"],
      ["Major shareholder planning a large long-term acquisition", "No"],
      ["Audit committee", "No"],
      ["External audit", "Yes"],
      ["Audit opinion", "Qualified"],
      ["Pay linked to performance", "No"],
      ["Equity incentive", "No"],
      ["Base rating", "BB+"],
      ["Requested limit", 10_000_000],
      ["Currency", "CNY"],
      ["Requested tenor (months)", 24],
    ])
  );
  return {
    name: "04-grade-d-yudong-agriculture",
    client: "河南豫东农业开发有限公司",
    shows:
      "grade D by score, no knock-out: multi-objective owners with dispersed control, GM named by the authority, insider board with the chair as GM; plain sheets, English headers, points, Yes/No",
    officer: "Zhang Hui, Shangqiu sub-branch",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.dispersed", 30, 6],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.appointedByAuthority", 20, 3],
        F4: ["F4.high", 0, 0],
        F5: ["F5.contractual", 55, 8.25],
        F6: ["F6.items", 0, 0],
      },
      score: 42.25,
      scoreGrade: "D",
      knockouts: [],
      modelGrade: "D",
      flags: ["multiObjectiveOwner", "administrativeGm", "insiderControl", "tunnelling"],
      completeness: 1,
      credit: {
        baseRating: "BB+",
        adjustedRating: "BB-",
        requestedLimit: 10_000_000,
        recommendedLimit: 5_000_000,
        requestedTenorMonths: 24,
        recommendedTenorMonths: 12,
      },
    },
    working:
      "F1 nobody holds 30%: largest 睢阳区财政局 28%, government 30×20%=6 (dispersed control); " +
      "F2 top-3 28+24+22 = 74.00% balanced 100×25%=25; F3 appointed by the authority 20×15%=3; " +
      "F4 3 of 5 hold a post (none is none), 3/5 > 1/2 → 20, chair 李国华 is GM −20 → 0×15%=0; " +
      "F5 contractual 85, receivables 18 (points → 18%) > 10% −30 → 55×15%=8.25; " +
      "F6 no committee, opinion Qualified → no verification, no pay link, no equity → 0; " +
      "S = 6+25+3+0+8.25+0 = 42.25 → D; insider control but top-3 74% ≤ 80% → no knock-out → D; " +
      "D: BB+ −2 notches = BB-, 10,000,000×50% = 5,000,000, tenor min(24, 12) = 12",
  };
}

/** 05 — the seed's example client (篇4). Chinese sheets with Excel tables, %-formatted, 是/否. */
function ganchang(): ScoredExample {
  const holders = sheet(
    "股东名册",
    table(
      "Shareholders",
      "A1",
      ["股东名称", "股东类型", "持股比例", "质押比例", "司法冻结"],
      [
        ["赣昌市国有资本投资控股集团有限公司", "国有企业", pct(0.58), pct(0.65), "否"],
        ["赣昌市城市建设投资发展有限公司", "国有企业", pct(0.16), pct(0), "否"],
        ["赣昌城建企业管理合伙企业（有限合伙）", "民营企业", pct(0.09), null, "否"],
        ["刘建国", "自然人", pct(0.06), null, "否"],
        ["黄志明", "自然人", pct(0.06), null, "否"],
        ["邹丽萍", "自然人", pct(0.05), null, "否"],
      ]
    )
  );
  const board = sheet(
    "董事会",
    table(
      "Board",
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["彭卫国", "董事长", null],
        ["熊建军", "董事", "总经理"],
        ["罗志勇", "董事", "副总经理"],
        ["万晓燕", "职工董事", "财务总监"],
        ["胡斌", "董事", "董事会秘书"],
        ["涂文", "独立董事", null],
        ["付强", "董事", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    table("Profile", "A1", ZH_PROFILE, [
      ["客户名称", "江西赣昌城市建设开发有限公司"],
      ["客户编号", "JX-GC-2024-0042"],
      ["总经理产生方式", "上级组织部门或国资委任命"],
      ["集团地位", "控股子公司"],
      ["母公司治理效率", "一般"],
      ["母公司经营财务状况", "较差"],
      ["集团其他成员财务状况", "一般"],
      ["关联方应收款占总资产比例", pct(0.146)],
      ["大股东财务困难", "是"],
      ["大股东重大并购", "否"],
      ["经理层议案提交数", 8],
      ["被否决数", 0],
      ["审计委员会", "否"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "否"],
      ["股权激励", "否"],
      ["基础评级", "BBB"],
      ["申请额度", cny(50_000_000)],
      ["币种", "人民币"],
      ["申请期限(月)", 36],
    ])
  );
  return {
    name: "05-seed-ganchang-urban-construction",
    client: "江西赣昌城市建设开发有限公司",
    shows:
      "the seed's client (篇4): top-3 83% with a distressed, pledged major shareholder, 4 of 7 directors in management, GM named by 国资委, controlled subsidiary of a weak parent with receivables 14.6% → two knock-outs, grade D",
    officer: "刘洋（南昌分行公司业务部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 60, 12],
        F2: ["F2.concentratedDistressed", 10, 2.5],
        F3: ["F3.appointedByAuthority", 20, 3],
        F4: ["F4.high", 20, 3],
        F5: ["F5.subsidiary.poor", 0, 0],
        F6: ["F6.items", 50, 5],
      },
      score: 25.5,
      scoreGrade: "D",
      knockouts: ["insiderConcentration", "subsidiaryTunnelling"],
      modelGrade: "D",
      flags: [
        "oneVoiceBoard",
        "majorHolderDistress",
        "administrativeGm",
        "insiderControl",
        "groupSubsidiary",
        "tunnelling",
      ],
      completeness: 1,
      credit: {
        baseRating: "BBB",
        adjustedRating: "BB+",
        requestedLimit: 50_000_000,
        recommendedLimit: 25_000_000,
        requestedTenorMonths: 36,
        recommendedTenorMonths: 12,
      },
    },
    working:
      "F1 controller 赣昌国资控股 58%, soe 60×20%=12; " +
      "F2 top-3 58+16+9 = 83.00% > 80%, controller distressed (大股东财务困难 是; 65% of its stake pledged > 50%) → 10×25%=2.5; " +
      "F3 国资委任命 20×15%=3; F4 4 of 7 hold a post (熊 总经理, 罗 副总经理, 万 财务总监, 胡 董事会秘书), 4/7 > 1/2 → 20, chair holds none, ×15%=3; " +
      "F5 controlled subsidiary, worst of 一般/较差/一般 = poor 15, receivables 14.6% > 10% −30 → 0 (floor) ×15%=0; " +
      "F6 external audit 标准无保留 50, no pay link, no equity = 50×10%=5; " +
      "S = 12+2.5+3+3+0+5 = 25.5 → D; knock-outs: insider control 4/7 with top-3 83% (cap C), controlled subsidiary with poor parent condition and receivables 14.6% > 10% (cap C); D is already worse → D; " +
      "D: BBB −2 notches = BB+, 50,000,000×50% = 25,000,000, tenor min(36, 12) = 12, enhanced covenants",
  };
}

/** 06 — insider control with top-3 > 80% caps a B at C. Three Excel tables on one sheet, 有/无. */
function dongou(): ScoredExample {
  const data = sheet(
    "客户资料",
    table(
      "股东名册",
      "A1",
      ["股东名称", "股东类型", "持股比例"],
      [
        ["温州东瓯控股有限公司", "民营企业", pct(0.7)],
        ["郑建新", "自然人", pct(0.15)],
        ["郑丽君", "自然人", pct(0.1)],
        ["温州瓯越企业管理合伙企业（有限合伙）", "民营企业", pct(0.05)],
      ]
    ),
    table(
      "董事会",
      "A8",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["郑建新", "董事长", "无"],
        ["郑丽君", "董事", "总经理"],
        ["郑建国", "董事", "副总经理"],
        ["林海", "董事", "财务总监"],
        ["陈伟", "董事", null],
      ]
    ),
    table("治理概况", "A16", ZH_PROFILE, [
      ["客户名称", "温州东瓯阀门有限公司"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "非集团成员"],
      ["关联方应收款占总资产比例", pct(0.03)],
      ["大股东财务困难", "无"],
      ["大股东重大并购", "无"],
      ["审计委员会", "无"],
      ["外部审计", "有"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "有"],
      ["股权激励", "无"],
      ["基础评级", "A-"],
      ["申请额度", cny(15_000_000)],
      ["币种", "CNY"],
      ["申请期限(月)", 24],
    ])
  );
  return {
    name: "06-knockout-insider-dongou-valves",
    client: "温州东瓯阀门有限公司",
    shows:
      "knock-out insider control + top-3 > 80%: a family firm scoring B is capped at C; three Excel tables with Chinese names stacked on one sheet, yes/no written 有/无",
    officer: "郑凯（温州分行小企业部）",
    sheets: [data],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.concentrated", 40, 10],
        F3: ["F3.board", 100, 15],
        F4: ["F4.high", 20, 3],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.items", 75, 7.5],
      },
      score: 70.5,
      scoreGrade: "B",
      knockouts: ["insiderConcentration"],
      modelGrade: "C",
      flags: ["oneVoiceBoard", "insiderControl"],
      completeness: 1,
      credit: {
        baseRating: "A-",
        adjustedRating: "BBB+",
        requestedLimit: 15_000_000,
        recommendedLimit: 10_500_000,
        requestedTenorMonths: 24,
        recommendedTenorMonths: 24,
      },
    },
    working:
      "F1 controller 东瓯控股 70%, private 100×20%=20; F2 top-3 70+15+10 = 95.00% > 80%, no distress (无/无) → 40×25%=10; " +
      "F3 board 100×15%=15; F4 3 of 5 hold a post (郑丽君 总经理, 郑建国 副总经理, 林海 财务总监), 3/5 > 1/2 → 20, chair holds none (无), ×15%=3; " +
      "F5 standalone 100, receivables 3% → 100×15%=15; F6 external audit 标准无保留 50 + pay 25 + no equity = 75×10%=7.5; " +
      "S = 20+10+15+3+15+7.5 = 70.5 → B; knock-out insider control 3/5 > 1/2 with top-3 95% > 80% caps at C → C; " +
      "C: A- −1 notch = BBB+, 15,000,000×70% = 10,500,000, tenor min(24, 36) = 24",
  };
}

/** 07 — stakes summing to 88.6% (only the named holders copied): ownership unclear caps A at C. */
function qilu(): ScoredExample {
  const holders = sheet(
    "Register",
    table(
      "Shareholder_register",
      "B2",
      ["Shareholder", "Shareholder type", "Shareholding %"],
      [
        ["烟台海旭投资控股有限公司", "private", 41.2],
        ["烟台市国有资产经营有限公司", "soe", 18.5],
        ["于海涛", "individual", 9.8],
        ["蓬莱海韵企业管理合伙企业（有限合伙）", "private", 7.6],
        ["孙晓燕", "individual", 6.3],
        ["Pacific Ocean Foods (HK) Limited", "foreign", 5.2],
      ]
    )
  );
  const board = sheet(
    "Directors",
    table(
      "Board_of_directors",
      "B2",
      ["Director", "Board role", "Management post"],
      [
        ["于海涛", "chair", null],
        ["王建华", "executive", "General manager"],
        ["宋丽", "director", "CFO"],
        ["刘涛", "director", null],
        ["曲晓明", "independent", null],
        ["姜宁", "independent", null],
        ["孙晓燕", "director", null],
      ]
    )
  );
  const profile = sheet(
    "Request",
    table("Governance_profile", "B2", EN_PROFILE, [
      ["Client", "山东齐鲁海洋食品股份有限公司"],
      ["Client ID", "SD-YT-2024-0210"],
      ["GM appointment", "board"],
      ["Group position", "standalone"],
      ["Related-party receivables / total assets", 4.1],
      ["Major shareholder in financial difficulty", "N"],
      ["Major shareholder planning a large long-term acquisition", "N"],
      ["Audit committee", "Y"],
      ["External audit", "Y"],
      ["Audit opinion", "unqualified"],
      ["Pay linked to performance", "Y"],
      ["Equity incentive", "N"],
      ["Base rating", "A+"],
      ["Requested limit", cny(60_000_000)],
      ["Currency", "CNY"],
      ["Requested tenor (months)", 60],
    ])
  );
  return {
    name: "07-knockout-stake-sum-qilu-seafood",
    client: "山东齐鲁海洋食品股份有限公司",
    shows:
      "knock-out ownership unclear: the register lists holders summing to 88.6% (< 95%), an A score capped at C; Excel tables at B2 named Shareholder_register etc., enum keys as values, Y/N, receivables as points",
    officer: "Sun Tao, Yantai branch",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.items", 75, 7.5],
      },
      score: 97.5,
      scoreGrade: "A",
      knockouts: ["ownershipUnclear"],
      modelGrade: "C",
      flags: ["ownershipUnclear"],
      completeness: 1,
      credit: {
        baseRating: "A+",
        adjustedRating: "A",
        requestedLimit: 60_000_000,
        recommendedLimit: 42_000_000,
        requestedTenorMonths: 60,
        recommendedTenorMonths: 36,
      },
    },
    working:
      "Stakes are points (41.2 > 1). F1 controller 烟台海旭 41.2%, private 100×20%=20; F2 top-3 41.2+18.5+9.8 = 69.50% balanced 100×25%=25; " +
      "F3 board 100×15%=15; F4 2 of 7 hold a post (王建华 GM, 宋丽 CFO), 2/7 ≤ 1/3 → 100×15%=15; " +
      "F5 standalone 100, receivables 4.1 (points → 4.1%) → 100×15%=15; F6 committee 50 + pay 25 + no equity = 75×10%=7.5; " +
      "S = 20+25+15+15+15+7.5 = 97.5 → A; stakes sum 41.2+18.5+9.8+7.6+6.3+5.2 = 88.6% < 95% → ownership unclear, cap C → C; " +
      "C: A+ −1 notch = A, 60,000,000×70% = 42,000,000, tenor min(60, 36) = 36",
  };
}

/** 08 — holders typed 其他 (trust and asset-management plans) hold 24%; extra columns 证件号码, 备注. */
function yujiang(): ScoredExample {
  const holders = sheet(
    "股东名册",
    block(
      "A1",
      ["股东名称", "证件号码", "股东类型", "持股比例(%)", "备注"],
      [
        ["重庆渝江实业集团有限公司", "91500108MA5UXXXX2K", "民营企业", 48, "控股股东"],
        ["华鑫信托·渝江1号集合资金信托计划", "—", "其他", 15, "信托计划，受益人未穿透"],
        ["国联资管·渝江定向资产管理计划", "—", "其他", 9, "资管计划，受益人未穿透"],
        ["陈刚", "500103********1234", "自然人", 16, "实际控制人"],
        ["重庆两江新区产业发展集团有限公司", "91500000MA5YXXXX7D", "国有企业", 12, null],
      ]
    )
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务", "任期"],
      [
        ["陈刚", "董事长", null, "2022.03–2025.03"],
        ["李明辉", "董事", "总经理", "2022.03–2025.03"],
        ["张燕", "董事", "财务总监", "2022.03–2025.03"],
        ["黄勇", "董事", null, "2022.03–2025.03"],
        ["邓华", "董事", null, "2023.06–2025.03"],
        ["王欣", "董事", null, "2022.03–2025.03"],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "重庆渝江物流有限公司"],
      ["总经理产生方式", "上级推荐、董事会任命"],
      ["集团地位", "控股子公司"],
      ["母公司治理效率", "良好"],
      ["母公司经营财务状况", "良好"],
      ["集团其他成员财务状况", "良好"],
      ["关联方应收款占总资产比例", "9.5%"],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["审计委员会", "是"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", "否"],
      ["基础评级", "BBB"],
      ["申请额度", 8_000_000],
      ["币种", "人民币"],
      ["申请期限(月)", 12],
    ])
  );
  return {
    name: "08-knockout-other-holders-yujiang-logistics",
    client: "重庆渝江物流有限公司",
    shows:
      "knock-out ownership unclear: a trust plan and an asset-management plan typed 其他 hold 24% (> 20%), an A score capped at C; unknown columns 证件号码, 备注, 任期; overlap exactly 1/3",
    officer: "黄敏（重庆分行公司业务一部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.recommendedByAuthority", 60, 9],
        F4: ["F4.low", 100, 15],
        F5: ["F5.subsidiary.good", 80, 12],
        F6: ["F6.items", 75, 7.5],
      },
      score: 88.5,
      scoreGrade: "A",
      knockouts: ["ownershipUnclear"],
      modelGrade: "C",
      flags: ["groupSubsidiary", "ownershipUnclear"],
      completeness: 1,
      credit: {
        baseRating: "BBB",
        adjustedRating: "BBB-",
        requestedLimit: 8_000_000,
        recommendedLimit: 5_600_000,
        requestedTenorMonths: 12,
        recommendedTenorMonths: 12,
      },
    },
    notices: [
      { code: "column.unknownIgnored", at: headerAt(holders, "证件号码") },
      { code: "column.unknownIgnored", at: headerAt(holders, "备注") },
      { code: "column.unknownIgnored", at: headerAt(board, "任期") },
    ],
    working:
      "F1 controller 渝江实业 48%, private 100×20%=20; F2 top-3 48+16+15 = 79.00% balanced 100×25%=25; " +
      "F3 上级推荐、董事会任命 60×15%=9; F4 2 of 6 hold a post (李明辉 总经理, 张燕 财务总监), 2/6 = 1/3 ≤ 1/3 → 100×15%=15; " +
      "F5 controlled subsidiary, all three 良好 → good 80, receivables 9.5% ≤ 10% → 80×15%=12; " +
      "F6 committee 50 + pay 25 + no equity = 75×10%=7.5; S = 20+25+9+15+12+7.5 = 88.5 → A; " +
      "stakes sum 100%, but holders typed 其他 hold 15+9 = 24% > 20% → ownership unclear, cap C → C; " +
      "C: BBB −1 notch = BBB-, 8,000,000×70% = 5,600,000, tenor min(12, 36) = 12",
  };
}

/** 09 — a disclaimer of opinion: F6 = 0 and grade D whatever the score. Booleans for yes/no. */
function beigang(): ScoredExample {
  const holders = sheet(
    "Shareholders",
    table(
      "Shareholders",
      "A1",
      ["Name", "Type", "Stake", "Frozen"],
      [
        ["大连北港投资集团有限公司", "Private enterprise", pct(0.55), false],
        ["辽宁振兴产业投资基金有限公司", "State-owned enterprise", pct(0.2), false],
        ["王德顺", "Individual", pct(0.15), false],
        ["刘敏", "Individual", pct(0.1), false],
      ]
    )
  );
  const board = sheet(
    "Board",
    table(
      "Board",
      "A1",
      ["Name", "Board role", "Management post"],
      [
        ["王德顺", "Chair", null],
        ["孙志刚", "Director", "General manager"],
        ["高峰", "Director", null],
        ["李晓梅", "Director", null],
        ["赵宇", "Independent director", null],
      ]
    )
  );
  const profile = sheet(
    "Profile",
    table("Profile", "A1", EN_PROFILE, [
      ["Client", "大连北港重型装备有限公司"],
      ["Client ID", "LN-DL-2024-0733"],
      ["GM appointment", "Appointed and removed by the board"],
      ["Group position", "Not a group member"],
      ["Related-party receivables / total assets", pct(0.02)],
      ["Major shareholder in financial difficulty", false],
      ["Major shareholder planning a large long-term acquisition", true],
      ["Audit committee", false],
      ["External audit", true],
      ["Audit opinion", "Disclaimer"],
      ["Pay linked to performance", true],
      ["Equity incentive", false],
      ["Base rating", "BBB-"],
      ["Requested limit", cny(40_000_000)],
      ["Currency", "CNY"],
      ["Requested tenor (months)", 36],
    ])
  );
  return {
    name: "09-knockout-disclaimer-beigang-heavy",
    client: "大连北港重型装备有限公司",
    shows:
      "knock-out adverse/disclaimer audit opinion: F6 = 0 and a B score is capped at D; the major holder plans a large acquisition; English Excel tables, TRUE/FALSE cells",
    officer: "Gao Yan, Dalian branch",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.concentratedDistressed", 10, 2.5],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.adverseOpinion", 0, 0],
      },
      score: 67.5,
      scoreGrade: "B",
      knockouts: ["adverseAudit"],
      modelGrade: "D",
      flags: ["oneVoiceBoard", "majorHolderDistress", "adverseAuditOpinion"],
      completeness: 1,
      credit: {
        baseRating: "BBB-",
        adjustedRating: "BB",
        requestedLimit: 40_000_000,
        recommendedLimit: 20_000_000,
        requestedTenorMonths: 36,
        recommendedTenorMonths: 12,
      },
    },
    working:
      "F1 controller 北港投资 55%, private 100×20%=20; F2 top-3 55+20+15 = 90.00% > 80%, major holder plans a large acquisition (TRUE) → 10×25%=2.5; " +
      "F3 board 100×15%=15; F4 1 of 5 holds a post (孙志刚 GM) ≤ 1/3 → 100×15%=15; F5 standalone 100, receivables 2% → 100×15%=15; " +
      "F6 disclaimer opinion → 0 (whatever the other items); S = 20+2.5+15+15+15+0 = 67.5 → B; " +
      "knock-out disclaimer opinion → D; D: BBB- −2 notches = BB, 40,000,000×50% = 20,000,000, tenor min(36, 12) = 12",
  };
}

/** 10 — a wholly-owned subsidiary of a poorly governed parent, receivables 23%: B capped at C. */
function mengtai(): ScoredExample {
  const holders = sheet(
    "股东名册",
    block(
      "A1",
      ["股东名称", "股东类型", "持股比例", "质押比例"],
      [["蒙泰能源集团有限公司", "民营企业", pct(1, "0%"), pct(0.4, "0%")]]
    )
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["张振东", "董事长", null],
        ["白永强", "董事", "总经理"],
        ["乌兰", "董事", null],
        ["刘海军", "董事", null],
        ["高娜", "职工董事", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "鄂尔多斯市蒙泰煤化有限公司"],
      ["客户编号", "NM-EEDS-2024-0091"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "全资子公司"],
      ["母公司治理效率", "较差"],
      ["母公司经营财务状况", "一般"],
      ["集团其他成员财务状况", null],
      ["关联方应收款占总资产比例", pct(0.23)],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["审计委员会", "是"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", "是"],
      ["基础评级", "A"],
      ["申请额度", "1亿"],
      ["币种", "人民币"],
      ["申请期限(月)", 60],
    ])
  );
  return {
    name: "10-knockout-tunnelling-mengtai-coal-chemical",
    client: "鄂尔多斯市蒙泰煤化有限公司",
    shows:
      "knock-out subsidiary tunnelling: wholly-owned, parent governance 较差, receivables 23% > 10%, a B score capped at C; a blank sibling condition counted as poor (a gap); 40% of the stake pledged (not distress); limit written 1亿",
    officer: "白雪（鄂尔多斯分行授信部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 100, 20],
        F2: ["F2.concentrated", 40, 10],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.subsidiary.poor", 0, 0],
        F6: ["F6.items", 100, 10],
      },
      score: 70,
      scoreGrade: "B",
      knockouts: ["subsidiaryTunnelling"],
      modelGrade: "C",
      flags: ["oneVoiceBoard", "groupSubsidiary", "tunnelling"],
      gaps: [
        {
          factor: "F5",
          item: "siblingsCondition",
          at: cellAt(profile, "集团其他成员财务状况", "内容"),
        },
      ],
      completeness: 1,
      credit: {
        baseRating: "A",
        adjustedRating: "A-",
        requestedLimit: 100_000_000,
        recommendedLimit: 70_000_000,
        requestedTenorMonths: 60,
        recommendedTenorMonths: 36,
      },
    },
    working:
      "F1 controller 蒙泰能源集团 100%, private 100×20%=20; F2 top-3 100.00% > 80%, distress 否/否, pledge 40% ≤ 50% → 40×25%=10; " +
      "F3 board 100×15%=15; F4 1 of 5 holds a post (白永强 总经理) → 100×15%=15; " +
      "F5 wholly-owned, 较差/一般/blank (blank counts as poor, conservative; a gap) → worst poor 15, receivables 23% > 10% −30 → 0 (floor) ×15%=0; " +
      "F6 committee 50 + pay 25 + equity 25 = 100×10%=10; S = 20+10+15+15+0+10 = 70 → B; " +
      "knock-out: wholly-owned, parent governance poor, receivables 23% > 10% → cap C → C; insider 1/5 → no insider knock-out; " +
      "C: A −1 notch = A-, 1亿 = 100,000,000×70% = 70,000,000, tenor min(60, 36) = 36",
  };
}

/** 11 — missing data: no board sheet, blank GM appointment, all F6 items blank. */
function meijia(): ScoredExample {
  const holders = sheet(
    "股东名册",
    block(
      "A1",
      ["股东名称", "股东类型", "持股比例(%)"],
      [
        ["何美嘉", "自然人", 55],
        ["何志伟", "自然人", 25],
        ["佛山市顺德区美嘉投资合伙企业（有限合伙）", "民营企业", 20],
      ]
    )
  );
  const finance = sheet(
    "财务摘要",
    block(
      "A1",
      ["项目（万元）", "2022年", "2023年"],
      [
        ["营业收入", 38_650, 42_210],
        ["净利润", 2_140, 2_395],
        ["资产总额", 29_870, 33_460],
        ["资产负债率", pct(0.583), pct(0.561)],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "佛山市顺德区美嘉电器有限公司"],
      ["客户编号", "GD-FS-2024-0456"],
      ["总经理产生方式", null],
      ["集团地位", "非集团成员"],
      ["关联方应收款占总资产比例", null],
      ["大股东财务困难", null],
      ["大股东重大并购", null],
      ["审计委员会", null],
      ["外部审计", null],
      ["审计意见", null],
      ["薪酬与业绩考核挂钩", null],
      ["股权激励", null],
      ["基础评级", "BBB-"],
      ["申请额度", 5_000_000],
      ["币种", "人民币"],
      ["申请期限(月)", 24],
    ])
  );
  const blank = (item: string) => cellAt(profile, item, "内容");
  return {
    name: "11-missing-data-meijia-appliances",
    client: "佛山市顺德区美嘉电器有限公司",
    shows:
      "missing data: no board sheet at all, blank GM appointment, blank distress and receivables items, all five F6 items blank → three factors score 0 (conservative), gaps listed, completeness 60%",
    officer: "何静（佛山分行普惠金融部）",
    sheets: [holders, finance, profile],
    requiredTables: ["shareholders", "profile"],
    figures: {
      factors: {
        F1: ["F1.controller", 80, 16],
        F2: ["F2.concentrated", 40, 10],
        F3: ["F3.missing", 0, 0],
        F4: ["F4.missing", 0, 0],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.missing", 0, 0],
      },
      score: 41,
      scoreGrade: "D",
      knockouts: [],
      modelGrade: "D",
      flags: ["oneVoiceBoard"],
      gaps: [
        { factor: "F2", item: "majorHolderDistress", at: blank("大股东财务困难") },
        { factor: "F2", item: "majorHolderLargeDeal", at: blank("大股东重大并购") },
        { factor: "F3", item: "gmAppointment", at: blank("总经理产生方式") },
        { factor: "F4", item: "board", at: null },
        { factor: "F5", item: "relatedReceivablesRatio", at: blank("关联方应收款占总资产比例") },
        { factor: "F6", item: "auditCommittee", at: blank("审计委员会") },
        { factor: "F6", item: "externalAudit", at: blank("外部审计") },
        { factor: "F6", item: "auditOpinion", at: blank("审计意见") },
        { factor: "F6", item: "payLinkedToPerformance", at: blank("薪酬与业绩考核挂钩") },
        { factor: "F6", item: "equityIncentive", at: blank("股权激励") },
      ],
      completeness: 0.6,
      credit: {
        baseRating: "BBB-",
        adjustedRating: "BB",
        requestedLimit: 5_000_000,
        recommendedLimit: 2_500_000,
        requestedTenorMonths: 24,
        recommendedTenorMonths: 12,
      },
    },
    notices: [{ code: "table.absent", at: null }],
    working:
      "Read with the board table optional (requiredTables: shareholders, profile); by default a missing board sheet is refused. " +
      "F1 controller 何美嘉 55%, individual 80×20%=16; F2 top-3 55+25+20 = 100.00% > 80%, distress items blank (absent, two gaps) → 40×25%=10; " +
      "F3 blank → missing, conservative 0; F4 no board table → missing 0; F5 standalone 100, receivables blank (absent, a gap) → 100×15%=15; " +
      "F6 all five items blank → missing 0; S = 16+10+0+0+15+0 = 41 → D; no board, so no insider knock-out; stakes 100% → D; " +
      "completeness = (20+25+15)/100 = 0.6; D: BBB- −2 notches = BB, 5,000,000×50% = 2,500,000, tenor min(24, 12) = 12",
  };
}

/** 12 — a concert group (一致行动人) that together controls a company no single holder controls. */
function jianlian(): ScoredExample {
  const group = "王建军及其一致行动人";
  const holders = sheet(
    "股权结构",
    table(
      "股东",
      "A1",
      ["股东名称", "股东类型", "持股比例(%)", "一致行动人", "质押比例"],
      [
        ["王建军", "自然人", 9, group, 30],
        ["王建民", "自然人", 8, group, null],
        ["深圳市建联投资有限公司", "民营企业", 8, group, null],
        ["深圳市建联共创企业管理合伙企业（有限合伙）", "民营企业", 7, group, null],
        ["深圳市前海启明创业投资有限公司", "民营企业", 6.5, null, null],
        ["深圳市松禾成长创业投资合伙企业（有限合伙）", "民营企业", 6, null, null],
        ["Pacific Harbour Capital (HK) Limited", "外资企业", 6, null, null],
        ["深圳市福田区引导基金投资有限公司", "国有企业", 5.5, null, null],
        ["深圳市南山区科技创新投资有限公司", "国有企业", 5.5, null, null],
        ["李娜", "自然人", 5, null, null],
        ["张伟", "自然人", 5, null, null],
        ["刘洋", "自然人", 4.5, null, null],
        ["陈静", "自然人", 4.5, null, null],
        ["杨帆", "自然人", 4, null, null],
        ["赵敏", "自然人", 4, null, null],
        ["黄磊", "自然人", 3.5, null, null],
        ["周婷", "自然人", 3.5, null, null],
        ["吴昊", "自然人", 2.5, null, null],
        ["徐亮", "自然人", 2, null, null],
      ]
    )
  );
  const board = sheet(
    "董事会成员",
    table(
      "Board_of_directors",
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["王建军", "董事长", null],
        ["王建民", "副董事长", "总经理"],
        ["赵磊", "董事", "副总经理、董事会秘书"],
        ["孙丽", "董事", "财务总监"],
        ["陈波", "董事", null],
        ["周静", "董事", null],
        ["郭正", "独立董事", null],
        ["韩雪梅", "独立董事", null],
        ["马骏", "独立董事", null],
      ]
    )
  );
  const profile = sheet(
    "授信申请",
    table("Profile", "A1", ZH_PROFILE, [
      ["客户名称", "深圳市建联智能科技股份有限公司"],
      ["客户编号", "GD-SZ-2024-1208"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "非集团成员"],
      ["关联方应收款占总资产比例", 3],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["经理层议案提交数", 9],
      ["被否决数", 1],
      ["审计委员会", "是"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", "否"],
      ["基础评级", "AA"],
      ["申请额度", cny(30_000_000)],
      ["币种", "CNY"],
      ["申请期限(月)", 36],
    ])
  );
  return {
    name: "12-concert-group-jianlian-technology",
    client: "深圳市建联智能科技股份有限公司",
    shows:
      "a concert group (一致行动人) of four holders (9+8+8+7 = 32%) controls a company whose largest single holder has 9%: control and top-3 are read after aggregation; 19 holders, stakes and pledges as points",
    officer: "林晓（深圳分行科技金融部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.controller", 80, 16],
        F2: ["F2.balanced", 100, 25],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.items", 75, 7.5],
      },
      score: 93.5,
      scoreGrade: "A",
      knockouts: [],
      modelGrade: "A",
      flags: [],
      completeness: 1,
      credit: {
        baseRating: "AA",
        adjustedRating: "AA",
        requestedLimit: 30_000_000,
        recommendedLimit: 30_000_000,
        requestedTenorMonths: 36,
        recommendedTenorMonths: 36,
      },
    },
    working:
      "Group 王建军及其一致行动人 = 9+8+8+7 = 32% ≥ 30% → controller; its type is its largest member's, 王建军 individual → F1 80×20%=16 " +
      "(without aggregation nobody would hold 30% and top-3 would be 9+8+8 = 25% < 30%, dispersed); " +
      "F2 top-3 after aggregation 32+6.5+6 = 44.50% balanced 100×25%=25; F3 board 100×15%=15; " +
      "F4 3 of 9 hold a post (王建民 总经理, 赵磊 副总经理、董事会秘书 counted once, 孙丽 财务总监), 3/9 = 1/3 ≤ 1/3 → 100×15%=15; " +
      "F5 standalone 100, receivables 3% → 15; F6 committee 50 + pay 25 + no equity = 75×10%=7.5; " +
      "S = 16+25+15+15+15+7.5 = 93.5 → A; sum 32+68 = 100%, no 其他 → A; A: AA unchanged, 30,000,000×100%, tenor 36 (no cap)",
  };
}

/** 13 — a large listed company: ten named holders and 4,990 public holders, dispersed ownership. */
function zhongyuan(): ScoredExample {
  const register = listedRegister();
  const holders = sheet(
    "股东名册",
    block("A1", ["序号", "股东名称", "股东类型", "持股数量（股）", "持股比例（%）"], register)
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["刘长青", "董事长", null],
        ["马志强", "董事", "总经理"],
        ["黄河", "董事", "副总经理"],
        ["林静", "董事", "财务总监兼董事会秘书"],
        ["王磊", "董事", null],
        ["张红", "董事", null],
        ["赵刚", "职工董事", null],
        ["钱学林", "独立董事", null],
        ["孙文博", "独立董事", null],
        ["李慧", "独立董事", null],
        ["周永健", "独立董事", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "中原智能装备股份有限公司"],
      ["客户编号", "HA-ZZ-2024-0008"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "集团母公司"],
      ["关联方应收款占总资产比例", pct(0.012)],
      ["大股东财务困难", "否"],
      ["大股东重大并购", "否"],
      ["经理层议案提交数", 23],
      ["被否决数", 0],
      ["审计委员会", "是"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "是"],
      ["股权激励", "是"],
      ["基础评级", "AA+"],
      ["申请额度", "5亿"],
      ["币种", "人民币"],
      ["申请期限(月)", 84],
    ])
  );
  return {
    name: "13-listed-zhongyuan-intelligent-equipment",
    client: "中原智能装备股份有限公司",
    shows: `a listed company with ${register.length.toLocaleString("en-US")} holders (CSDC-style export, Chinese headers with full-width brackets, share counts ignored): dispersed ownership (top-3 28.10%) and 23 management proposals never rejected; grade B`,
    officer: "马骁（郑州分行大客户部）",
    sheets: [holders, board, profile],
    figures: {
      factors: {
        F1: ["F1.dispersed", 60, 12],
        F2: ["F2.dispersedUnconstrained", 40, 10],
        F3: ["F3.board", 100, 15],
        F4: ["F4.low", 100, 15],
        F5: ["F5.parent", 90, 13.5],
        F6: ["F6.items", 100, 10],
      },
      score: 75.5,
      scoreGrade: "B",
      knockouts: [],
      modelGrade: "B",
      flags: ["dispersedOwnership"],
      completeness: 1,
      credit: {
        baseRating: "AA+",
        adjustedRating: "AA+",
        requestedLimit: 500_000_000,
        recommendedLimit: 450_000_000,
        requestedTenorMonths: 84,
        recommendedTenorMonths: 60,
      },
    },
    notices: [
      { code: "column.unknownIgnored", at: headerAt(holders, "序号") },
      { code: "column.unknownIgnored", at: headerAt(holders, "持股数量（股）") },
    ],
    working:
      "1,000,000,000 shares; the ten named holders hold 379,000,000 (37.9%), the 4,990 public holders 621,000,000 (62.1%, each < 0.1%), sum exactly 100%. " +
      "F1 nobody holds 30%: largest 中原装备投资集团 14.8%, soe 60×20%=12 (dispersed control); " +
      "F2 top-3 14.8+8.2+5.1 = 28.10% < 30%, 23 proposals ≥ 5 and 0 rejected (0% < 5%) → shareholders do not constrain managers, 40×25%=10; " +
      "F3 board 100×15%=15; F4 3 of 11 hold a post (马志强 总经理, 黄河 副总经理, 林静 财务总监兼董事会秘书), 3/11 ≤ 1/3 → 100×15%=15; " +
      "F5 group parent 90, receivables 1.2% → 90×15%=13.5; F6 50+25+25 = 100×10%=10; " +
      "S = 12+10+15+15+13.5+10 = 75.5 → B; 其他 holds 2.3+1.6+1.1+0.8 = 5.8% ≤ 20% → no knock-out → B; " +
      "B: AA+ unchanged, 5亿 = 500,000,000×90% = 450,000,000, tenor min(84, 60) = 60",
  };
}

/** 14 — holders named like formulas (injection probes written as text) score as ordinary names. */
const HYPERLINK_PROBE = '=HYPERLINK("http://example.com","点击")';
const DDE_PROBE = "+cmd|' /C calc'!A0";

function yunfan(): ScoredExample {
  const holders = sheet(
    "股东名册",
    table(
      "Shareholders",
      "A1",
      ["股东名称", "股东类型", "持股比例(%)"],
      [
        ["杭州云帆投资管理有限公司", "民营企业", 12],
        ["周云帆", "自然人", 9],
        ["杭州钱塘创业投资有限公司", "国有企业", 7],
        ["宁波梅山保税港区华岳股权投资合伙企业（有限合伙）", "民营企业", 6.5],
        ["苏州工业园区元丰投资有限公司", "民营企业", 6],
        ["林晓东", "自然人", 5.5],
        ["陈思远", "自然人", 5],
        ["吴海波", "自然人", 4.5],
        ["许文静", "自然人", 4],
        ["郑丽", "自然人", 3.5],
        ["黄斌", "自然人", 3.5],
        ["何静", "自然人", 3.2],
        ["罗建平", "自然人", 3.1],
        [HYPERLINK_PROBE, "自然人", 3],
        ["谢婷", "自然人", 3],
        ["宋志刚", "自然人", 2.9],
        ["唐敏", "自然人", 2.8],
        ["韩磊", "自然人", 2.7],
        ["冯雪", "自然人", 2.6],
        ["曹阳", "自然人", 2.5],
        ["彭涛", "自然人", 2.4],
        ["曾琳", "自然人", 2.3],
        [DDE_PROBE, "自然人", 2],
        ["肖勇", "自然人", 1],
      ]
    )
  );
  const board = sheet(
    "董事会",
    table(
      "Board",
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["周云帆", "董事长", "总经理"],
        ["许文静", "董事", "财务总监"],
        ["林晓东", "董事", null],
        ["沈佳", "董事", null],
        ["蒋立", "独立董事", null],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    table("Profile", "A1", ZH_PROFILE, [
      ["客户名称", "杭州云帆电子商务股份有限公司"],
      ["客户编号", "ZJ-HZ-2024-0377"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "非集团成员"],
      ["关联方应收款占总资产比例", pct(0.008)],
      ["大股东财务困难", "No"],
      ["大股东重大并购", "No"],
      ["经理层议案提交数", 10],
      ["被否决数", 2],
      ["审计委员会", "No"],
      ["外部审计", "Yes"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "Yes"],
      ["股权激励", "Yes"],
      ["基础评级", "A"],
      ["申请额度", cny(20_000_000)],
      ["币种", "CNY"],
      ["申请期限(月)", 24],
    ])
  );
  return {
    name: "14-injection-probes-yunfan-ecommerce",
    client: "杭州云帆电子商务股份有限公司",
    shows:
      "two holders named =HYPERLINK(...) and +cmd|' /C calc'!A0, written as text, read as names and scored normally; dispersed ownership where shareholders do reject proposals (2 of 10); Chinese items with Yes/No; grade A",
    officer: "沈佳慧（杭州分行科技支行）",
    sheets: [holders, board, profile],
    verbatimHolders: [HYPERLINK_PROBE, DDE_PROBE],
    figures: {
      factors: {
        F1: ["F1.dispersed", 100, 20],
        F2: ["F2.dispersedConstrained", 70, 17.5],
        F3: ["F3.board", 100, 15],
        F4: ["F4.mid", 50, 7.5],
        F5: ["F5.standalone", 100, 15],
        F6: ["F6.items", 100, 10],
      },
      score: 85,
      scoreGrade: "A",
      knockouts: [],
      modelGrade: "A",
      flags: ["dispersedOwnership"],
      completeness: 1,
      credit: {
        baseRating: "A",
        adjustedRating: "A",
        requestedLimit: 20_000_000,
        recommendedLimit: 20_000_000,
        requestedTenorMonths: 24,
        recommendedTenorMonths: 24,
      },
    },
    working:
      "24 holders, points, sum 100%. F1 nobody holds 30%: largest 杭州云帆投资 12%, private 100×20%=20 (dispersed control); " +
      "F2 top-3 12+9+7 = 28.00% < 30%, 2 of 10 proposals rejected (20% ≥ 5%) → shareholders constrain managers, 70×25%=17.5; " +
      "F3 board 100×15%=15; F4 2 of 5 hold a post (周云帆 总经理, 许文静 财务总监), 2/5 → 70, chair 周云帆 is 总经理 −20 → 50×15%=7.5; " +
      "F5 standalone 100, receivables 0.8% → 15; F6 no committee but external audit 标准无保留 50 + pay 25 + equity 25 = 100×10%=10; " +
      "S = 20+17.5+15+7.5+15+10 = 85 → A; no knock-out → A; A: A unchanged, 20,000,000×100%, tenor 24",
  };
}

/** 15 — a broken workbook: the reader must report every error with its cell. */
function guinan(): RefusedExample {
  const holders = sheet(
    "股东名册",
    block(
      "A1",
      ["股东名称", "股东类型", "持股比例(%)"],
      [
        ["广西桂南投资集团有限公司", "民营企业", 51],
        ["南宁鼎盛私募基金管理有限公司", "私募", 20],
        ["黄志坚", "自然人", "abc"],
        ["覃丽华", "自然人", 9],
        ["韦美玲", "自然人", 8],
      ]
    )
  );
  const board = sheet(
    "董事会",
    block(
      "A1",
      ["董事姓名", "董事会职务", "兼任高管职务"],
      [
        ["黄志坚", "董事长", "总经理"],
        ["韦国强", "董事", "副总经理"],
        ["陆海燕", "监事", null],
        ["梁文", "独立董事", "无"],
      ]
    )
  );
  const finance = sheet(
    "财务摘要",
    block(
      "A1",
      ["项目", "2023年"],
      [
        ["资产总额（万元）", 86_420],
        ["应收账款（万元）", 12_730],
      ]
    )
  );
  const profile = sheet(
    "治理概况",
    block("A1", ZH_PROFILE, [
      ["客户名称", "广西桂南糖业有限公司"],
      ["总经理产生方式", "董事会任免"],
      ["集团地位", "非集团成员"],
      [
        "关联方应收款占总资产比例",
        { formula: 'VLOOKUP("关联方应收款",财务摘要!A:B,2,FALSE)', result: { error: "#N/A" } },
      ],
      ["经理层议案提交数", 4],
      ["被否决数", 6],
      ["审计委员会", "否"],
      ["外部审计", "是"],
      ["审计意见", "标准无保留"],
      ["薪酬与业绩考核挂钩", "否"],
      ["股权激励", "否"],
      ["基础评级", "BBB"],
      ["申请额度", 12_000_000],
      ["币种", "人民币"],
      ["申请期限(月)", 12],
    ])
  );
  return {
    name: "15-broken-guinan-sugar",
    client: "广西桂南糖业有限公司",
    shows:
      'a broken workbook: an unknown shareholder type 私募, a stake "abc", a supervisor 监事 on the board, a VLOOKUP giving #N/A, more proposals rejected than submitted → refused with five located errors',
    officer: "韦玲（南宁分行公司业务部）",
    sheets: [holders, board, finance, profile],
    errors: [
      {
        code: "cell.unknownLabel",
        at: cellAt(holders, "南宁鼎盛私募基金管理有限公司", "股东类型"),
      },
      { code: "cell.notPercent", at: cellAt(holders, "黄志坚", "持股比例(%)") },
      { code: "cell.supervisor", at: cellAt(board, "陆海燕", "董事会职务") },
      { code: "cell.error", at: cellAt(profile, "关联方应收款占总资产比例", "内容") },
      { code: "profile.rejectedAboveSubmitted", at: cellAt(profile, "被否决数", "内容") },
    ],
    working:
      '私募 is no shareholder type (私募基金 would be typed 其他 or 民营企业); "abc" is no percentage; 监事 sits on the supervisory board, not the board of directors; ' +
      "the receivables ratio is a VLOOKUP whose cached value is #N/A (the key is not on 财务摘要); 6 proposals rejected of 4 submitted is impossible. " +
      "Every one is reported at its cell; nothing is scored.",
  };
}

// ---------------------------------------------------------------------------------------------
// The listed company's register: ten named holders and 4,990 public holders

const TOTAL_SHARES = 1_000_000_000;

const TOP_HOLDERS: readonly [name: string, type: string, shares: number][] = [
  ["河南省中原装备投资集团有限公司", "国有企业", 148_000_000],
  ["香港中央结算有限公司", "外资企业", 82_000_000],
  ["全国社保基金一一八组合", "事业单位", 51_000_000],
  ["中国工商银行股份有限公司－华夏中证机器人交易型开放式指数证券投资基金", "其他", 23_000_000],
  ["郑州中原股权投资管理有限公司", "民营企业", 19_000_000],
  ["招商银行股份有限公司－汇添富智能制造混合型证券投资基金", "其他", 16_000_000],
  ["张国庆", "自然人", 12_000_000],
  ["中国建设银行股份有限公司－易方达先进制造混合型证券投资基金", "其他", 11_000_000],
  ["李秀英", "自然人", 9_000_000],
  ["上海景林资产管理有限公司－景林丰收3号私募基金", "其他", 8_000_000],
];

const PUBLIC_HOLDERS = 4_990;

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN_FIRST = [..."建国志明海文晓德伟丽秀桂玉春红金永华小子俊佳思雨欣家宏天"];
const GIVEN_SECOND = [..."军华平英芳强伟敏静丽燕涛明杰磊超勇娟霞刚辉鹏琳婷洋斌浩宇萍"];

/** A small seeded generator (mulberry32), so the register is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Shares as a percentage of 1,000,000,000 shares, exactly: 148,000,000 → 14.8. */
function sharesToPoints(shares: number): number {
  const digits = String(shares).padStart(8, "0");
  return Number(`${digits.slice(0, -7)}.${digits.slice(-7)}`);
}

function listedRegister(): Cell[][] {
  const random = seededRandom(20240630);
  const used = new Set(TOP_HOLDERS.map(([name]) => name));
  const names: string[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  while (names.length < PUBLIC_HOLDERS) {
    const given = random() < 0.75 ? pick(GIVEN_FIRST) + pick(GIVEN_SECOND) : pick(GIVEN_SECOND);
    const name = pick(SURNAMES) + given;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }

  // Round lots of 100 shares, skewed like a real register, adding up exactly to the public float.
  const topShares = TOP_HOLDERS.reduce((sum, [, , shares]) => sum + shares, 0);
  const publicLots = (TOTAL_SHARES - topShares) / 100;
  const weights = names.map(() => 0.2 + 50 * random() ** 4);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const lots = weights.map((w) => Math.max(1, Math.floor((w / weightSum) * publicLots)));
  let rest = publicLots - lots.reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error("public holders over-allocated");
  for (let i = 0; rest > 0; i = (i + 1) % lots.length, rest--) lots[i] = (lots[i] ?? 0) + 1;

  const publicHolders = names
    .map((name, i): [string, string, number] => [name, "自然人", (lots[i] ?? 0) * 100])
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const all = [...TOP_HOLDERS, ...publicHolders];
  const total = all.reduce((sum, [, , shares]) => sum + shares, 0);
  if (total !== TOTAL_SHARES) throw new Error(`register sums to ${total} shares`);
  if ((publicHolders[0]?.[2] ?? 0) >= (TOP_HOLDERS[9]?.[2] ?? 0))
    throw new Error("a public holder would enter the top ten");
  return all.map(([name, type, shares], i) => [
    i + 1,
    name,
    type,
    { value: shares, numFmt: "#,##0" },
    sharesToPoints(shares),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Checking the hand figures add up (the figures themselves are typed in above)

const WEIGHTS: Record<FactorId, number> = { F1: 20, F2: 25, F3: 15, F4: 15, F5: 15, F6: 10 };
const CAPS: Record<KnockoutId, Grade> = {
  insiderConcentration: "C",
  ownershipUnclear: "C",
  adverseAudit: "D",
  subsidiaryTunnelling: "C",
};
const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const CREDIT: Record<Grade, { notches: number; multiplier: number; tenorCap: number | null }> = {
  A: { notches: 0, multiplier: 1, tenorCap: null },
  B: { notches: 0, multiplier: 0.9, tenorCap: 60 },
  C: { notches: 1, multiplier: 0.7, tenorCap: 36 },
  D: { notches: 2, multiplier: 0.5, tenorCap: 12 },
};
const RATINGS = [
  "AAA",
  "AA+",
  "AA",
  "AA-",
  "A+",
  "A",
  "A-",
  "BBB+",
  "BBB",
  "BBB-",
  "BB+",
  "BB",
  "BB-",
  "B+",
  "B",
  "B-",
  "CCC",
  "CC",
  "C",
];

const cents = (n: number) => Math.round(n * 100);

function checkArithmetic(example: ScoredExample): void {
  const f = example.figures;
  const fail = (what: string) => {
    throw new Error(`${example.name}: the hand figures do not add up: ${what}`);
  };
  let sum = 0;
  let realWeight = 0;
  for (const id of Object.keys(WEIGHTS) as FactorId[]) {
    const [rule, points, weighted] = f.factors[id];
    if (cents((points * WEIGHTS[id]) / 100) !== cents(weighted)) fail(`${id} weighted`);
    if (!rule.startsWith(`${id}.`)) fail(`${id} rule ${rule}`);
    if (!rule.endsWith(".missing")) realWeight += WEIGHTS[id];
    sum += weighted;
  }
  if (cents(sum) !== cents(f.score)) fail(`score ${f.score} ≠ ${sum}`);
  const scoreGrade = f.score >= 80 ? "A" : f.score >= 65 ? "B" : f.score >= 50 ? "C" : "D";
  if (scoreGrade !== f.scoreGrade) fail("score grade");
  const worst = [f.scoreGrade, ...f.knockouts.map((k) => CAPS[k])].reduce((a, b) =>
    GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b
  );
  if (worst !== f.modelGrade) fail("model grade");
  if (cents(realWeight / 100) !== cents(f.completeness)) fail("completeness");
  const c = f.credit;
  const rule = CREDIT[f.modelGrade];
  const index = Math.min(RATINGS.length - 1, RATINGS.indexOf(c.baseRating) + rule.notches);
  if (RATINGS[index] !== c.adjustedRating) fail("adjusted rating");
  const limit = Math.floor((c.requestedLimit * rule.multiplier) / 10_000 + 1e-9) * 10_000;
  if (limit !== c.recommendedLimit) fail("recommended limit");
  const tenor =
    rule.tenorCap === null
      ? c.requestedTenorMonths
      : Math.min(c.requestedTenorMonths, rule.tenorCap);
  if (tenor !== c.recommendedTenorMonths) fail("recommended tenor");
}

// ---------------------------------------------------------------------------------------------
// Writing the files

const ROOT = join(__dirname, "..", "examples");
const FIXED_DATE = new Date(Date.UTC(2024, 5, 30, 9, 0, 0));

/** exceljs zips with JSZip, which stamps every entry with the time of writing unless told. */
function fixZipDates(): void {
  const requireFromExcelJs = createRequire(require.resolve("exceljs"));
  const jszip = requireFromExcelJs("jszip") as { defaults: { date: Date | null } };
  jszip.defaults.date = FIXED_DATE;
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("numFmt" in cell) return cell.value;
  if ("formula" in cell) return { formula: cell.formula, result: cell.result } as ExcelJS.CellValue;
  return { error: cell.error } as ExcelJS.CellErrorValue;
}

/** Display width of a cell's text: CJK characters count double. */
function textWidth(cell: Cell): number {
  const text = cell === null ? "" : typeof cell === "object" ? "0000000000" : String(cell);
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
}

/** Write a block; widen `widths` (column number → characters) to fit it. */
function writeBlock(worksheet: ExcelJS.Worksheet, b: Block, widths: Map<number, number>): void {
  const at = parseAt(b.at);
  if (b.table !== undefined) {
    worksheet.addTable({
      name: b.table,
      ref: b.at,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: b.header.map((name) => ({ name, filterButton: true })),
      rows: b.rows.map((row) => row.map(cellValue)),
    });
  } else {
    b.header.forEach((header, c) => {
      const cell = worksheet.getCell(at.row + 1, at.column + c + 1);
      cell.value = header;
      cell.font = { bold: true };
    });
    b.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null)
          worksheet.getCell(at.row + r + 2, at.column + c + 1).value = cellValue(value);
      })
    );
  }
  b.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && typeof value === "object" && "numFmt" in value)
        worksheet.getCell(at.row + r + 2, at.column + c + 1).numFmt = value.numFmt;
    })
  );
  b.header.forEach((header, c) => {
    const widest = Math.max(
      textWidth(header),
      ...b.rows.slice(0, 200).map((row) => textWidth(row[c] ?? null))
    );
    const column = at.column + c + 1;
    widths.set(column, Math.max(widths.get(column) ?? 0, Math.min(60, widest + 2)));
  });
}

async function writeWorkbook(example: Example): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = example.officer;
  workbook.lastModifiedBy = example.officer;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const def of example.sheets) {
    const worksheet = workbook.addWorksheet(def.name);
    const widths = new Map<number, number>();
    for (const b of def.blocks) writeBlock(worksheet, b, widths);
    for (const [column, width] of widths) worksheet.getColumn(column).width = width;
  }
  await workbook.xlsx.writeFile(join(ROOT, `${example.name}.xlsx`));
}

const located = (at: Located | null) => ({ sheet: at?.sheet ?? null, cell: at?.cell ?? null });

function expectedJson(example: Example): unknown {
  const head = { workbook: `${example.name}.xlsx`, client: example.client, shows: example.shows };
  if ("errors" in example) {
    return {
      ...head,
      errors: example.errors.map((e) => ({ code: e.code, ...located(e.at) })),
      working: example.working,
    };
  }
  const f = example.figures;
  return {
    ...head,
    ...(example.requiredTables ? { readOptions: { requiredTables: example.requiredTables } } : {}),
    result: {
      factors: (Object.keys(WEIGHTS) as FactorId[]).map((id) => ({
        id,
        rule: f.factors[id][0],
        points: String(f.factors[id][1]),
        weightedPoints: String(f.factors[id][2]),
      })),
      score: String(f.score),
      scoreGrade: f.scoreGrade,
      knockouts: f.knockouts,
      modelGrade: f.modelGrade,
      flags: f.flags,
      gaps: (f.gaps ?? []).map((g) => ({ factor: g.factor, item: g.item, ...located(g.at) })),
      completeness: String(f.completeness),
      adjustment: {
        baseRating: f.credit.baseRating,
        adjustedRating: f.credit.adjustedRating,
        requestedLimit: String(f.credit.requestedLimit),
        recommendedLimit: String(f.credit.recommendedLimit),
        requestedTenorMonths: String(f.credit.requestedTenorMonths),
        recommendedTenorMonths: String(f.credit.recommendedTenorMonths),
      },
    },
    notices: (example.notices ?? []).map((n) => ({ code: n.code, ...located(n.at) })),
    ...(example.verbatimHolders ? { verbatimHolders: example.verbatimHolders } : {}),
    working: example.working,
  };
}

function readme(examples: readonly Example[]): string {
  const lines = examples.map((e) => {
    const grade = "errors" in e ? "refused (located errors)" : `**${e.figures.modelGrade}**`;
    return `- \`${e.name}.xlsx\` — ${e.client}: ${e.shows}. Expected: ${grade}.`;
  });
  return [
    "# Example client workbooks",
    "",
    "Client workbooks built the way credit officers build them, each with its result computed by hand",
    "from `governance-model.md` in `expected/<name>.json` (the arithmetic is in its `working` field).",
    "`test/examples/examples.test.ts` reads each file with `readWorkbookFile` → `readInputs` →",
    "`scoreGovernance` (default parameters) and compares. Regenerate with",
    "`node scripts/run-ts.js scripts/make-examples.ts` (generated; edit the script, not the files).",
    "",
    ...lines,
    "",
  ].join("\n");
}

const EXAMPLES: readonly (() => Example)[] = [
  ruifeng,
  huacheng,
  xiangjiang,
  yudong,
  ganchang,
  dongou,
  qilu,
  yujiang,
  beigang,
  mengtai,
  meijia,
  jianlian,
  zhongyuan,
  yunfan,
  guinan,
];

/** Earlier output, so a renamed example leaves no stale file behind. */
function removeGenerated(expectedDir: string): void {
  for (const file of readdirSync(ROOT)) if (file.endsWith(".xlsx")) rmSync(join(ROOT, file));
  for (const file of readdirSync(expectedDir))
    if (file.endsWith(".json")) rmSync(join(expectedDir, file));
}

async function main(): Promise<void> {
  fixZipDates();
  const examples = EXAMPLES.map((make) => make());
  for (const example of examples) if (!("errors" in example)) checkArithmetic(example);

  const expectedDir = join(ROOT, "expected");
  mkdirSync(expectedDir, { recursive: true });
  removeGenerated(expectedDir);
  for (const example of examples) {
    await writeWorkbook(example);
    const json = `${JSON.stringify(expectedJson(example), null, 2)}\n`;
    writeFileSync(join(expectedDir, `${example.name}.json`), json);
  }
  writeFileSync(join(ROOT, "README.md"), readme(examples));
  console.log(
    `wrote ${readdirSync(ROOT).filter((f) => f.endsWith(".xlsx")).length} workbooks to ${ROOT}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
