import { readInputs } from "../../../src/workbook/read";
import { boardSheet, profileSheet } from "./client";
import { inputsOf, pct, sheet, workbook, type Cell } from "./snapshots";

/** A register of `n` holders: one of 10%, the rest sharing 90%, every optional column filled. */
function register(n: number) {
  const rows: Cell[][] = [
    ["股东名称", "股东类型", "持股比例", "一致行动人", "质押比例", "司法冻结"],
  ];
  rows.push(["大股东", "国有企业", pct(0.1), null, pct(0), false]);
  for (let i = 1; i < n; i++)
    rows.push([`股东${i}`, i % 2 ? "民营企业" : "individual", pct(0.9 / (n - 1)), null, 0, "否"]);
  return workbook([sheet("股东名册", rows), boardSheet(), profileSheet()]);
}

describe("a large register", () => {
  // Speed is measured in bench/, never asserted here.
  it("reads 5,000 holders, each traced to its own cell", () => {
    const snapshot = register(5_000);
    const inputs = inputsOf(readInputs(snapshot));
    expect(inputs.shareholders!.rows).toHaveLength(5_000);
    expect(inputs.shareholders!.rows[4_999]!.stake.at).toEqual({
      sheet: "股东名册",
      cell: "C5001",
    });
  });
});
