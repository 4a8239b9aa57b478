import { cpus, availableParallelism } from "node:os";

/** What the command line touches outside the file system: streams, environment, clock, cores. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  readonly stderrIsTty: boolean;
  readonly stderrStream: NodeJS.WritableStream;
  readonly now: () => Date;
  readonly cores: number;
}

/**
 * A reader that stops reading (`govscore … | head -1`) closes the pipe: the work is done and the
 * files written, so the rest of the output is dropped instead of crashing the process.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

export function processIo(): CliIo {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stderrIsTty: process.stderr.isTTY === true,
    stderrStream: process.stderr,
    now: () => new Date(),
    cores: typeof availableParallelism === "function" ? availableParallelism() : cpus().length,
  };
}
