/**
 * A formula's text as a comparison key: two formulas with one key are the same formula, written
 * the way Excel or LibreOffice Calc writes it back after opening and saving the file. Only what a
 * spreadsheet program rewrites without changing the formula is folded:
 *
 * - the leading "=" and surrounding blanks;
 * - the case of function names, references, defined names and sheet names (Excel compares them
 *   without regard to case), never the text of a string literal;
 * - quotes around a sheet name: `'评分模型'!$C$7`, `评分模型!$C$7` and `'EVALUATION'!$C$7` are
 *   one reference (LibreOffice drops the quotes a name does not need; Excel may add them);
 * - blanks between tokens, except the one between two operands (Excel's intersection operator);
 * - the `_xlfn.` / `_xlws.` / `_xlpm.` prefixes Excel stores before newer function names;
 * - `TRUE()` / `FALSE()` for `TRUE` / `FALSE` (LibreOffice writes the functions);
 * - the implicit-intersection operator `@` that Excel with dynamic arrays shows before a
 *   function or reference of a formula written without it (outside a table's `[@Column]`).
 *
 * Everything else is kept: `$` anchors, numbers as written, operators, argument order, strings.
 */

/** Characters that end a name, reference or number token. */
const DELIMITERS = new Set([..."+-*/^&=<>%,;:(){}[]!\"'@#"]);

function isBlank(ch: string): boolean {
  return /\s/u.test(ch);
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && !DELIMITERS.has(ch) && !isBlank(ch);
}

const PREFIX = /^_XL(FN|WS|PM)\./;

/** A quoted sheet name in canonical form: quoted, quotes doubled, upper case. */
function sheetToken(name: string): string {
  return `'${name.toUpperCase().replace(/'/g, "''")}'!`;
}

/** Tokens of a formula; each is kept as the key writes it. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  let bracket = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < n && !(text[j] === "'" && text[j + 1] !== "'")) {
        name += text[j] ?? "";
        j += text[j] === "'" ? 2 : 1;
      }
      if (text[j + 1] === "!") {
        out.push(sheetToken(name));
        i = j + 2;
      } else {
        out.push(text.slice(i, j + 1).toUpperCase());
        i = j + 1;
      }
    } else if (isBlank(ch)) {
      let j = i;
      while (j < n && isBlank(text[j] ?? "")) j++;
      out.push(" ");
      i = j;
    } else if (ch === "#") {
      const m = /^#[A-Za-z0-9/_.]*[!?]?/.exec(text.slice(i));
      const error = m?.[0] ?? "#";
      out.push(error.toUpperCase());
      i += error.length;
    } else if (isNameChar(ch)) {
      let j = i;
      while (j < n && isNameChar(text[j])) j++;
      const name = text.slice(i, j);
      if (text[j] === "!" && bracket === 0) {
        out.push(sheetToken(name));
        i = j + 1;
      } else {
        out.push(name.toUpperCase().replace(PREFIX, ""));
        i = j;
      }
    } else {
      if (ch === "[") bracket++;
      if (ch === "]") bracket = Math.max(0, bracket - 1);
      // Excel's implicit intersection before a function or reference (not a table's [@Column]).
      if (ch !== "@" || bracket > 0) out.push(ch);
      i++;
    }
  }
  return out;
}

/** Whether a token can end an operand (so a blank after it may be the intersection operator). */
function endsOperand(token: string | undefined): boolean {
  if (token === undefined) return false;
  const last = token[token.length - 1];
  return token !== " " && (isNameChar(last) || last === ")" || last === '"' || last === "'");
}

/** Whether a token can start an operand. */
function startsOperand(token: string | undefined): boolean {
  if (token === undefined) return false;
  const first = token[0];
  return token !== " " && (isNameChar(first) || first === "(" || first === "'");
}

/**
 * The comparison key of a formula (with or without its leading "=").
 * @example formulaKey("=round( '评分模型'!$C$7 , 2)") === formulaKey("ROUND(评分模型!$C$7,2)") // true
 * @example formulaKey("B34*10") === formulaKey("B34") // false
 */
export function formulaKey(formula: string): string {
  const text = formula.trim().replace(/^=/, "").trim();
  const list = tokens(text);
  const kept: string[] = [];
  list.forEach((token, i) => {
    if (token === " ") {
      if (endsOperand(kept[kept.length - 1]) && startsOperand(list[i + 1])) kept.push(" ");
      return;
    }
    kept.push(token);
  });
  // TRUE() and FALSE(): the constants LibreOffice writes as functions.
  const key: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const token = kept[i] ?? "";
    key.push(token);
    if ((token === "TRUE" || token === "FALSE") && kept[i + 1] === "(" && kept[i + 2] === ")")
      i += 2;
  }
  return key.join("");
}

/**
 * Whether two formulas are the same once what spreadsheet programs rewrite on save is folded.
 * @example sameFormula("'Board'!$B$2:$B$8", "BOARD!$B$2:$B$8") // true
 */
export function sameFormula(expected: string, found: string): boolean {
  return formulaKey(expected) === formulaKey(found);
}
