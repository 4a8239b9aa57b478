import type { MessageRef } from "../core";

/** A mistake in the command line itself (exit code 2, usage printed). */
export class UsageError extends Error {
  constructor(readonly reason: MessageRef) {
    super(reason.key);
    this.name = "UsageError";
  }
}
