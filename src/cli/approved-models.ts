import { readFile } from "node:fs/promises";
import { parseApprovedModels } from "../core";
import { issueLine, localizeIssue } from "../app";
import type { ApprovedModelsFile } from "../adapters/xlsx/job-protocol";
import type { Printer } from "./output";

/** The environment variable a deployment sets to its approved-models file (--models wins). */
export const MODELS_ENV = "GOVSCORE_MODELS";

/**
 * The bank's approved-models file named by --models, else by GOVSCORE_MODELS, read and checked
 * once here (every model validated, every fingerprint recomputed) so that a bad file stops the
 * run before any workbook is touched. Undefined: none named (the built-in model alone); null: the
 * file is unusable and the reasons were printed.
 */
export async function approvedModelsFile(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  p: Printer
): Promise<ApprovedModelsFile | undefined | null> {
  const path = option ?? (env[MODELS_ENV] === "" ? undefined : env[MODELS_ENV]);
  if (path === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    p.err(p.t("cli.modelsUnreadable", { file: path, detail }));
    return null;
  }
  const parsed = parseApprovedModels(data, path);
  if (!parsed.ok) {
    p.err(p.t("cli.modelsRefused", { file: path }));
    for (const issue of parsed.issues) p.err(`  ${issueLine(localizeIssue(issue), p.language)}`);
    return null;
  }
  return { source: path, data };
}
