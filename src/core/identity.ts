import type { Sourced } from "./inputs/types";

/**
 * Who a holder or director is. Where a table has an identity column (证件号码, 统一社会信用代码,
 * ID number …), identity is that number; otherwise it is the name compared on a confusable-folded
 * key, so that one holder cannot be split into rows spelled with lookalike letters.
 */

/**
 * Lookalikes of Latin letters that NFKC leaves alone: Cyrillic and Greek letters that render like
 * a Latin letter in common fonts, a few Latin letters of other alphabets (dotless i, script g),
 * mapped before case folding (an upper-case lookalike can differ from its lower-case form: Greek
 * Η looks like H, η like n). Full-width forms, ligatures, compatibility digits and letters are
 * NFKC's. Hand-written from Unicode's confusables.txt, limited to the letters a name is likely to
 * carry; a character missing here is still caught as a near-duplicate when the names are long.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  І: "I",
  Ї: "I",
  Ј: "J",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Ѕ: "S",
  Т: "T",
  Х: "X",
  У: "Y",
  Ү: "Y",
  Ԛ: "Q",
  Ԝ: "W",
  Ӏ: "I",
  Ѵ: "V",
  Ԁ: "D",
  // Cyrillic small
  а: "a",
  с: "c",
  е: "e",
  һ: "h",
  і: "i",
  ї: "i",
  ј: "j",
  о: "o",
  р: "p",
  ѕ: "s",
  х: "x",
  у: "y",
  ү: "y",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  ѵ: "v",
  ԁ: "d",
  ь: "b",
  ԍ: "g",
  ɡ: "g",
  // Greek capitals
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  Ϲ: "C",
  Ϳ: "J",
  // Greek small
  α: "a",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
  η: "n",
  ϲ: "c",
  ϳ: "j",
  // Latin letters of other alphabets, and marks that look like a Latin letter
  ı: "i",
  ȷ: "j",
  ɑ: "a",
  ǀ: "l",
  "\u01c3": "!",
};

const LOOKALIKE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "gu");

/** Characters that show nothing: zero-width, soft hyphen, bidirectional controls, word joiner. */
const INVISIBLE_CHAR =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|\u200d|\u034f/;
const INVISIBLE = new RegExp(INVISIBLE_CHAR.source, "g");
/** Combining marks (after NFKC, a mark left over sits on a base letter it cannot combine with). */
const MARKS = /\p{M}/gu;
const SPACES = /[\s\u00a0\u3000]+/g;
const PLAIN = /^[\x20-\x7e\u4e00-\u9fff]*$/;
/** Hyphens and dashes, which an ID number may be written with or without. */
const DASHES = /[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_/.]/g;

/**
 * A name folded for identity: NFKC (full-width forms), invisible characters and stray combining
 * marks removed, Cyrillic and Greek lookalikes of Latin letters mapped to them, case folded,
 * whitespace runs collapsed to one space and trimmed.
 * @example nameIdentityKey("Ｓｏｌｅ  Нolding") === nameIdentityKey("sole holding") // true
 */
