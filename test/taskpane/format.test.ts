import { dec } from "../../src/core";
import { cellAddress, percentText, sourceRanges } from "../../src/taskpane/format";

describe("task pane formatting", () => {
  it("selects one rectangle per sheet holding every source cell", () => {
    expect(
      sourceRanges([
        { sheet: "股东名册", cell: "A2" },
        { sheet: "治理概况", cell: "B10" },
        { sheet: "股东名册", cell: "C6" },
        { sheet: "股东名册", cell: "B3:B4" },
        { sheet: "治理概况", cell: "not a cell" },
      ])
    ).toEqual([
      { sheet: "股东名册", cell: "A2:C6" },
      { sheet: "治理概况", cell: "B10" },
    ]);
  });

  it("quotes sheet names as Excel does", () => {
    expect(cellAddress({ sheet: "Profile", cell: "B4" })).toBe("Profile!B4");
    expect(cellAddress({ sheet: "O'Brien data", cell: "A1" })).toBe("'O''Brien data'!A1");
  });

  it("shows percentages without needless decimals", () => {
    expect(percentText(dec("0.85"))).toBe("85%");
    expect(percentText(dec("0.1234"))).toBe("12.34%");
  });
});
