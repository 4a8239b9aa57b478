import type { LocalizedText } from "../../app";
import type { CellRef } from "../../core";

/** What the task pane was doing when Excel (or the engine) failed. */
export type HostStep = "read" | "write" | "select" | "compute";

/** A failure of the host or the engine, kept as state: the view shows it, nothing throws. */
export interface HostFailure {
  readonly step: HostStep;
  /** What went wrong: the adapter's own words in both languages, or the host's text in both. */
  readonly detail: LocalizedText;
  /** The sheet or cell it is about, when the adapter says (a protected sheet, say). */
  readonly at?: CellRef;
}

/** A host call's rejection tagged with the step it failed in. */
export class HostStepError extends Error {
  constructor(
    readonly step: HostStep,
    readonly error: unknown
  ) {
    super(plainMessage(error));
    this.name = "HostStepError";
  }
}

function plainMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return String(error);
}

const isText = (value: unknown): value is string => typeof value === "string";

/**
 * The Office.js adapter's errors carry their text in both languages (`text`) and, where they can,
 * the sheet and cell (`sheet`, `cell`); anything else is worded by its message.
 */
function located(error: unknown): { detail: LocalizedText; at?: CellRef } {
  const plain = plainMessage(error);
  if (typeof error !== "object" || error === null)
    return { detail: { "zh-CN": plain, "en-US": plain } };
  const e = error as { text?: unknown; sheet?: unknown; cell?: unknown };
  const text = e.text as { "zh-CN"?: unknown; "en-US"?: unknown } | undefined;
  const detail =
    typeof text === "object" && text !== null && isText(text["zh-CN"]) && isText(text["en-US"])
      ? { "zh-CN": text["zh-CN"], "en-US": text["en-US"] }
      : { "zh-CN": plain, "en-US": plain };
  if (!isText(e.sheet)) return { detail };
  return { detail, at: { sheet: e.sheet, cell: isText(e.cell) ? e.cell : "A1" } };
}

/**
 * Run one host call; its failure becomes a `HostStepError` naming the step.
 * @example const snapshot = await hostStep("read", () => port.readSnapshot());
 */
export async function hostStep<T>(step: HostStep, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new HostStepError(step, error);
  }
}

/** Anything a task threw, as state: host steps keep their step, the rest is the engine's. */
export function toFailure(error: unknown, step: HostStep = "compute"): HostFailure {
  if (error instanceof HostStepError) return { step: error.step, ...located(error.error) };
  return { step, ...located(error) };
}
