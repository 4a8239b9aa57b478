"use strict";
// npm run demo: scores every workbook in examples/ with the command line, writes the scored copies
// and the portfolio summary to out/demo/, then prints the portfolio as a table. The deliberately
// broken example is expected to be refused (govscore exits 1 for it); anything else failing is not.
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const out = path.join(root, "out", "demo");
const lang = process.argv.includes("--lang")
  ? process.argv[process.argv.indexOf("--lang") + 1]
  : "en";
const run = spawnSync(
  process.execPath,
  [
    path.join(root, "bin", "govscore.js"),
    "score",
    path.join(root, "examples"),
    "--out",
    out,
    "--lang",
    lang,
  ],
  { stdio: ["ignore", "ignore", "inherit"] }
);
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 1);

const rows = JSON.parse(readFileSync(path.join(out, "portfolio.json"), "utf8"));
const failed = rows.filter((r) => r.errors.length > 0);
const header = [
  "file",
  "client",
  "grade",
  "final",
  "outcome",
  "score",
  "complete",
  "rating",
  "limit",
  "tenor",
  "flags",
];
// Proceed, refer to a higher authority, or decline (the knock-outs' policy), and a provisional grade.
const OUTCOMES = {
  en: { proceed: "proceed", refer: "refer", decline: "decline", provisional: " (provisional)" },
  zh: { proceed: "正常审批", refer: "提交上级审批", decline: "不予授信", provisional: "（暂定）" },
};
const outcomeText = (r) => {
  const words = OUTCOMES[lang] ?? OUTCOMES.en;
  const kind = r.outcome?.kind ?? "proceed";
  return `${words[kind] ?? kind}${r.provisional === true ? words.provisional : ""}`;
};
const table = rows.map((r) =>
  r.errors.length > 0
    ? [r.file, "—", "refused", "", "", "", "", "", "", "", `${r.errors.length} errors`]
    : [
        r.file.replace(/\.xlsx$/, ""),
        r.clientName ?? "",
        r.modelGrade,
        r.finalGrade,
        outcomeText(r),
        r.score,
        `${(Number(r.completeness) * 100).toFixed(0)}%`,
        r.adjustedRating ?? "—",
        r.recommendedLimit === null ? "—" : Number(r.recommendedLimit).toLocaleString("en"),
        r.recommendedTenorMonths === null ? "—" : String(r.recommendedTenorMonths),
        String(r.flags.length),
      ]
);
// East Asian characters take two columns in a terminal.
const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const widths = header.map((h, i) => Math.max(width(h), ...table.map((row) => width(row[i]))));
const line = (cells) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ");
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
for (const row of table) console.log(line(row));
console.log(
  `\nScored workbooks and portfolio.xlsx / .csv / .json are in ${path.relative(root, out)}/`
);
const unexpected = failed.filter((r) => !r.file.includes("broken"));
if (unexpected.length > 0) {
  console.error(`Unexpected failures: ${unexpected.map((r) => r.file).join(", ")}`);
  process.exit(1);
}
