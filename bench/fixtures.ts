import { dec, type GovernanceInputs, type ShareholderRow, type Sourced } from "../src/core";
import type { CellValue, WorkbookSnapshot } from "../src/workbook/snapshot";

const at = (sheet: string, cell: string) => ({ sheet, cell });
const s = <T>(value: T | null, sheet: string, cell: string): Sourced<T> => ({
  value,
  at: at(sheet, cell),
});

/** A listed company: three large holders and `n - 3` small public holders, summing to 100%. */
export function listedCompanyInputs(n: number): GovernanceInputs {
  const rows: ShareholderRow[] = [
    {
      name: s("控股集团", "股东名册", "A2"),
      type: s("soe", "股东名册", "B2"),
      stake: s(dec("0.30"), "股东名册", "C2"),
    },
    {
      name: s("战略投资者", "股东名册", "A3"),
      type: s("private", "股东名册", "B3"),
      stake: s(dec("0.10"), "股东名册", "C3"),
    },
    {
      name: s("员工持股平台", "股东名册", "A4"),
      type: s("individual", "股东名册", "B4"),
      stake: s(dec("0.05"), "股东名册", "C4"),
    },
  ];
  const each = dec("0.55").div(n - 3);
  for (let i = 3; i < n; i++) {
    const r = i + 2;
    rows.push({
      name: s(`公众股东${i}`, "股东名册", `A${r}`),
      type: s("individual", "股东名册", `B${r}`),
      stake: s(each, "股东名册", `C${r}`),
    });
  }
  return {
    shareholders: { rows, at: at("股东名册", `A1:C${n + 1}`) },
    board: {
      rows: ["董事长", "总经理", "独立董事"].map((post, i) => ({
        name: s(`董事${i}`, "董事会", `A${i + 2}`),
        boardRole: s(i === 0 ? ("chair" as const) : ("director" as const), "董事会", `B${i + 2}`),
        managementPost: s<string>(i === 1 ? post : null, "董事会", `C${i + 2}`),
      })),
      at: at("董事会", "A1:C4"),
    },
    profile: {
      clientName: s("中原智能装备股份有限公司", "治理概况", "B2"),
      gmAppointment: s("board", "治理概况", "B3"),
      groupPosition: s("standalone", "治理概况", "B4"),
      auditCommittee: s(true, "治理概况", "B5"),
      baseRating: s("A", "治理概况", "B6"),
      requestedLimit: s(dec("100000000"), "治理概况", "B7"),
      requestedTenorMonths: s(dec(36), "治理概况", "B8"),
    },
  };
}

/** The same client as a workbook snapshot: a register of `n` rows, a board, a profile. */
export function listedCompanySnapshot(n: number): WorkbookSnapshot {
  const register: CellValue[][] = [["股东名称", "股东类型", "持股比例"]];
  register.push(
    ["控股集团", "国有企业", 0.3],
    ["战略投资者", "民营企业", 0.1],
    ["员工持股平台", "自然人", 0.05]
  );
  for (let i = 3; i < n; i++) register.push([`公众股东${i}`, "自然人", 0.55 / (n - 3)]);
  const formats = register.map((row, i) =>
    row.map((_, j) => (i > 0 && j === 2 ? "0.00%" : "General"))
  );
  const sheet = (name: string, values: CellValue[][], numberFormats: string[][] = []) => ({
    name,
    values,
    numberFormats,
    tables: [],
  });
  return {
    sheets: [
      sheet("股东名册", register, formats),
      sheet("董事会", [
        ["董事姓名", "董事会职务", "兼任高管职务"],
        ["董事0", "董事长", null],
        ["董事1", "董事", "总经理"],
        ["董事2", "独立董事", null],
      ]),
      sheet("治理概况", [
        ["项目", "内容"],
        ["客户名称", "中原智能装备股份有限公司"],
        ["总经理产生方式", "董事会任免"],
        ["集团地位", "非集团成员"],
        ["审计委员会", "是"],
        ["基础评级", "A"],
        ["申请额度", 100000000],
        ["申请期限(月)", 36],
      ]),
    ],
  };
}
