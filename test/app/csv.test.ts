import { csvField, toCsv } from "../../src/app";

describe("CSV for Excel", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", '"\'\rCR"'],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(1)", "'＠SUM(1)"],
  ])("makes %j inert", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("leaves ordinary text and numbers alone, quoting commas, quotes and line breaks", () => {
    expect(csvField("某市城建开发有限公司")).toBe("某市城建开发有限公司");
    expect(csvField("BB-")).toBe("BB-");
    expect(csvField(25.5)).toBe("25.5");
    expect(csvField(null)).toBe("");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["客户", "等级"],
        ["某公司", "C"],
      ])
    ).toBe("\uFEFF客户,等级\r\n某公司,C\r\n");
  });
});
