import { dec } from "../../src/core";
import {
  cellAddress,
  figureText,
  percentText,
  sourceRanges,
  timeText,
} from "../../src/taskpane/format";

describe("task pane formatting", () => {
  it("selects exactly the source cells, as few rectangles as they form", () => {
    expect(
      sourceRanges([
        { sheet: "股东名册", cell: "A2" },
        { sheet: "治理概况", cell: "B10" },
        { sheet: "股东名册", cell: "C6" },
        { sheet: "股东名册", cell: "B3:B4" },
        { sheet: "治理概况", cell: "not a cell" },
      ])
    ).toEqual([
      { sheet: "股东名册", cell: "A2" },
      { sheet: "股东名册", cell: "B3:B4" },
      { sheet: "股东名册", cell: "C6" },
      { sheet: "治理概况", cell: "B10" },
    ]);
    // A board's names, roles and posts: one block, never the header or other columns.
    const board = ["A", "B", "C"].flatMap((c) =>
      [2, 3, 4, 5].map((r) => ({ sheet: "董事会", cell: `${c}${r}` }))
    );
    expect(sourceRanges([...board, { sheet: "董事会", cell: "E9" }])).toEqual([
      { sheet: "董事会", cell: "A2:C5" },
      { sheet: "董事会", cell: "E9" },
    ]);
    // Scattered cells (more than six blocks) fall back to the rectangle holding them.
    const scattered = [1, 3, 5, 7, 9, 11, 13].map((r) => ({ sheet: "S", cell: `A${r}` }));
    expect(sourceRanges(scattered)).toEqual([{ sheet: "S", cell: "A1:A13" }]);
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

describe("figures and times as people read them", () => {
  it("groups plain numbers and leaves other text alone", () => {
    expect(figureText("50000000")).toBe("50,000,000");
    expect(figureText("25.5")).toBe("25.5");
    expect(figureText("-1234.50")).toBe("-1,234.50");
    expect(figureText("D")).toBe("D");
    expect(figureText("1e5")).toBe("1e5");
  });
  it("shows an ISO time as date, hours and minutes with its offset", () => {
    expect(timeText("2026-11-29T09:31:06+08:00")).toBe("2026-11-29 09:31 (UTC+08:00)");
    expect(timeText("2026-11-29T01:31:06.120Z")).toBe("2026-11-29 01:31 (UTC+00:00)");
    expect(timeText("yesterday")).toBe("yesterday");
    expect(timeText("2026-11-29T09:31:06+08:00", "zh-CN")).toBe("2026-11-29 09:31（北京时间）");
    expect(timeText("2026-11-29T09:31:06+08:00", "en-US")).toBe("2026-11-29 09:31 (Beijing time)");
  });
});
