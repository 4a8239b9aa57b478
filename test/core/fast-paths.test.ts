import fc from "fast-check";
import {
  dec,
  defaultParameters,
  scoreGovernance,
  SHAREHOLDER_TYPES,
  type ModelParameters,
  type ShareholderRow,
} from "../../src/core";
import { sha256Hex, TextHasher } from "../../src/core/canonical";
import {
  findAndKeepIdentityDuplicates,
  identityDuplicatesOf,
  isNumberChar,
  looseKey,
} from "../../src/core/identity";
import { inputFingerprint } from "../../src/core/input-fingerprint";
import { normaliseLabel } from "../../src/core/inputs/schema";
import {
  aggregateConcertGroups,
  analyseOwnership,
  ownershipAnalysisFor,
} from "../../src/core/ownership";
import { listedCompanyInputs } from "../../bench/fixtures";

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

  test("looseKey drops exactly the punctuation, symbols and spaces", () => {
    fc.assert(
      fc.property(fc.oneof(label, fc.string({ unit: "grapheme" })), (text) => {
        expect(looseKey(text)).toBe(text.replace(/[\p{P}\p{S}\s]/gu, ""));
      }),
      { numRuns: 2000 }
    );
  });

  test("a text hashed in parts has the digest of the whole text", () => {
    const part = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ unit: "grapheme", minLength: 5000, maxLength: 20000 })
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const hasher = new TextHasher();
        for (const p of parts) hasher.add(p);
        expect(hasher.hex()).toBe(sha256Hex(parts.join("")));
      }),
      { numRuns: 60 }
    );
  });

  test("the input fingerprint of a large register is the digest of its whole canonical text", () => {
    const inputs = listedCompanyInputs(3000);
    const row = (facts: unknown[]) => JSON.stringify(facts);
    const fact = (v: unknown) => (v === null || v === undefined ? null : String(v));
    const holders = inputs
      .shareholders!.rows.map((r) =>
        row([r.name.value, r.type.value, fact(r.stake.value), null, null, null])
      )
      .sort();
    const board = inputs
      .board!.rows.map((r) => row([r.name.value, r.boardRole.value, fact(r.managementPost?.value)]))
      .sort();
    const profile = Object.entries(inputs.profile)
      .map(([k, v]) => [
        k,
        v?.value === null ? null : typeof v?.value === "object" ? String(v.value) : v?.value,
      ])
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    const text = `{"board":[${board.join(",")}],"profile":${JSON.stringify(profile)},"shareholders":[${holders.join(",")}]}`;
    expect(inputFingerprint(inputs)).toBe(sha256Hex(text));
  });

  test("a large register's units are in the order the Decimal comparison alone gives", () => {
    const params = defaultParameters();
    // Stakes that differ only beyond a double's 17 digits, and equal ones: both fall back.
    const stake = fc.constantFrom(
      "0.1",
      "0.10000000000000000000000001",
      "0.10000000000000000000000002",
      "0.2",
      "0.05",
      "0.3"
    );
    const row = fc.record({ stake, type: fc.constantFrom(...SHAREHOLDER_TYPES), name: fc.nat(40) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 256, maxLength: 400 }), (specs) => {
        const rows: ShareholderRow[] = specs.map((s, i) => ({
          name: { value: `holder ${i} ${s.name}`, at: { sheet: "R", cell: `A${i + 2}` } },
          type: { value: s.type, at: { sheet: "R", cell: `B${i + 2}` } },
          stake: { value: dec(s.stake), at: { sheet: "R", cell: `C${i + 2}` } },
        }));
        const units = analyseOwnership(rows, params).units;
        const points = params.f1.typePoints;
        const reference = [...units].sort((a, b) => {
          const byStake = b.stake.cmp(a.stake);
          if (byStake !== 0) return byStake;
          const byPoints = points[a.type].cmp(points[b.type]);
          if (byPoints !== 0) return byPoints;
          return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
        });
        expect(units.map((u) => u.key)).toEqual(reference.map((u) => u.key));
      }),
      { numRuns: 40 }
    );
  });
});

describe("analyses kept with a score result", () => {
  test("the scorecard reuses the ownership analysis only for the rows and parameters scored", () => {
    const params = defaultParameters();
    const inputs = listedCompanyInputs(50);
    const scored = scoreGovernance(inputs, params);
    if (!scored.ok) throw new Error("not scored");
    const rows = inputs.shareholders!.rows;
    const kept = ownershipAnalysisFor(scored.value, rows, params);
    expect(ownershipAnalysisFor(scored.value, rows, params)).toBe(kept);
    expect(kept).toEqual(analyseOwnership(rows, params));
    // Other rows (a copy), or another result: analysed afresh, with the same figures.
    const copy = [...rows];
    expect(ownershipAnalysisFor(scored.value, copy, params)).not.toBe(kept);
    expect(ownershipAnalysisFor({}, rows, params)).not.toBe(kept);
    expect(ownershipAnalysisFor(scored.value, copy, params)).toEqual(kept);
  });

  test("the core's duplicate check uses the reader's findings for the very rows it read", () => {
    const rows = [
      { name: { value: "Sole" } },
      { name: { value: "Sоle" } }, // Cyrillic о
    ];
    const found = findAndKeepIdentityDuplicates(rows);
    expect(identityDuplicatesOf(rows)).toBe(found);
    expect(identityDuplicatesOf([...rows])).toEqual(found);
    expect(identityDuplicatesOf([...rows])).not.toBe(found);
  });
});
