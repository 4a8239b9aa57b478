import ExcelJS from "exceljs";
import { escapeCellTexts, escapeXlsxText } from "../../../src/adapters/xlsx/cell-text-escape";

describe("cell text escaped as Excel writes it", () => {
  it.each([
    ["a\u000bb", "a_x000B_b"],
    ["x_x0041_y", "x_x005F_x0041_y"],
    ["\u0000\u001f\u007f", "_x0000__x001F__x007F_"],
    ["tab\tline\nreturn\r", "tab\tline\nreturn\r"],
    ["plain 甲公司", "plain 甲公司"],
  ])("%j is written as %j", (text, written) => {
    expect(escapeXlsxText(text)).toBe(written);
  });

  it("survives a round trip through exceljs, and saving twice never escapes twice", async () => {
    const texts = ["a\u000bb", "x_x0041_y", "esc\u001b[8m", "_x005F_", "rich\u0001"];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    texts.forEach((t, i) => (sheet.getCell(i + 1, 1).value = t));
    sheet.getCell(10, 1).value = { richText: [{ text: "r\u000bich" }, { text: "_x0042_" }] };
    for (let save = 0; save < 2; save++) {
      const restore = escapeCellTexts(workbook);
      const bytes = await workbook.xlsx.writeBuffer();
      restore();
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(bytes);
      const back = read.getWorksheet("S")!;
      expect(texts.map((_, i) => back.getCell(i + 1, 1).value)).toEqual(texts);
      expect(back.getCell(10, 1).value).toEqual({
        richText: [{ text: "r\u000bich" }, { text: "_x0042_" }],
      });
    }
    expect(sheet.getCell(1, 1).value).toBe("a\u000bb");
  });
});
