import { jsonText, oneLine, safeMessage, visible } from "../../src/cli/visible";
import { formatMessage, msg } from "../../src/core";

describe("untrusted text made visible", () => {
  it("escapes control and format characters, keeping line breaks and tabs", () => {
    expect(visible("grade A \u001b[8m: grade D")).toBe("grade A \\x1b[8m: grade D");
    expect(visible("a\rb\u0007\u009bc\u202ed\u200be")).toBe("a\\x0db\\x07\\x9bc\\u202ed\\u200be");
    expect(visible("line one\nline two\tend")).toBe("line one\nline two\tend");
    expect(visible("甲公司 Ａ")).toBe("甲公司 Ａ");
  });

  it("escapes line breaks inside one value", () => {
    expect(oneLine("name\nFAKE LINE\t")).toBe("name\\x0aFAKE LINE\\x09");
  });

  it("escapes a message's parameters, nested ones included, not its own text", () => {
    const ref = msg("cli.failed", { file: "a\nb.xlsx", count: 1 });
    expect(formatMessage(safeMessage(ref), "en-US")).toContain("a\\x0ab.xlsx");
    const nested = msg("cli.issue", { text: msg("app.text", { text: "x\u001by" }) });
    expect(formatMessage(safeMessage(nested), "en-US")).toContain("x\\x1by");
  });

  it("keeps JSON valid and equal while escaping C1 and format characters", () => {
    const value = { name: "a\u009b\u202e\u001bb" };
    const text = jsonText(value);
    for (const c of ["\u001b", "\u009b", "\u202e"]) expect(text).not.toContain(c);
    expect(JSON.parse(text)).toEqual(value);
  });
});
