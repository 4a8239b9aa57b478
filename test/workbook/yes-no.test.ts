import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import {
  defaultParameters,
  GRADES,
  LANGUAGES,
  msg,
  NO_WORDS,
  normaliseLabel,
  parseYesNo,
  YES_WORDS,
} from "../../src/core";
import { columnNumber, parseCell } from "../../src/workbook/a1";
import {
  loadModelSheet,
  modelSheetAddresses,
  modelSheetPlan,
} from "../../src/workbook/model-sheet";
import { YES_NO } from "../../src/workbook/read/values";
import { yesNoChoices } from "../../src/workbook/template";
import { isYes } from "../../src/workbook/scorecard/formula";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { planToSnapshot } from "./model-sheet/plan-snapshot";

const label = msg("read.text", { text: "Frozen" });

/** The reader's answer for a cell value: true, false, or null when it refuses the value. */
function readerAnswer(value: string | number | boolean): boolean | null {
  const parsed = YES_NO.read(value, label);
  return parsed.ok ? parsed.value : null;
}

/** Each word as it might be typed: as listed, upper case, capitalised. */
const spellings = (word: string): string[] => [
  ...new Set([word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)]),
];

/** The words the model sheet writes into its yes-word list, read from the plan by address. */
function listedYesWords(language: (typeof LANGUAGES)[number]): string[] {
  const plan = modelSheetPlan(defaultParameters(), language);
  const range = modelSheetAddresses(defaultParameters(), language).yesWords;
  const [, first = "", last = ""] = /!\$?([A-Z]+\$?\d+):\$?([A-Z]+\$?\d+)$/.exec(range) ?? [];
  const [from, to] = [parseCell(first)!, parseCell(last)!];
  return plan.cells
    .filter((cell) => {
      const at = parseCell(cell.ref)!;
      return (
        columnNumber(at.column) === columnNumber(from.column) &&
        at.row >= from.row &&
        at.row <= to.row
      );
    })
    .map((cell) => String(cell.value));
}

/**
 * The scorecard's isYes formula evaluated for one value, with the yes-word list in column A as
 * the model sheet writes it (HyperFormula, like Excel, matches text case-insensitively).
 */
function formulaAnswer(value: RawCellContent, words: readonly string[]): boolean {
  const rows: RawCellContent[][] = words.map((word) => [word]);
  rows[0] = [words[0] ?? "", value, `=${isYes("B1", `$A$1:$A$${words.length}`)}`];
  // HyperFormula has TRUE() and FALSE() but no boolean literals (as the test host does).
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  hf.setSheetContent(hf.getSheetId(hf.addSheet("S"))!, rows);
  const result = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
  hf.destroy();
  if (typeof result !== "boolean") throw new Error(`isYes gave ${String(result)}`);
  return result;
}

describe("the yes/no vocabulary", () => {
  it("is in normal form, and no word means both yes and no", () => {
    for (const word of [...YES_WORDS, ...NO_WORDS]) expect(normaliseLabel(word)).toBe(word);
    expect(YES_WORDS.filter((word) => NO_WORDS.includes(word))).toEqual([]);
  });

  it("parses every word in any case and with spaces, and nothing else", () => {
    for (const word of YES_WORDS)
      for (const text of spellings(word)) expect(parseYesNo(` ${text}\u3000`)).toBe(true);
    for (const word of NO_WORDS)
      for (const text of spellings(word)) expect(parseYesNo(text)).toBe(false);
    for (const text of ["", " ", "maybe", "是的", "yess", "2"]) expect(parseYesNo(text)).toBeNull();
  });

  it.each(LANGUAGES)("is what the model sheet lists for the formulas (%s)", (language) => {
    expect(listedYesWords(language)).toEqual([...YES_WORDS]);
  });

  it.each(LANGUAGES)("holds the template's yes/no drop-down (%s)", (language) => {
    const [yes = "", no = ""] = yesNoChoices(language);
    expect([parseYesNo(yes), parseYesNo(no)]).toEqual([true, false]);
  });

  it("is what the model-sheet reader accepts for a yes/no parameter", () => {
    const sheet = planToSnapshot(modelSheetPlan(defaultParameters(), "en-US"));
    const typed = (text: string): SheetSnapshot => ({
      ...sheet,
      values: sheet.values.map((row) => row.map((v) => (typeof v === "boolean" ? text : v))),
    });
    for (const [words, expected] of [
      [YES_WORDS, true],
      [NO_WORDS, false],
    ] as const)
      for (const text of words.flatMap(spellings)) {
        const loaded = loadModelSheet(typed(text));
        if (!loaded.ok) throw new Error(`${text}: ${JSON.stringify(loaded.issues)}`);
        for (const grade of GRADES)
          expect(loaded.value.adjustments[grade].enhancedCovenants).toBe(expected);
      }
  });

  describe("the engine's reading and the formula's reading agree", () => {
    const words = listedYesWords("zh-CN");

    it.each([...YES_WORDS.flatMap(spellings)])("%j is yes to both", (text) => {
      expect(readerAnswer(text)).toBe(true);
      expect(formulaAnswer(text, words)).toBe(true);
    });

    it.each([...NO_WORDS.flatMap(spellings)])("%j is no to both", (text) => {
      expect(readerAnswer(text)).toBe(false);
      expect(formulaAnswer(text, words)).toBe(false);
    });

    it.each([
      [true, true],
      [false, false],
      [1, true],
      [0, false],
    ] as const)("the value %p is %p to both", (value, expected) => {
      expect(readerAnswer(value)).toBe(expected);
      expect(formulaAnswer(value, words)).toBe(expected);
    });

    it("a blank cell is no to the formula (the reader leaves blanks to the column)", () => {
      expect(formulaAnswer(null, words)).toBe(false);
      expect(parseYesNo("")).toBeNull();
    });

    it("agrees for the vocabulary in random case", () => {
      const cased = fc
        .tuple(fc.constantFrom(...YES_WORDS, ...NO_WORDS), fc.array(fc.boolean(), { maxLength: 5 }))
        .map(([word, upper]) =>
          [...word].map((ch, i) => (upper[i] === true ? ch.toUpperCase() : ch)).join("")
        );
      fc.assert(
        fc.property(cased, (text) => formulaAnswer(text, words) === readerAnswer(text)),
        { numRuns: 60 }
      );
    });
  });
});
