import { localIsoTime } from "../../src/app";
import { isClientWorkbook, scoredPath } from "../../src/cli/files";
import { groupThousands } from "../../src/cli/format";
import { languageOf } from "../../src/cli/language";

describe("command-line helpers", () => {
  it.each([
    [undefined, { LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [undefined, { LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }, "zh-CN"],
    [undefined, { LC_ALL: "C", LANG: "zh_CN.UTF-8" }, "en-US"],
    [undefined, { LC_ALL: "", LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [undefined, {}, "en-US"],
    ["en", { LANG: "zh_CN.UTF-8" }, "en-US"],
    ["ZH", {}, "zh-CN"],
    ["zh-CN", {}, "zh-CN"],
    ["fr", {}, undefined],
  ])("language from --lang %j and %j is %j", (option, env, expected) => {
    expect(languageOf(option, env)).toBe(expected);
  });

  it("names the scored copy beside the input or in --out", () => {
    expect(scoredPath("/in/c1.xlsx")).toBe("/in/c1.scored.xlsx");
    expect(scoredPath("/in/C1.XLSX", "/out")).toBe("/out/C1.scored.xlsx");
  });

  it("skips earlier outputs, lock files and non-workbooks in a folder", () => {
    expect(
      ["a.xlsx", "b.scored.xlsx", "portfolio.xlsx", "~$a.xlsx", ".x.xlsx", "c.xls", "d.csv"].filter(
        isClientWorkbook
      )
    ).toEqual(["a.xlsx"]);
  });

  it("writes local time with its offset", () => {
    expect(localIsoTime(new Date(2025, 2, 1, 9, 30, 5))).toMatch(
      /^2025-03-01T09:30:05[+-]\d\d:\d\d$/
    );
  });

  it("groups thousands", () => {
    expect(groupThousands("25000000")).toBe("25,000,000");
    expect(groupThousands("1234.5")).toBe("1,234.5");
    expect(groupThousands("999")).toBe("999");
  });
});
