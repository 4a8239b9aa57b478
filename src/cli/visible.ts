import { visible } from "../core/visible-text";
import type { CliIo } from "./io";

// The functions live in the core, shared with the task pane; the command line keeps its names.
export { jsonText, oneLine, safeMessage, visible } from "../core/visible-text";

/**
 * The command line's streams with everything written made visible: the one place where text
 * reaches the terminal (the progress bar, drawn on the raw stream, makes its file name safe).
 */
export function visibleIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(visible(text)),
    stderr: (text) => io.stderr(visible(text)),
  };
}
