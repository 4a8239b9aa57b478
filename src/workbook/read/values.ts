import {
  dec,
  ENUMS,
  msg,
  NO_POST_ALIASES,
  parseYesNo,
  type Decimal,
  type EnumName,
  type MessageRef,
} from "../../core";
import { catalogueRef, catalogueTexts, listOf } from "./findings";
import { describeValue } from "./grid";
import { decimalFromNumber, matchKey, normaliseCellText, parseNumericText } from "./text";

/** A cell value that is neither blank nor an Excel error: those are handled before parsing. */
export type PresentValue = string | number | boolean;

/** A parsed cell: its model value (null: means nothing, such as 无 for a management post). */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T | null; readonly formulaSafe: boolean }
  | { readonly ok: false; readonly code: string; readonly message: MessageRef };

/** How to read one kind of cell. `label` names the column or item in messages. */
export interface ValueReader<T> {
  /** What the cell should hold, for messages about error values and uncalculated formulas. */
  readonly expected: (label: MessageRef) => MessageRef;
  readonly read: (value: PresentValue, label: MessageRef) => Parsed<T>;
}

const ok = <T>(value: T | null, formulaSafe: boolean): Parsed<T> => ({
  ok: true,
  value,
  formulaSafe,
});
const fail = <T>(code: string, message: MessageRef): Parsed<T> => ({ ok: false, code, message });

function asText(value: PresentValue): string {
  if (typeof value === "string") return normaliseCellText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return decimalFromNumber(value)?.toString() ?? String(value);
}

/**
 * Text: normalised (NFKC, spaces collapsed, trimmed); a number or boolean as Excel shows it.
 * Formula-safe when the cell already holds its normalised text.
 * @example TEXT.read("\u3000甲公司 ", label) // { ok: true, value: "甲公司", formulaSafe: false }
 */
export const TEXT: ValueReader<string> = {
  expected: () => msg("read.expected.text"),
  read: (value) => {
    const text = asText(value);
    return ok(text, typeof value === "string" && text === value);
  },
};

/** Whole cells that mean "no post": the core's list, plus any run of dashes or slashes (——). */
function meansNoPost(text: string): boolean {
  return NO_POST_ALIASES.includes(matchKey(text)) || /^[-‐-―−/]+$/.test(text);
}

/**
 * A management post: text, where 无 / none / - / — (and the like) mean no post (null).
 * @example MANAGEMENT_POST.read("无", label) // { ok: true, value: null, formulaSafe: false }
 */
export const MANAGEMENT_POST: ValueReader<string> = {
  expected: () => msg("read.expected.text"),
  read: (value, label) => {
    const parsed = TEXT.read(value, label);
    if (parsed.ok && parsed.value !== null && meansNoPost(parsed.value)) return ok(null, false);
    return parsed;
  },
};

// Shared results: a register's yes/no column has only these four outcomes.
const YES_SAFE = ok(true, true);
const NO_SAFE = ok(false, true);
const YES_TEXT = ok(true, false);
const NO_TEXT = ok(false, false);

/**
 * Yes/no: a boolean, 1/0, or yes/no, y/n, true/false, 1/0, 是/否, 有/无 in any case.
 * @example YES_NO.read("是", label) // { ok: true, value: true, formulaSafe: false }
 */
export const YES_NO: ValueReader<boolean> = {
  expected: () => msg("read.expected.yesNo"),
  read: (value, label) => {
    if (typeof value === "boolean") return value ? YES_SAFE : NO_SAFE;
    if (typeof value === "number" && (value === 1 || value === 0))
      return value === 1 ? YES_SAFE : NO_SAFE;
    if (typeof value === "string") {
      const answer = parseYesNo(matchKey(value));
      if (answer !== null) return answer ? YES_TEXT : NO_TEXT;
    }
    return fail(
      "cell.notYesNo",
      msg("read.cell.notYesNo", { column: label, found: describeValue(value) })
    );
  },
};

/** A number from a number cell or numeric text; which it was decides formula safety. */
function numberOf(value: PresentValue): { number: Decimal; plain: boolean } | null {
  if (typeof value === "number") {
    const number = decimalFromNumber(value);
    return number === null ? null : { number, plain: true };
  }
  if (typeof value === "string") {
    const number = parseNumericText(normaliseCellText(value));
    return number === null ? null : { number, plain: false };
  }
  return null;
}

/**
 * A whole number of at least 0 (proposals, tenor in months): a number or numeric text.
 * @example WHOLE_NUMBER.read("12", label) // { ok: true, value: 12, formulaSafe: false }
 */
export const WHOLE_NUMBER: ValueReader<Decimal> = {
  expected: () => msg("read.expected.wholeNumber"),
  read: (value, label) => {
    const found = describeValue(value);
    const parsed = numberOf(value);
    if (parsed === null) {
      return fail(
        "cell.notNumber",
        msg("read.cell.notNumber", {
          column: label,
          found,
          expected: msg("read.expected.wholeNumber"),
        })
      );
    }
    if (!parsed.number.isInteger() || parsed.number.lt(0))
      return fail("cell.notWholeNumber", msg("read.cell.notWholeNumber", { column: label, found }));
    return ok(parsed.number, parsed.plain);
  },
};

const TEN_THOUSAND = dec(10_000);
const HUNDRED_MILLION = dec(100_000_000);

/**
 * A Chinese-written amount: "1000万", "1.2亿", "500万元", "3,000,000元". Chinese officers write
 * limits this way on credit applications; accepting it is a convenience the model document does not
 * mention. Only 万 (10^4) and 亿 (10^8), each alone, with an optional trailing 元.
 */
