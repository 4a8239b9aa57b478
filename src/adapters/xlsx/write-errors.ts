import { msg, type MessageRef } from "../../core";
import { FileLockedError } from "./file-lock";
import { ConcurrentChangeError, OutputIsInputError } from "./safe-write";

/** Why a file was not written, as a code and a bilingual message naming the file. */
export interface WriteRefusal {
  readonly code: string;
  readonly message: MessageRef;
}

function describe(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}

/**
 * The message for an error of writing `file`: another command's lock, a change by someone else
 * since the file was read (compare-and-swap), the input as output, or a failure of the system.
 * @example writeRefusal("c1.scored.xlsx", error).code // "job.changedMeanwhile"
 */
export function writeRefusal(file: string, error: unknown): WriteRefusal {
  if (error instanceof OutputIsInputError)
    return { code: "job.outputIsInput", message: msg("app.job.outputIsInput", { file }) };
  if (error instanceof ConcurrentChangeError) {
    const key =
      error.found === null
        ? "app.job.removedMeanwhile"
        : error.expected === null
          ? "app.job.createdMeanwhile"
          : "app.job.changedMeanwhile";
    return { code: "job.changedMeanwhile", message: msg(key, { file: error.path }) };
  }
  if (error instanceof FileLockedError) {
    const holder =
      error.holder === null
        ? msg("app.job.lockHolderUnknown")
        : msg("app.job.lockHolder", {
            pid: error.holder.pid,
            host: error.holder.host,
            since: error.holder.since,
          });
    return {
      code: "job.locked",
      message: msg("app.job.locked", { file: error.path, lock: error.lockPath, holder }),
    };
  }
  return {
    code: "job.writeFailed",
    message: msg("app.job.writeFailed", { file, detail: describe(error) }),
  };
}
