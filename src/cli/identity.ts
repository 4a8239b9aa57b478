import { userInfo } from "node:os";
import type { CliIo } from "./io";

/**
 * The account the command runs under (the login name), or "" when the system will not say.
 * @example loginName(process.env) // "wang"
 */
export function loginName(env: CliIo["env"]): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? "";
  }
}

/**
 * How this command line enters audit events: the names people give are declared, the account is
 * what the operating system says.
 * @example enteredBy(process.env) // "govscore; OS user wang"
 */
export function enteredBy(env: CliIo["env"]): string {
  const login = loginName(env);
  return login === "" ? "govscore" : `govscore; OS user ${login}`;
}
