import fc from "fast-check";
import { dec, formatAmount, formatPercent } from "../../src/core";

describe("formatAmount, the one thousands grouping", () => {
  it.each([
    ["0", 0, "0"],
    ["999", 0, "999"],
    ["1000", 0, "1,000"],
    ["25000000", 0, "25,000,000"],
    ["-1234567", 0, "-1,234,567"],
    ["1234.5", 1, "1,234.5"],
    ["1234.5", 0, "1,235"],
    ["-0.5", 0, "-1"],
    ["12340000.125", 2, "12,340,000.13"],
    ["123456789012345678901234567890", 0, "123,456,789,012,345,678,901,234,567,890"],
  ] as const)("%s with %d decimals is %s", (value, decimals, text) => {
    expect(formatAmount(dec(value), decimals)).toBe(text);
  });

  it("groups whole numbers as en-US does, beyond the range of exact doubles too", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        expect(formatAmount(dec(n.toString()))).toBe(n.toLocaleString("en-US"));
      })
    );
  });

  it("only adds separators: removing them gives the rounded value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (units, scale, decimals) => {
          const value = dec(units).div(dec(10).pow(scale));
          const text = formatAmount(value, decimals);
          expect(text.replace(/,/g, "")).toBe(value.toFixed(decimals, 4 /* ROUND_HALF_UP */));
          const whole = text.replace(/^-/, "").split(".")[0] ?? "";
          expect(whole).toMatch(/^\d{1,3}(,\d{3})*$/);
        }
      )
    );
  });

  it("shows fractions as percentages with the same rounding", () => {
    expect(formatPercent(dec("0.85"))).toBe("85.00%");
    expect(formatPercent(dec("0.123456"), 3)).toBe("12.346%");
  });
});
