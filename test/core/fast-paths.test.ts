import fc from "fast-check";
import {
  dec,
  defaultParameters,
  SHAREHOLDER_TYPES,
  type ModelParameters,
  type ShareholderRow,
} from "../../src/core";
import { isNumberChar } from "../../src/core/identity";
import { normaliseLabel } from "../../src/core/inputs/schema";
import { aggregateConcertGroups } from "../../src/core/ownership";

/**
 * The scoring core's fast paths (issue 12) give exactly what the plain code they replace gave:
 * each is compared here with a copy of that code.
 */

const referenceLabel = (label: string) =>
  label
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .toLowerCase();

/** Characters that exercise every branch: ASCII, CJK, full-width, spaces, digits, lookalikes. */
const labelChar = fc.constantFrom(
  ..."aZ 09.-_,股东名称公众一二〇ＳＴＡＫＥ１２\u3000\u00a0\t\nİΣßﬁ①Ⅻ٣",
  "\u{20000}"
);
const label = fc.array(labelChar, { maxLength: 12 }).map((cs) => cs.join(""));

describe("scoring core fast paths", () => {
  test("normaliseLabel equals NFKC, space folding, trim and lower case", () => {
    fc.assert(
      fc.property(fc.oneof(label, fc.string({ unit: "grapheme" })), (text) => {
        expect(normaliseLabel(text)).toBe(referenceLabel(text));
      }),
      { numRuns: 2000 }
    );
  });

  test("isNumberChar agrees with /\\p{N}/u on every code point of the BMP", () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (isNumberChar(code, char) !== /\p{N}/u.test(char)) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });

  /** The member order before the keyed sort: a comparator recomputing each key per comparison. */
  function referenceMembers(rows: ShareholderRow[], params: ModelParameters): ShareholderRow[] {
    const points = (r: ShareholderRow) => params.f1.typePoints[r.type.value!];
    return [...rows].sort((a, b) => {
      const byStake = b.stake.value!.cmp(a.stake.value!);
      if (byStake !== 0) return byStake;
      const byPoints = points(a).cmp(points(b));
      if (byPoints !== 0) return byPoints;
      const [x, y] = [referenceLabel(a.name.value ?? ""), referenceLabel(b.name.value ?? "")];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }

  test("concert groups list their members in the order the per-comparison sort gave", () => {
    const params = defaultParameters();
    const row = fc.record({
      name: fc.constantFrom("甲", "乙", "Ａ公司", "a公司", "B Co", "b  co", "丙"),
      type: fc.constantFrom(...SHAREHOLDER_TYPES),
      stake: fc.integer({ min: 0, max: 5 }),
      group: fc.constantFrom("", "G1", "Ｇ１", "G2"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (specs) => {
        const rows: ShareholderRow[] = specs.map((s, i) => ({
          name: { value: s.name, at: { sheet: "R", cell: `A${i + 2}` } },
          type: { value: s.type, at: { sheet: "R", cell: `B${i + 2}` } },
          stake: { value: dec(s.stake).div(10), at: { sheet: "R", cell: `C${i + 2}` } },
          concertGroup: { value: s.group === "" ? null : s.group },
        }));
        for (const unit of aggregateConcertGroups(rows, params)) {
          const inRowOrder = rows.filter((r) => unit.members.includes(r));
          const expected = referenceMembers(inRowOrder, params);
          expect(unit.members).toEqual(expected);
          expect(unit.type).toBe(expected[0]!.type.value);
        }
      }),
      { numRuns: 500 }
    );
  });
});
