/** Worker entry: reads inspected .xlsx bytes with the streaming reader and posts back a plain snapshot. */
import { parentPort, workerData } from "node:worker_threads";
import { readInspectedSnapshot } from "./load-workbook";
import type { ParseResponse, ParseWorkerData } from "./parse-protocol";
import { readIssues } from "./read-issue";

async function parse(data: ParseWorkerData): Promise<ParseResponse> {
  const bytes = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
  const loaded = await readInspectedSnapshot(bytes, data);
  return loaded.ok
    ? { ok: true, snapshot: loaded.snapshot }
    : { ok: false, issues: [...loaded.issues] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const port = parentPort;
if (port) {
  parse(workerData as ParseWorkerData)
    .catch((error: unknown): ParseResponse => ({
      ok: false,
      issues: [readIssues.parseFailed(describe(error))],
    }))
    .then((response) => port.postMessage(response));
}
