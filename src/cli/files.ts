import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const SCORED = /\.scored\.xlsx$/i;
/** Names the product gives its portfolio workbook (portfolio.xlsx, or portfolio (2).xlsx …). */
const PORTFOLIO = /^portfolio(?: \(\d+\))?\.xlsx$/i;

/** Outputs of earlier runs and Excel's lock files are not client workbooks. */
export function isClientWorkbook(name: string): boolean {
  return (
    /\.xlsx$/i.test(name) &&
    !SCORED.test(name) &&
    !PORTFOLIO.test(name) &&
    !name.startsWith("~$") &&
    !name.startsWith(".")
  );
}

/**
 * The client workbooks of a folder (not its subfolders), sorted by name. A workbook named like the
 * portfolio is a client's unless the product wrote it (`isPortfolio`).
 */
export async function workbooksIn(
  folder: string,
  isPortfolio: (path: string) => Promise<boolean> = () => Promise.resolve(true)
): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    if (isClientWorkbook(e.name)) names.push(e.name);
    else if (PORTFOLIO.test(e.name) && !(await isPortfolio(join(folder, e.name))))
      names.push(e.name);
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(folder, name));
}

/**
 * Where the scored copy of a workbook goes: `<name>.scored.xlsx` beside it or in `outDir`.
 * @example scoredPath("/in/c1.xlsx") // "/in/c1.scored.xlsx"
 */
export function scoredPath(input: string, outDir?: string): string {
  const name = basename(input).replace(/\.xlsx$/i, "");
  return join(outDir ?? dirname(input), `${name}.scored.xlsx`);
}

export function isScoredFile(path: string): boolean {
  return SCORED.test(path);
}

export type PathKind = "file" | "folder" | "missing";

export async function pathKind(path: string): Promise<PathKind> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
