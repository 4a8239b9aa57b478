import { estimateRowHeights } from "../../src/workbook/row-heights";
import type { SheetPlan } from "../../src/workbook/plan";

const sheet = (cells: SheetPlan["cells"], extra: Partial<SheetPlan> = {}): SheetPlan => ({
  name: "S",
  role: "scorecard",
  columnWidths: [10, 20],
  cells,
  ...extra,
});

describe("row heights for wrapped text", () => {
  it("grows a row by the lines its wrapped text needs, at the style's font size", () => {
    // 20 characters in a 10-wide column (9 per line) → 3 lines of a 9-point note: 3 × 12 + 3.
    expect(
      estimateRowHeights(sheet([{ ref: "A1", value: "a long sentence here", style: "note" }]))
    ).toEqual([{ row: 1, height: 39 }]);
  });

  it("counts Chinese characters as two columns and honours line breaks", () => {
    // 10 CJK characters = 20 columns in a 20-wide column (19 per line) → 2 lines; plus 1 line after \n.
    const heights = estimateRowHeights(
      sheet([{ ref: "B2", value: "控股股东持股比例合计\nx", style: "value" }])
    );
    expect(heights).toEqual([{ row: 2, height: 3 * 15 + 3 }]);
  });

  it("uses the width of a merged range, and leaves short, unwrapped or non-text cells alone", () => {
    const merged = sheet([{ ref: "A3", value: "x".repeat(25), style: "note" }], {
      merges: ["A3:B3"],
    });
    expect(estimateRowHeights(merged)).toEqual([]);
    expect(
      estimateRowHeights(sheet([{ ref: "A4", value: "x".repeat(40), style: "title" }]))
    ).toEqual([]);
    expect(
      estimateRowHeights(sheet([{ ref: "A5", value: 123456789012345, style: "value" }]))
    ).toEqual([]);
  });

  it("takes the tallest cell of a row", () => {
    const heights = estimateRowHeights(
      sheet([
        { ref: "A6", value: "x".repeat(19), style: "value" },
        { ref: "B6", value: "y".repeat(60), style: "value" },
      ])
    );
    expect(heights).toEqual([{ row: 6, height: 4 * 15 + 3 }]);
  });
});
