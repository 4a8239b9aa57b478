import type { EventContext } from "../workbook/audit";
import type { ScoreOptions } from "./types";

/** What a front end did not say about how it entered an event. */
export const ENTERED_BY_UNKNOWN = "not recorded";

/**
 * The audit context of a run: when, who (declared), in which language, through what.
 * @example eventContext({ now, user: "王芳", language: "zh-CN", enteredBy: "govscore; OS user wang" })
 */
export function eventContext(
  options: Pick<ScoreOptions, "now" | "user" | "language" | "enteredBy">
): EventContext {
  return {
    time: options.now,
    user: options.user,
    language: options.language,
    enteredBy: options.enteredBy ?? ENTERED_BY_UNKNOWN,
  };
}