export function nameIdentityKey(name: string): string {
  // Printable ASCII and CJK ideographs: nothing for NFKC or the lookalike table to do.
  if (PLAIN.test(name)) return name.toLowerCase().replace(SPACES, " ").trim();
  return name
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(MARKS, "")
    .replace(LOOKALIKE, (c) => CONFUSABLES[c] ?? c)
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/**
 * An identity number folded: NFKC, lookalike letters mapped, upper case, without spaces, hyphens,
 * dots, slashes and invisible characters.
 * @example idNumberKey(" 9111-0000 мa01 ") // "911100000MA01"
 */
export function idNumberKey(id: string): string {
  return id
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(MARKS, "")
    .replace(LOOKALIKE, (c) => CONFUSABLES[c] ?? c)
    .toUpperCase()
    .replace(SPACES, "")
    .replace(DASHES, "");
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The lookalike characters a name holds, with their code points, for messages.
 * @example lookalikesIn("Sоle") // ["о U+043E"]
 */
export function lookalikesIn(name: string): string[] {
  const found = new Set<string>();
  for (const c of name.normalize("NFKC").replace(INVISIBLE, ""))
    if (CONFUSABLES[c] !== undefined || /\p{M}/u.test(c)) found.add(`${c} ${codePoint(c)}`);
  for (const c of name) if (INVISIBLE_CHAR.test(c)) found.add(codePoint(c));
  return [...found];
}

/** A row that has an identity: its name and, where the table has the column, its ID number. */
export interface IdentityRow {
  readonly name: Sourced<string>;
  readonly idNumber?: Sourced<string>;
}

/**
 * What the identity check found about row `row` (0-based), compared with the earlier row `first`:
 * - `sameId`: the same ID number (an error);
 * - `sameName`: the same folded name, in a table without ID numbers or where one of the two has
 *   none, so they cannot be told apart (an error); `lookalike` when the names as written differ
 *   (lookalike letters, case, width, spacing);
 * - `sameNameOtherId`: the same folded name, different ID numbers: two holders (a notice);
 * - `near`: names that differ by one letter or only in punctuation (a notice).
 */
export type IdentityFinding =
  | { readonly kind: "sameId"; readonly row: number; readonly first: number }
  | {
      readonly kind: "sameName";
      readonly row: number;
      readonly first: number;
      readonly lookalike: boolean;
    }
  | { readonly kind: "sameNameOtherId"; readonly row: number; readonly first: number }
  | { readonly kind: "near"; readonly row: number; readonly first: number };

/** Near-duplicates are looked for between names of at least this many characters (folded). */
export const NEAR_MIN_LENGTH = 4;
/** Names longer than this are compared only for punctuation-only differences. */
const NEAR_MAX_LENGTH = 64;
/**
 * Registers longer than this are compared for one-letter differences no more (only for
 * punctuation-only ones): the check costs one hashed map entry per character of each name, and a
 * register of tens of thousands of holders comes from a share registrar, not from typing.
 */
export const NEAR_EDIT_MAX_ROWS = 20_000;

/** The folded key without spaces and punctuation: "abc co., ltd" and "abc co ltd" meet. */
export function looseKey(key: string): string {
  // In printable ASCII every character but a letter or digit is punctuation, a symbol or a space;
  // no CJK ideograph is: the same result without the Unicode property classes.
  if (PLAIN.test(key)) return key.replace(/[^0-9A-Za-z\u4e00-\u9fff]/g, "");
  return key.replace(/[\p{P}\p{S}\s]/gu, "");
}

/**
 * Characters that number or label otherwise equal names: Chinese numerals, and the heavenly stems
 * and earthly branches used as ordinals (自然人甲, 自然人乙).
 */
const CJK_LABELS = new Set([
  ..."〇零一二三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥",
]);

/**
 * Whether the differing characters chars[from..to) of a name label it rather than misspell it: a
 * digit or numeral, a CJK ordinal, or a letter standing alone as a word ("Fund A", "Fund B").
 */
function isLabel(chars: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = chars[k] ?? "";
    if (/\p{N}/u.test(c) || CJK_LABELS.has(c)) return true;
    const letter = (n: number) => /\p{L}/u.test(chars[n] ?? "");
    if (/\p{Script=Latin}/u.test(c) && !letter(k - 1) && !letter(k + 1)) return true;
  }
  return false;
}

/**
 * True when a and b (both folded, unequal) differ by exactly one inserted, deleted or substituted
 * character, or two adjacent characters swapped, and what differs does not label the names
 * (资产管理计划1号 and 2号, 自然人甲 and 自然人乙, Fund A and Fund B are different holders).
 */
function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const dx = x.slice(i, x.length - j);
  const dy = y.slice(i, y.length - j);
  if (isLabel(x, i, x.length - j) || isLabel(y, i, y.length - j)) return false;
  if (dx.length + dy.length <= 1) return true; // one insertion or deletion
  if (dx.length === 1 && dy.length === 1) return true; // one substitution
  return dx.length === 2 && dy.length === 2 && dx[0] === dy[1] && dx[1] === dy[0]; // a swap
}

const NUMBER_CHAR = /\p{N}/u;

/** /\p{N}/u of one character, without the regular expression for ASCII and CJK ideographs. */
export function isNumberChar(code: number, char: string): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  if (code >= 0x4e00 && code <= 0x9fff) return false; // no ideograph of this block is a number
  return NUMBER_CHAR.test(char);
}

/** Polynomial hashing of names (mod 2^32): a candidate only, each pair is then compared in full. */
const BASE = 0x01000193;

/**
 * Candidate pairs for one edit: names sharing a one-character deletion (or being one), found by
 * hashing each deletion in O(1) from prefix and suffix hashes instead of building its string.
 */
