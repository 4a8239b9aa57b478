import { Worker, type ResourceLimits } from "node:worker_threads";
import {
  SupervisedWorker,
  type WorkerBudget,
  type WorkerOutcome,
} from "../../../src/adapters/xlsx/worker-supervisor";

/**
 * The one supervisor of the xlsx adapter's workers (the parser and the pool's job workers), with
 * small inline workers: each behaviour a worker can show (an answer, a loop, a leak, an exit, an
 * exception) and what the supervisor makes of it.
 */

const BUDGET: WorkerBudget = { deadlineMs: 60_000, heapMb: 256 };

interface Echo {
  readonly id: number;
  readonly doubled: number;
}

/** A worker from inline JavaScript with the supervisor's resource limits; counts its exits. */
function inline(code: string, exits: number[] = []) {
  return (resourceLimits: ResourceLimits): Worker => {
    const worker = new Worker(code, { eval: true, resourceLimits });
    worker.on("exit", (code) => exits.push(code));
    return worker;
  };
}

/** Answers { id, doubled } to every { id, value }. */
const ECHO = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, value }) => parentPort.postMessage({ id, doubled: value * 2 }));
`;

function issueOf<R>(outcome: WorkerOutcome<R>) {
  if (outcome.ok) throw new Error(`expected an issue, got ${JSON.stringify(outcome.reply)}`);
  return outcome.issue;
}

/** Until the worker's 'exit' was seen (terminate resolves before the event is delivered). */
async function exited(exits: number[]): Promise<void> {
  for (let i = 0; i < 100 && exits.length === 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("a supervised worker", () => {
  it("answers request after request from one worker, ignoring replies it does not accept", async () => {
    const exits: number[] = [];
    const worker = new SupervisedWorker<Echo>(inline(ECHO, exits), BUDGET, { name: "worker" });
    expect(await worker.request({ id: 1, value: 21 })).toEqual({
      ok: true,
      reply: { id: 1, doubled: 42 },
    });
    expect(
      await worker.request({ id: 2, value: 5 }, (reply) => reply.id === 2 && reply.doubled === 10)
    ).toEqual({ ok: true, reply: { id: 2, doubled: 10 } });
    expect(worker.alive).toBe(true);
    expect(exits).toEqual([]);
    await worker.stop();
    expect(worker.alive).toBe(false);
  });

  it("takes a worker's one unasked reply (the parser answers its workerData)", async () => {
    const code = `require("node:worker_threads").parentPort.postMessage({ id: 0, doubled: 0 });`;
    const worker = new SupervisedWorker<Echo>(inline(code), BUDGET, { name: "parser" });
    expect(await worker.request()).toEqual({ ok: true, reply: { id: 0, doubled: 0 } });
    await worker.stop();
  });

  it("stops a worker past the deadline: parse.timeout, in both languages, worker terminated", async () => {
    const exits: number[] = [];
    const worker = new SupervisedWorker<Echo>(
      inline("for (;;) {}", exits),
      { ...BUDGET, deadlineMs: 1_000 },
      { name: "worker" }
    );
    const issue = issueOf(await worker.request());
    expect(issue.code).toBe("parse.timeout");
    expect(issue.message["en-US"]).toContain("longer than 1 s and was stopped");
    expect(issue.message["zh-CN"]).toContain("读取工作簿超过 1 秒，已停止");
    expect(worker.alive).toBe(false);
    await exited(exits);
    expect(exits).toHaveLength(1);
  });

  it("stops a worker that outgrows its heap cap: parse.outOfMemory, naming the cap", async () => {
    const code = "const kept = []; for (;;) kept.push(new Array(100000).fill({ a: kept.length }));";
    const worker = new SupervisedWorker<Echo>(
      inline(code),
      { ...BUDGET, heapMb: 32 },
      { name: "parser" }
    );
    const issue = issueOf(await worker.request());
    expect(issue.code).toBe("parse.outOfMemory");
    expect(issue.message["en-US"]).toContain("more than 32 MB of memory");
    expect(issue.message["zh-CN"]).toContain("所需内存超过 32 MB");
    expect(worker.alive).toBe(false);
  });

  it("reports a worker that exits on its own, with the exit code", async () => {
    const worker = new SupervisedWorker<Echo>(inline("process.exit(3);"), BUDGET, {
      name: "parser",
    });
    const issue = issueOf(await worker.request());
    expect(issue.code).toBe("parse.failed");
    expect(issue.message["en-US"]).toContain("(the parser stopped with exit code 3)");
    expect(issue.message["zh-CN"]).toContain("（the parser stopped with exit code 3）");
    expect(worker.alive).toBe(false);
  });

  it("reports an uncaught exception in the worker with its message", async () => {
    const worker = new SupervisedWorker<Echo>(inline('throw new Error("crafted file");'), BUDGET, {
      name: "worker",
    });
    const issue = issueOf(await worker.request());
    expect(issue.code).toBe("parse.failed");
    expect(issue.message["en-US"]).toContain("(crafted file)");
    expect(worker.alive).toBe(false);
  });

  it("notices a worker that stopped while idle, and answers the next request with parse.failed", async () => {
    const exits: number[] = [];
    const code = `${ECHO}\nparentPort.once("message", () => setTimeout(() => process.exit(5), 10));`;
    const worker = new SupervisedWorker<Echo>(inline(code, exits), BUDGET, { name: "worker" });
    expect((await worker.request({ id: 1, value: 1 })).ok).toBe(true);
    await exited(exits);
    expect(exits).toEqual([5]);
    expect(worker.alive).toBe(false);
    expect(issueOf(await worker.request({ id: 2, value: 2 })).code).toBe("parse.failed");
  });

  it("refuses a second request while one is running (a programming error)", async () => {
    const worker = new SupervisedWorker<Echo>(inline(ECHO), BUDGET, { name: "worker" });
    const first = worker.request({ id: 1, value: 1 });
    expect(() => worker.request({ id: 2, value: 2 })).toThrow("one request at a time");
    expect(await first).toEqual({ ok: true, reply: { id: 1, doubled: 2 } });
    await worker.stop();
  });
});
