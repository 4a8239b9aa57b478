import { basename } from "node:path";
import { SingleBar } from "cli-progress";
import type { CliIo } from "./io";
import { oneLine } from "./visible";

export interface Progress {
  readonly tick: (file: string) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/** A progress bar on stderr for a folder run, drawn only when stderr is a terminal. */
export function progressBar(io: CliIo, total: number): Progress {
  if (!io.stderrIsTty || total < 2) return SILENT;
  const bar = new SingleBar({
    stream: io.stderrStream,
    format: "{bar} {value}/{total} {file}",
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { file: "" });
  return {
    tick: (file) => bar.increment(1, { file: oneLine(basename(file)) }),
    stop: () => bar.stop(),
  };
}