function oneEditPairs(keys: readonly (string | null)[]): [number, number][] {
  const buckets = new Map<number, number[]>();
  const add = (variant: number, row: number) => {
    const list = buckets.get(variant);
    if (list === undefined) buckets.set(variant, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  const powers: number[] = [1];
  for (let k = 1; k <= NEAR_MAX_LENGTH; k++) powers.push(Math.imul(powers[k - 1]!, BASE) >>> 0);
  keys.forEach((key, row) => {
    if (key === null) return;
    const chars = [...key];
    const length = chars.length;
    if (length < NEAR_MIN_LENGTH || length > NEAR_MAX_LENGTH) return;
    const codes = chars.map((c) => c.codePointAt(0) ?? 0);
    // prefix[k]: hash of chars[0..k); suffix[k]: chars[k..length) weighted as in the whole name.
    const prefix = [0];
    for (let k = 0; k < length; k++) prefix.push((Math.imul(prefix[k]!, BASE) + codes[k]!) >>> 0);
    const suffix = new Array<number>(length + 1).fill(0);
    for (let k = length - 1; k >= 0; k--)
      suffix[k] = (suffix[k + 1]! + Math.imul(codes[k]!, powers[length - 1 - k]!)) >>> 0;
    add(prefix[length]!, row);
    // A digit that differs never makes a near-duplicate, so deleting one finds nothing.
    for (let k = 0; k < length; k++)
      if (!isNumberChar(codes[k]!, chars[k]!))
        add((Math.imul(prefix[k]!, powers[length - 1 - k]!) + suffix[k + 1]!) >>> 0, row);
  });
  const pairs = new Map<string, [number, number]>();
  for (const rows of buckets.values()) {
    if (rows.length < 2 || rows.length > 50) continue; // a crowded bucket is a pattern, not a typo
    for (let a = 0; a < rows.length; a++)
      for (let b = a + 1; b < rows.length; b++) {
        const first = rows[a]!;
        const row = rows[b]!;
        const ka = keys[first]!;
        const kb = keys[row]!;
        if (ka !== kb && oneEditApart(ka, kb)) pairs.set(`${first},${row}`, [first, row]);
      }
  }
  return [...pairs.values()];
}

/**
 * Find duplicate and near-duplicate rows of a register or board. The table has an identity column
 * when any row carries `idNumber` (the reader sets it on every row then, blank or not). A row with
 * a blank ID number is compared by name with every other row. Findings are sorted by row; each
 * pair is reported once, at its later row (or at the row without an ID number).
 * @example findIdentityDuplicates([{ name: { value: "Sole" } }, { name: { value: "Sоle" } }])
 * // [{ kind: "sameName", row: 1, first: 0, lookalike: true }]
 */
export function findIdentityDuplicates(rows: readonly IdentityRow[]): IdentityFinding[] {
  const findings: IdentityFinding[] = [];
  const names = rows.map((r) => (r.name.value === null ? null : nameIdentityKey(r.name.value)));
  const ids = rows.map((r) =>
    r.idNumber?.value === null || r.idNumber?.value === undefined
      ? null
      : idNumberKey(r.idNumber.value) || null
  );
  const idColumn = rows.some((r) => r.idNumber !== undefined);

  // Same ID number.
  const firstById = new Map<string, number>();
  ids.forEach((id, row) => {
    if (id === null) return;
    const first = firstById.get(id);
    if (first === undefined) firstById.set(id, row);
    else findings.push({ kind: "sameId", row, first });
  });

  // Same folded name.
  const byName = new Map<string, number[]>();
  names.forEach((key, row) => {
    if (key === null) return;
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [row]);
    else list.push(row);
  });
  const told = new Set<string>(); // pairs already reported
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const first = group[0]!;
      if (!idColumn) {
        if (row === first) continue;
        const lookalike = rows[row]!.name.value !== rows[first]!.name.value;
        findings.push({ kind: "sameName", row, first, lookalike });
        continue;
      }
      if (ids[row] === null) {
        // No ID number: it cannot be told from any other row of that name.
        const other = group.find((o) => o !== row && (o < row || ids[o] !== null));
        if (other === undefined) continue;
        const lookalike = rows[row]!.name.value !== rows[other]!.name.value;
        findings.push({ kind: "sameName", row, first: other, lookalike });
        told.add(`${Math.min(row, other)},${Math.max(row, other)}`);
      } else if (row !== first && ids[first] !== null && ids[first] !== ids[row]) {
        findings.push({ kind: "sameNameOtherId", row, first });
      }
    }
  }

  // Near-duplicates between rows that are not told apart by ID numbers.
  const comparable = (a: number, b: number) =>
    !(ids[a] !== null && ids[b] !== null) && names[a] !== names[b];
  const near = new Map<string, [number, number]>();
  const byLoose = new Map<string, number>();
  names.forEach((key, row) => {
    if (key === null) return;
    const loose = looseKey(key);
    if (loose.length === 0) return;
    const first = byLoose.get(loose);
    if (first === undefined) byLoose.set(loose, row);
    else if (comparable(first, row)) near.set(`${first},${row}`, [first, row]);
  });
  if (rows.length <= NEAR_EDIT_MAX_ROWS)
    for (const [first, row] of oneEditPairs(names))
      if (comparable(first, row)) near.set(`${first},${row}`, [first, row]);
  for (const [key, [first, row]] of near)
    if (!told.has(key)) findings.push({ kind: "near", row, first });

  return findings.sort((a, b) => a.row - b.row || a.first - b.first);
}

/**
 * Findings the workbook reader computed for a rows array it built (reportDuplicates), so that the
 * core's own check of the same rows (validateInputs) does not fold and compare every name again:
 * for a register of 100,000 holders that is a second of CPU. Rows arrays are never changed after
 * they are read.
 */
const keptFindings = new WeakMap<readonly IdentityRow[], readonly IdentityFinding[]>();

/** findIdentityDuplicates, keeping the findings for `identityDuplicatesOf` of the same array. */
export function findAndKeepIdentityDuplicates(
  rows: readonly IdentityRow[]
): readonly IdentityFinding[] {
  const findings = findIdentityDuplicates(rows);
  keptFindings.set(rows, findings);
  return findings;
}

/** The findings kept for this rows array, else findIdentityDuplicates(rows). */
export function identityDuplicatesOf(rows: readonly IdentityRow[]): readonly IdentityFinding[] {
  return keptFindings.get(rows) ?? findIdentityDuplicates(rows);
}
