import { constants } from "node:fs";
import { access, mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { portfolioCsvRows, toCsv } from "../app";
import { LANGUAGES, messageTexts } from "../core";
import { ZipArchive, partName } from "../adapters/xlsx/zip-archive";
import { isScoredFile, scoredPath } from "./files";

/**
 * Where `score` writes, decided before any job starts: output names that never collide (also on
 * a case-insensitive file system), never a file the product did not write (unless --force), and
 * a destination folder known to be writable.
 */

/** Files larger than this are not read to decide whether the product wrote them (it did not). */
const MAX_PROBE_BYTES = 50 * 1024 * 1024;

async function bytesOf(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_PROBE_BYTES) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** The named parts of an .xlsx file as text (bounded), or null when it is not a readable zip. */
async function xlsxParts(
  path: string,
  names: readonly string[]
): Promise<Map<string, string> | null> {
  const bytes = await bytesOf(path);
  if (bytes === null) return null;
  try {
    const archive = await ZipArchive.fromBytes(bytes);
    const wanted = new Set(names);
    const entries = (await archive.listEntries()).filter((e) => wanted.has(partName(e)));
    const parts = new Map<string, string>();
    for (const entry of entries) {
      const text = await archive.readText(entry, 4 * 1024 * 1024);
      if (text !== undefined) parts.set(partName(entry), text);
    }
    return parts;
  } catch {
    return null;
  }
}

/**
 * Whether an .xlsx file is a scored workbook the product wrote: its workbook part defines the
 * scorecard's marker name (GovScore_scorecard). Read from the zip alone; nothing is parsed.
 */
export async function isProductScoredWorkbook(path: string): Promise<boolean> {
  const parts = await xlsxParts(path, ["xl/workbook.xml"]);
  const workbook = parts?.get("xl/workbook.xml");
  return workbook !== undefined && /<definedName\b[^>]*\bname="GovScore_scorecard"/.test(workbook);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Whether an .xlsx file is a portfolio the product wrote: created by "Governance Scorecard",
 * holding the portfolio sheet (组合汇总 / Portfolio) and, from this release, the report sheet
 * (组合报表 / Report) after it.
 */
export async function isProductPortfolioXlsx(path: string): Promise<boolean> {
  const parts = await xlsxParts(path, ["xl/workbook.xml", "docProps/core.xml"]);
  const workbook = parts?.get("xl/workbook.xml");
  const core = parts?.get("docProps/core.xml");
  if (workbook === undefined || core === undefined) return false;
  if (!/<dc:creator>Governance Scorecard<\/dc:creator>/.test(core)) return false;
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const names = (key: string) => {
    const texts = messageTexts(key);
    return texts === undefined ? [] : [texts.zh, texts.en].map(escapeXml);
  };
  // The portfolio sheet, then (from the release with the printable report) the report sheet.
  const [first, ...rest] = sheets;
  const reports = names("app.portfolio.reportSheet");
  return (
    names("app.portfolio.sheet").includes(first ?? "") &&
    rest.length <= 1 &&
    rest.every((name) => reports.includes(name ?? ""))
  );
}

/**
 * Whether a .csv file is a portfolio the product wrote: a byte-order mark, then the product's
 * header, whose first five columns (file, client, client ID, model and final grade) every release
 * has written (later releases add columns).
 */
export async function isProductPortfolioCsv(path: string): Promise<boolean> {
  const bytes = await bytesOf(path);
  if (bytes === null) return false;
  const first = bytes.toString("utf8").split("\r\n", 1)[0] ?? "";
  const lead = (language: (typeof LANGUAGES)[number]) =>
    toCsv(portfolioCsvRows([], language)).split(",").slice(0, 5).join(",");
  return LANGUAGES.some((language) => first.startsWith(`${lead(language)},`));
}

/** Whether a .json file is a portfolio the product wrote: an array of workbook summaries. */
export async function isProductPortfolioJson(path: string): Promise<boolean> {
  const bytes = await bytesOf(path);
  if (bytes === null) return false;
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return (
      Array.isArray(value) &&
      value.every(
        (s: unknown) =>
          typeof s === "object" &&
          s !== null &&
          ["file", "modelGrade", "finalGrade", "inputFingerprint", "errors"].every((k) => k in s)
      )
    );
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The key two paths share when a case-insensitive, normalising file system sees one file. */
export function pathKey(path: string): string {
  return resolve(path).normalize("NFC").toLowerCase();
}

/** Why an output was given another name than the one it would have had. */
export type RenameReason =
  { readonly kind: "sameOutput"; readonly other: string } | { readonly kind: "notProducts" };

export interface PlannedOutput {
  readonly input: string;
  readonly output: string;
  /** Set when `output` is not the usual name: the usual name, and why it was not used. */
  readonly renamed?: { readonly wanted: string; readonly reason: RenameReason };
  /** The input is a scored workbook the product wrote: it is updated in place. */
  readonly inPlace?: true;
}

/** `c1.scored.xlsx` → `c1 (2).scored.xlsx`. */
function numbered(path: string, suffix: string, n: number): string {
  const name = basename(path).slice(0, -suffix.length);
  return join(dirname(path), `${name} (${n})${suffix}`);
}

/**
 * The scored copy of each input: `<name>.scored.xlsx`, unless another input of this run writes the
 * same file (A.xlsx and A.XLSX, compared as a case-insensitive file system does) or a file is
 * there that the product did not write (and `force` is off): then `<name> (2).scored.xlsx`, the
 * first free number. Inputs and other outputs are never chosen.
 * @example await planScoredOutputs(["d/A.xlsx", "d/A.XLSX"], undefined, false)
 * // [{ output: "d/A.scored.xlsx" }, { output: "d/A (2).scored.xlsx", renamed: … }]
 */
export async function planScoredOutputs(
  inputs: readonly string[],
  outDir: string | undefined,
  force: boolean
): Promise<PlannedOutput[]> {
  const taken = new Map<string, string>(inputs.map((input) => [pathKey(input), input]));
  const planned: PlannedOutput[] = [];
  for (const input of inputs) {
    // A scored workbook the product wrote is scored again under its own name: in place, or as a
    // copy of that name in --out. Any other *.scored.xlsx is an input like the rest.
    const rescored = isScoredFile(input) && (await isProductScoredWorkbook(input));
    const wanted = rescored
      ? join(outDir ?? dirname(input), basename(input))
      : scoredPath(input, outDir);
    if (rescored && outDir === undefined) {
      planned.push({ input, output: input, inPlace: true });
      continue;
    }
    let output = wanted;
    let reason: RenameReason | undefined;
    for (let n = 2; ; n++) {
      const owner = taken.get(pathKey(output));
      if (owner !== undefined) reason ??= { kind: "sameOutput", other: owner };
      else if (!force && (await exists(output)) && !(await isProductScoredWorkbook(output)))
        reason ??= { kind: "notProducts" };
      else break;
      output = numbered(wanted, ".scored.xlsx", n);
    }
    taken.set(pathKey(output), input);
    planned.push(
      reason === undefined ? { input, output } : { input, output, renamed: { wanted, reason } }
    );
  }
  return planned;
}

export interface PortfolioPaths {
  readonly xlsx: string;
  readonly csv: string;
  readonly json: string;
  /** Set when the usual names (portfolio.*) hold files the product did not write. */
  readonly renamedFrom?: string;
}

/**
 * The portfolio files of a folder run: portfolio.xlsx / .csv / .json, or, when any of them is a
 * file the product did not write (a user's own portfolio.csv, a client workbook named
 * portfolio.xlsx) and `force` is off, `portfolio (2).*`, the first number whose three files are
 * free or the product's. Never a file of `avoid` (the run's inputs and scored copies).
 */
export async function planPortfolio(
  folder: string,
  avoid: readonly string[],
  force: boolean
): Promise<PortfolioPaths> {
  const avoided = new Set(avoid.map(pathKey));
  const at = (stem: string) => ({
    xlsx: join(folder, `${stem}.xlsx`),
    csv: join(folder, `${stem}.csv`),
    json: join(folder, `${stem}.json`),
  });
  const usable = async (path: string, isProducts: (p: string) => Promise<boolean>) =>
    !avoided.has(pathKey(path)) && (force || !(await exists(path)) || (await isProducts(path)));
  for (let n = 1; ; n++) {
    const paths = at(n === 1 ? "portfolio" : `portfolio (${n})`);
    if (
      (await usable(paths.xlsx, isProductPortfolioXlsx)) &&
      (await usable(paths.csv, isProductPortfolioCsv)) &&
      (await usable(paths.json, isProductPortfolioJson))
    )
      return n === 1 ? paths : { ...paths, renamedFrom: at("portfolio").xlsx };
  }
}

/**
 * Make sure `path` is a folder this process can write into, creating the missing folders one by
 * one (Node's recursive mkdir never returns for some paths, such as one under /proc), then
 * creating and removing a probe file. Returns the error code, or null when it is writable.
 * @example await writableFolder("out/scored") // null
 */
export async function writableFolder(path: string): Promise<string | null> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) return "ENOTDIR";
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT") return code ?? "EIO";
    }
    const parent = dirname(current);
    if (parent === current) return "ENOENT";
    missing.unshift(current);
    current = parent;
  }
  try {
    for (const folder of missing) await mkdir(folder);
    await access(resolve(path), constants.W_OK);
    const probe = join(resolve(path), `.govscore-probe.${process.pid}.tmp`);
    const handle = await open(probe, "wx");
    await handle.close();
    await unlink(probe);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "EIO";
  }
}
