import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  analyseGroupWorkbook,
  localIsoTime,
  localizeIssue,
  withGroupAudit,
  type ScoredMember,
} from "../../app";
import { enteredBy, loginName } from "../identity";
import { formatAmount, formatMessage, msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { withFileLock } from "../../adapters/xlsx/file-lock";
import { fileIdentity } from "../../adapters/xlsx/safe-write";
import { writeRefusal } from "../../adapters/xlsx/write-errors";
import { flag, parseCommand, text } from "../args";
import { failedLines } from "../format";
import { pathKind } from "../files";
import type { CliIo } from "../io";
import { printer, type Printer } from "../output";
import { UsageError } from "../usage-error";
import { oneLine } from "../visible";

const OPTIONS = {
  lang: { type: "string" },
  members: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  force: { type: "boolean" },
  user: { type: "string" },
} as const;

const SCORED = /\.scored\.xlsx$/i;

/**
 * Where the group copy goes: `<name>.group.xlsx` beside the group workbook or in `outDir`.
 * @example groupPath("/in/g.xlsx") // "/in/g.group.xlsx"
 */
export function groupPath(input: string, outDir?: string): string {
  const name = basename(input).replace(/\.xlsx$/i, "");
  return join(outDir ?? dirname(input), `${name}.group.xlsx`);
}

/**
 * The members' latest scored workbooks in a folder, each verified (a workbook that does not
 * verify is not used, with a message): per client, the most recently modified one.
 */
async function scoredMembers(folder: string, p: Printer): Promise<ScoredMember[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && SCORED.test(e.name) && !e.name.startsWith("~$"))
    .map((e) => join(folder, e.name))
    .sort();
  const latest = new Map<string, { member: ScoredMember; time: number }>();
  for (const file of files) {
    const response = await runJobInWorker({
      kind: "verify",
      input: file,
      file,
      language: p.language,
    });
    if (response.status !== "verified") {
      p.err(p.t("cli.group.memberUnverified", { file: basename(file) }));
      continue;
    }
    const s = response.summary as typeof response.summary & { readonly outcome?: string | null };
    const member: ScoredMember = {
      file: basename(file),
      clientId: s.clientId,
      clientName: s.clientName,
      finalGrade: s.finalGrade,
      recommendedLimit: s.recommendedLimit,
      currency: s.currency,
      outcome: s.outcome ?? null,
    };
    const key = (s.clientId ?? s.clientName ?? file).toLowerCase();
    const time = (await stat(file)).mtimeMs;
    const seen = latest.get(key);
    if (seen === undefined || time > seen.time) latest.set(key, { member, time });
  }
  return [...latest.values()].map((v) => v.member);
}

/** govscore group <group.xlsx> [--members DIR] [--out DIR] [--json] [--lang zh|en] [--force] [--user NAME] */
export async function groupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("group", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "group", argument: "<group.xlsx>" })
    );
  const p = printer(io, parsed.language);
  const read = await runJobInWorker({ kind: "read", input, file: input, language: p.language });
  if (read.status !== "read") {
    if (read.status === "issues")
      for (const line of failedLines(input, read.issues, p.language)) p.err(line);
    return 1;
  }
  const folder = text(parsed, "members") ?? dirname(input);
  if ((await pathKind(folder)) !== "folder") {
    p.err(p.t("cli.group.noFolder", { folder }));
    return 1;
  }
  const members = await scoredMembers(folder, p);
  const assessment = analyseGroupWorkbook(read.snapshot, { language: p.language, members });
  if (!assessment.ok) {
    for (const line of failedLines(input, assessment.issues.map(localizeIssue), p.language))
      p.err(line);
    return 1;
  }
  const out = groupPath(input, text(parsed, "out"));
  const existing = await pathKind(out);
  if (existing !== "missing" && !flag(parsed, "force")) {
    p.err(p.t("cli.group.exists", { file: out }));
    return 1;
  }
  // The audit log: the earlier output's continued (its rules as for clients), else a new chain.
  const previous =
    existing === "missing"
      ? null
      : await runJobInWorker({ kind: "read", input: out, file: out, language: p.language });
  const audited = withGroupAudit(assessment, {
    time: localIsoTime(io.now()),
    user: text(parsed, "user") ?? loginName(io.env),
    enteredBy: enteredBy(io.env),
    language: p.language,
    previous: previous !== null && previous.status === "read" ? previous.snapshot : null,
  });
  if (!audited.ok) {
    for (const line of failedLines(out, audited.issues.map(localizeIssue), p.language)) p.err(line);
    return 1;
  }
  try {
    const { workbookFromSnapshot } = await import("../../adapters/xlsx/workbook-from-snapshot");
    const { applyPlan } = await import("../../adapters/xlsx/apply-plan");
    const { writeWorkbookFile } = await import("../../adapters/xlsx/write-workbook");
    const workbook = workbookFromSnapshot(read.snapshot);
    applyPlan(workbook, audited.plan, read.snapshot);
    await withFileLock(out, async () => {
      const expected = existing === "missing" ? null : await fileIdentity(out);
      await writeWorkbookFile(workbook, out, { input, expected });
    });
  } catch (error) {
    p.err(formatMessage(writeRefusal(out, error).message, p.language));
    return 1;
  }
  const a = assessment.analysis;
  if (flag(parsed, "json")) {
    io.stdout(`${JSON.stringify({ ...assessment.json, output: out }, null, 2)}\n`);
    return 0;
  }
  const c = a.credit;
  p.out(
    p.t("cli.group.summary", {
      group: a.groupName,
      outcome: msg(`group.memberOutcome.${a.outcome}`),
      cap: formatAmount(c.cap),
      headroom: formatAmount(c.headroom),
      allocated: formatAmount(c.allocatedTotal),
      findings: a.findings.length,
      flags: a.flags.length,
      currency: c.currency,
    })
  );
  for (const f of a.findings) p.out(`  - ${oneLine(formatMessage(f.message, p.language))}`);
  for (const f of a.flags) p.out(`  ! ${oneLine(formatMessage(f.message, p.language))}`);
  for (const i of a.treeOrder) {
    const m = a.members[i]!;
    p.out(
      `  ${"  ".repeat(m.depth)}${oneLine(m.name)}  ${m.grade ?? "—"}  ${formatAmount(
        m.recommendedLimit
      )} → ${formatAmount(m.allocatedLimit)}`
    );
  }
  p.out(p.t("cli.group.written", { file: out }));
  return 0;
}
