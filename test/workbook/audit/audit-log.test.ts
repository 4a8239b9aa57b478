import { formatMessage, sha256Hex } from "../../../src/core";
import {
  appendAuditEvent,
  auditEventFor,
  auditLogPlan,
  auditRowHash,
  GENESIS_HASH,
  readAuditLog,
  verifyAuditChain,
  type AuditEvent,
  type AuditRow,
} from "../../../src/workbook/audit";
import { director, holder, inputs } from "../../core/builders";
import { scored } from "../../core/helpers";
import { planToSnapshot, withCell } from "../model-sheet/plan-snapshot";

const MODEL = "a".repeat(64);
const INPUT = "b".repeat(64);

function event(i: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    time: `2025-03-0${i}T09:30:00+08:00`,
    user: i % 2 === 0 ? "王芳" : "Li Lei",
    event: "scored",
    modelFingerprint: MODEL,
    inputFingerprint: INPUT,
    result: `score 7${i}.00 · model C · final C`,
    enteredBy: "govscore; OS user test",
    ...overrides,
  };
}

function log(n: number): AuditRow[] {
  let rows: AuditRow[] = [];
  for (let i = 1; i <= n; i++) rows = appendAuditEvent(rows, event(i));
  return rows;
}

describe("the audit log", () => {
  it("chains each row to the one before, from 64 zeros", () => {
    const rows = log(3);
    expect(rows.map((r) => r.sequence)).toEqual([1, 2, 3]);
    expect(rows[0]!.previousHash).toBe(GENESIS_HASH);
    expect(rows[1]!.previousHash).toBe(rows[0]!.hash);
    expect(rows[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    const { hash, ...fields } = rows[2]!;
    expect(auditRowHash(fields)).toBe(hash);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
    expect(verifyAuditChain([])).toEqual({ ok: true });
  });

  it("appends without touching existing rows", () => {
    const rows = log(2);
    const more = appendAuditEvent(rows, event(3, { event: "overridden", reason: "诉讼未决" }));
    expect(more.slice(0, 2)).toEqual(rows);
    expect(more[2]).toMatchObject({ sequence: 3, event: "overridden", reason: "诉讼未决" });
  });

  it("hashes the canonical JSON of the fields and the previous hash (format 2: also format and entry)", () => {
    const row = log(1)[0]!;
    expect(row.format).toBe("2");
    // Recomputed independently: keys sorted, no spaces.
    const text =
      `{"enteredBy":"govscore; OS user test","event":"scored","format":"2",` +
      `"inputFingerprint":"${INPUT}","modelFingerprint":"${MODEL}",` +
      `"previousHash":"${GENESIS_HASH}","reason":"","result":"score 71.00 · model C · final C",` +
      `"sequence":1,"time":"2025-03-01T09:30:00+08:00","user":"Li Lei"}`;
    expect(row.hash).toBe(sha256Hex(text));
    // A format-1 row (written before formats were recorded) hashes the first ten fields only.
    const legacy = { ...row, format: "", enteredBy: "" };
    const text1 =
      `{"event":"scored","inputFingerprint":"${INPUT}","modelFingerprint":"${MODEL}",` +
      `"previousHash":"${GENESIS_HASH}","reason":"","result":"score 71.00 · model C · final C",` +
      `"sequence":1,"time":"2025-03-01T09:30:00+08:00","user":"Li Lei"}`;
    expect(auditRowHash(legacy)).toBe(sha256Hex(text1));
  });

  it("sees an edited entry channel or format of a format-2 row", () => {
    const rows = log(2);
    expect(verifyAuditChain([rows[0]!, { ...rows[1]!, enteredBy: "Excel add-in" }])).toMatchObject({
      ok: false,
      row: 2,
      reason: "hash",
    });
    expect(verifyAuditChain([rows[0]!, { ...rows[1]!, format: "1" }])).toMatchObject({
      ok: false,
      row: 2,
      reason: "hash",
    });
  });

  it.each([
    ["an edited reason", (rows: AuditRow[]) => (rows[2] = { ...rows[2]!, reason: "x" }), 3, "hash"],
    [
      "an edited result",
      (rows: AuditRow[]) => (rows[1] = { ...rows[1]!, result: "score 99.00 · model A · final A" }),
      2,
      "hash",
    ],
    ["a removed row", (rows: AuditRow[]) => rows.splice(1, 1), 2, "sequence"],
    [
      "a removed and renumbered row",
      (rows: AuditRow[]) => {
        rows.splice(1, 1);
        for (let i = 1; i < rows.length; i++) rows[i] = { ...rows[i]!, sequence: i + 1 };
      },
      2,
      "previousHash",
    ],
    ["swapped rows", (rows: AuditRow[]) => rows.splice(1, 2, rows[2]!, rows[1]!), 2, "sequence"],
    [
      "a rehashed edit (the next row still points at the old hash)",
      (rows: AuditRow[]) => {
        const edited = { ...rows[1]!, user: "someone else" };
        rows[1] = { ...edited, hash: auditRowHash(edited) };
      },
      3,
      "previousHash",
    ],
  ] as const)("names the first broken row after %s", (_name, tamper, row, reason) => {
    const rows = log(5);
    tamper(rows);
    const verdict = verifyAuditChain(rows);
    expect(verdict).toMatchObject({ ok: false, row, reason });
    if (verdict.ok) return;
    expect(formatMessage(verdict.message, "zh-CN")).toContain(`第${row}条`);
    expect(formatMessage(verdict.message, "en-US")).toContain(`row ${row}`);
  });

  it("round-trips through its sheet byte for byte, hostile texts included", () => {
    let rows = log(2);
    rows = appendAuditEvent(
      rows,
      event(3, { user: '=HYPERLINK("x")', reason: "+cmd|' /C calc'!A0\n第二行" })
    );
    const plan = auditLogPlan(rows, "zh-CN");
    expect(plan).toMatchObject({ name: "审计日志", role: "auditLog" });
    expect(plan.cells.every((c) => c.formula === undefined)).toBe(true);
    expect(plan.cells.find((c) => c.ref === "A1")!.value).toBe("序号");
    const back = readAuditLog(planToSnapshot(plan));
    expect(back).toEqual(rows);
    expect(verifyAuditChain(back)).toEqual({ ok: true });
    const next = appendAuditEvent(back, event(4));
    expect(readAuditLog(planToSnapshot(auditLogPlan(next, "en-US"))).slice(0, 3)).toEqual(rows);
  });

  it("sees an edit made on the sheet", () => {
    const rows = log(4);
    const sheet = withCell(planToSnapshot(auditLogPlan(rows, "en-US")), "H3", "changed");
    expect(verifyAuditChain(readAuditLog(sheet))).toMatchObject({
      ok: false,
      row: 2,
      reason: "hash",
    });
    const renumbered = withCell(planToSnapshot(auditLogPlan(rows, "en-US")), "A4", "x");
    expect(verifyAuditChain(readAuditLog(renumbered))).toMatchObject({
      row: 3,
      reason: "sequence",
    });
  });

  it("records a scored client's result in the user's language", () => {
    const result = scored(
      inputs({
        board: [director("甲", "chair"), director("乙", "director")],
        holders: [holder("A", "private", "100")],
      })
    );
    const zh = auditEventFor("scored", result, {
      time: "t",
      user: "王芳",
      language: "zh-CN",
      enteredBy: "Excel add-in",
    });
    expect(zh.result).toBe(
      `得分 ${result.score.toFixed(2)} · 模型等级 ${result.modelGrade} · 最终等级 ${result.finalGrade}`
    );
    expect(zh.modelFingerprint).toBe(result.modelFingerprint);
    const en = auditEventFor("approved", result, {
      time: "t",
      user: "Li",
      language: "en-US",
      enteredBy: "govscore",
      reason: "ok",
    });
    expect(en.result).toMatch(/^score \d+\.\d\d · model [A-D] · final [A-D]$/);
    expect(en.reason).toBe("ok");
  });
});
