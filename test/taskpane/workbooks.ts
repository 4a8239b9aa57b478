/**
 * Client workbooks for the task pane tests, as plain data: what the Office.js adapter would read
 * from a live workbook.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

type Row = readonly CellValue[];

export function sheet(name: string, rows: readonly Row[]): SheetSnapshot {
  return {
    name,
    values: rows.map((r) => [...r]),
    numberFormats: [],
    formulas: rows.map((r) => r.map(() => "")),
    tables: [],
  };
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [sheet("Sheet1", [])], names: [] };

/**
 * The seed's client (篇4): a state-owned controller with 60%, four of seven directors in
 * management, a controlled subsidiary of a weak parent. Scores 25.5, grade D, with two knock-outs
 * (insider concentration, subsidiary tunnelling) and red flags with actions.
 */
export function seedClient(clientName = "某市城建开发有限公司"): WorkbookSnapshot {
  return {
    names: [],
    sheets: [
      sheet("股东名册", [
        ["股东名称", "股东类型", "持股比例", "一致行动人", "质押比例", "司法冻结"],
        ["某市国资控股集团", "国有企业", 60, null, null, "否"],
        ["某财务公司", "国有企业", 15, null, null, "否"],
        ["员工持股平台", "自然人", 10, null, null, "否"],
        ["自然人甲", "自然人", 5, "甲乙一致行动", null, "否"],
        ["自然人乙", "自然人", 5, "甲乙一致行动", null, "否"],
        ["自然人丙", "自然人", 5, null, null, "否"],
      ]),
      sheet("董事会", [
        ["董事姓名", "董事会职务", "兼任高管职务"],
        ["董事长", "董事长", null],
        ["董事甲", "执行董事", "总经理"],
        ["董事乙", "董事", "副总经理"],
        ["董事丙", "董事", "财务总监"],
        ["董事丁", "职工董事", "董事会秘书"],
        ["董事戊", "独立董事", "无"],
        ["董事己", "董事", null],
      ]),
      sheet("治理概况", [
        ["项目", "内容"],
        ["客户名称", clientName],
        ["客户编号", "C-2024-017"],
        ["总经理产生方式", "上级组织部门或国资委任命"],
        ["集团地位", "控股子公司"],
        ["母公司治理效率", "一般"],
        ["母公司经营财务状况", "较差"],
        ["集团其他成员财务状况", "一般"],
        ["关联方应收款占总资产比例", "12%"],
        ["大股东财务困难", "是"],
        ["大股东重大并购", "否"],
        ["经理层议案提交数", 8],
        ["被否决数", 0],
        ["审计委员会", "无"],
        ["外部审计", "有"],
        ["审计意见", "标准无保留"],
        ["薪酬与业绩考核挂钩", "否"],
        ["股权激励", "否"],
        ["基础评级", "BBB"],
        ["申请额度", 50000000],
        ["币种", "人民币"],
        ["申请期限（月）", 36],
      ]),
    ],
  };
}

/** The seed client with two reading errors: a stake that is not a percentage, an unknown type. */
export function brokenClient(): WorkbookSnapshot {
  const seed = seedClient();
  const [holders, ...rest] = seed.sheets;
  if (holders === undefined) throw new Error("no register");
  const values = holders.values.map((r) => [...r]);
  values[2]![2] = "abc"; // C3
  values[4]![1] = "私募"; // B5
  return { ...seed, sheets: [{ ...holders, values }, ...rest] };
}