function parseChineseAmount(text: string): Decimal | null {
  const match = /^(.*?)\s?(万|亿)?\s?元?$/.exec(text);
  if (match === null) return null;
  const [, digits = "", unit] = match;
  const number = parseNumericText(digits);
  if (number === null) return null;
  if (unit === "万") return number.times(TEN_THOUSAND);
  if (unit === "亿") return number.times(HUNDRED_MILLION);
  return number;
}

/**
 * An amount of at least 0: a number, "10,000,000", "１０００万" (10,000,000) or "1.2亿".
 * @example AMOUNT.read("1.2亿", label) // { ok: true, value: 120000000, formulaSafe: false }
 */
export const AMOUNT: ValueReader<Decimal> = {
  expected: () => msg("read.expected.amount"),
  read: (value, label) => {
    const found = describeValue(value);
    let number: Decimal | null = null;
    if (typeof value === "number") number = decimalFromNumber(value);
    else if (typeof value === "string") number = parseChineseAmount(normaliseCellText(value));
    if (number === null) {
      return fail(
        "cell.notNumber",
        msg("read.cell.notNumber", { column: label, found, expected: msg("read.expected.amount") })
      );
    }
    if (number.lt(0))
      return fail("cell.outOfRange", msg("read.cell.negative", { column: label, value: found }));
    return ok(number, typeof value === "number");
  },
};

/** Labels an enum value is written with: its key and its canonical zh-CN and en-US labels. */
function enumLabels(enumName: EnumName, value: string): string[] {
  return [value, ...catalogueTexts(`enum.${enumName}.${value}`)];
}

/**
 * An enum cell: the value's key, or its zh-CN or en-US catalogue label, in any case. An unknown
 * label lists the accepted labels in the reader's language. `refuse` can single out values that
 * deserve their own message (a supervisor on the board).
 * @example enumReader("condition").read("较差", label) // { ok: true, value: "poor", ... }
 */
export function enumReader<N extends EnumName, T extends string = (typeof ENUMS)[N][number]>(
  enumName: N,
  refuse?: (text: string, label: MessageRef) => Parsed<T> | null
): ValueReader<T> {
  const values: readonly T[] = ENUMS[enumName] as readonly string[] as readonly T[];
  const byLabel = new Map<string, T>();
  const exact = new Set<string>();
  for (const value of values) {
    for (const label of enumLabels(enumName, value)) {
      if (!byLabel.has(matchKey(label))) byLabel.set(matchKey(label), value);
      exact.add(label.toLowerCase());
    }
  }
  const labels = listOf(values.map((v) => catalogueRef(`enum.${enumName}.${v}`)));
  const accepted = new Map<string, Parsed<T>>();
  return {
    expected: (label) => msg("read.expected.enum", { column: label }),
    read: (value, label) => {
      if (typeof value === "string") {
        // A register repeats a handful of labels: parse each once.
        const known = accepted.get(value);
        if (known !== undefined) return known;
        const found = byLabel.get(matchKey(value));
        if (found !== undefined) {
          const parsed = ok(found, exact.has(value.toLowerCase()));
          if (accepted.size < 256) accepted.set(value, parsed);
          return parsed;
        }
      }
      const refused = refuse?.(asText(value), label) ?? null;
      if (refused !== null) return refused;
      return fail(
        "cell.unknownLabel",
        msg("read.cell.unknownLabel", {
          column: label,
          found: describeValue(value),
          labels,
        })
      );
    },
  };
}

const DASHES = /[‐-―−]/g;

/**
 * A grade on the rating scale: exact after trimming and upper-casing (typographic dashes read as
 * "-", so "AA−" is AA-). Returns the grade as the scale writes it.
 * @example ratingReader(["AAA", "AA+"]).read(" aa+ ", label) // { ok: true, value: "AA+", ... }
 */
export function ratingReader(scale: readonly string[]): ValueReader<string> {
  const byUpper = new Map<string, string>();
  for (const grade of scale) {
    const key = grade.trim().toUpperCase();
    if (!byUpper.has(key)) byUpper.set(key, grade);
  }
  return {
    expected: () => msg("read.expected.rating"),
    read: (value, label) => {
      const text = typeof value === "string" ? normaliseCellText(value).replace(DASHES, "-") : "";
      const grade = byUpper.get(text.toUpperCase());
      if (grade !== undefined) return ok(grade, typeof value === "string" && scale.includes(value));
      return fail(
        "cell.ratingNotOnScale",
        msg("read.cell.ratingNotOnScale", {
          column: label,
          found: describeValue(value),
          scale: listOf(scale),
        })
      );
    },
  };
}

const CNY_NAMES = new Set(["人民币", "人民币元", "rmb", "元", "cny"]);

/**
 * A currency: a three-letter ISO code (upper-cased; not checked against the ISO list), with
 * 人民币 / RMB / 元 read as CNY. A blank cell is null, which the model defaults to CNY.
 * @example CURRENCY.read("人民币", label) // { ok: true, value: "CNY", formulaSafe: false }
 */
export const CURRENCY: ValueReader<string> = {
  expected: () => msg("read.expected.currency"),
  read: (value, label) => {
    if (typeof value === "string") {
      const text = normaliseCellText(value);
      if (CNY_NAMES.has(text.toLowerCase())) return ok("CNY", value === "CNY");
      if (/^[A-Za-z]{3}$/.test(text)) return ok(text.toUpperCase(), /^[A-Z]{3}$/.test(value));
    }
    return fail(
      "cell.currency",
      msg("read.cell.currency", { column: label, found: describeValue(value) })
    );
  },
};
