import fc from "fast-check";
import { formatMessage } from "../../src/core";
import {
  recordRows,
  registerConflict,
  registeredEvent,
  resultFigures,
  type RegisteredChain,
} from "../../src/app/register";
import { chain, recordOf } from "../support/register";

const held = (rows: ReturnType<typeof chain>) =>
  rows.map((r) => registeredEvent(r, rows[0]!.hash, "C1"));

describe("the register anchors a workbook's audit chain", () => {
  const log = chain("C1", ["scored", "overridden", "approved"]);

  it("a log that holds every registered event at its position extends the register", () => {
    expect(registerConflict(log, held(log), [])).toBeNull();
    expect(registerConflict(log, held(log.slice(0, 2)), [])).toBeNull();
  });

  it("a truncated log names the first event the register holds and the log lacks", () => {
    const conflict = registerConflict(log.slice(0, 2), held(log), []);
    expect(conflict).toMatchObject({ kind: "truncated", sequence: 3, row: 4 });
    const text = formatMessage(conflict!.message, "en-US");
    expect(text).toContain("event 3 (overridden by Wang Fang");
    expect(text).toContain(log[2]!.hash.slice(0, 12));
    expect(formatMessage(conflict!.message, "zh-CN")).toContain("历史被截断");
  });

  it("a rewritten log names the first event that differs, as the register holds it and as found", () => {
    const other = chain("C1", ["scored", "overridden"], { from: log.slice(0, 2), user: "Mallory" });
    const conflict = registerConflict(other, held(log), []);
    expect(conflict).toMatchObject({ kind: "rewritten", sequence: 3 });
    const text = formatMessage(conflict!.message, "en-US");
    expect(text).toContain("by Wang Fang");
    expect(text).toContain("by Mallory");
  });

  it("a chain the register does not hold: replaced when the client has other chains, else not recorded", () => {
    const elsewhere: RegisteredChain = {
      chain: "f".repeat(64),
      clientId: "C1",
      events: 4,
      lastHash: "e".repeat(64),
      lastTime: "2026-01-01T00:00:00Z",
    };
    expect(registerConflict(log, [], [elsewhere])).toMatchObject({ kind: "replaced", row: 2 });
    expect(registerConflict(log, [], [])).toMatchObject({ kind: "notRecorded" });
    expect(registerConflict([], [], [])).toMatchObject({ kind: "notRecorded" });
  });

  it("any change of any registered event's hash is named at its position (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (position) => {
        const tampered = log.map((r, i) =>
          i === position - 1 ? { ...r, hash: "0".repeat(64) } : r
        );
        expect(registerConflict(tampered, held(log), [])?.sequence).toBe(position);
      })
    );
  });
});

describe("what a workbook adds to the register", () => {
  it("only the events past those held; the latest scoring is the last scored event", () => {
    const rows = chain("C1", ["scored", "overridden", "scored"]);
    const added = recordRows(recordOf(rows, "C1"), 2);
    expect(added.events.map((e) => e.sequence)).toEqual([3, 4]);
    expect(added.latestScoring).toBe(rows[3]!.hash);
    expect(added.clientId).toBe("C1");
    expect(added.chain).toBe(rows[0]!.hash);
  });

  it("reads score and grades from a result line in either language", () => {
    expect(resultFigures("score 73.00 · model C · final B")).toEqual({
      score: "73.00",
      modelGrade: "C",
      finalGrade: "B",
    });
    expect(resultFigures("得分 25.50 · 模型等级 D · 最终等级 D · 上调至C待审批")).toEqual({
      score: "25.50",
      modelGrade: "D",
      finalGrade: "D",
    });
    expect(resultFigures("JX-GC-2024-0042")).toBeNull();
  });
});
