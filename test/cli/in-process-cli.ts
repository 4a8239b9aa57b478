import { availableParallelism } from "node:os";
import { Writable } from "node:stream";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { visible } from "../../src/cli/visible";
import type { Run } from "./compiled-cli";

/**
 * What a command's process would have had as its environment: runCli's (compiled-cli.ts), less
 * NODE_PATH (the sources find node_modules themselves). TZ is only what the command reads from
 * its environment: the clock keeps this process's time zone (jest's sandbox cannot change it),
 * and no command-line test depends on the zone (the audit log's times carry their offset).
 */
function environment(extra: Record<string, string> | undefined): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    TZ: "Asia/Shanghai",
    ...extra,
  };
}

/** One run at a time: the working directory belongs to the whole process. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the command line in this process, as `govscore <args>` in `cwd` would: the same `main`
 * that bin/govscore.js calls, with the streams, environment and working directory a child
 * process would have had, and an error thrown out of `main` reported as `run()` reports it
 * (its stack on stderr, exit code 1). It costs no process start and no module loading: most
 * command-line tests run this way; what needs a real process (exit codes of bin/govscore.js,
 * killed processes, concurrent processes and their locks) uses runCli.
 */
export function runCliInProcess(
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Record<string, string> }
): Promise<Run> {
  const run = queue.then(() => runOnce(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnce(
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Record<string, string> }
): Promise<Run> {
  const env = environment(options.env);
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    stderrIsTty: false,
    stderrStream: new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    }),
    now: () => new Date(),
    cores: availableParallelism(),
  };
  const cwd = process.cwd();
  process.chdir(options.cwd);
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } catch (error) {
    stderr += `${visible(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`;
    return { code: 1, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}
