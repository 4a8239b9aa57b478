import fc from "fast-check";
import { dec, formatMoney } from "../../src/core";

describe("amounts in 元, or in 万元 on a summary", () => {
  it("writes 元 by default and 万元 when asked, in either language", () => {
    expect(formatMoney(dec("25000000"), "CNY", "zh-CN")).toBe("25,000,000 元");
    expect(formatMoney(dec("25000000"), "CNY", "zh-CN", "tenThousand")).toBe("2,500 万元");
    expect(formatMoney(dec("25000000"), "CNY", "en-US")).toBe("CNY 25,000,000");
    expect(formatMoney(dec("25000000"), "CNY", "en-US", "tenThousand")).toBe("CNY 2,500 × 10,000");
    expect(formatMoney(dec("1234567"), "USD", "zh-CN", "tenThousand")).toBe("123.4567 万USD");
    expect(formatMoney(dec("0"), "CNY", "zh-CN", "tenThousand")).toBe("0 万元");
  });

  it("never rounds an amount away in 万元", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        const text = formatMoney(dec(n.toString()), "CNY", "zh-CN", "tenThousand");
        const back = dec(text.replace(/ 万元$/, "").replace(/,/g, "")).times(10_000);
        expect(back.toFixed()).toBe(n.toString());
      })
    );
  });
});
