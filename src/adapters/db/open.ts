import type { Register } from "../../app/register";
import { openPostgresRegister } from "./postgres";
import { openSqliteRegister } from "./sqlite";

/** Whether `--db` names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * The register `--db` names: `postgres://…` / `postgresql://…`, else an SQLite file (created when
 * missing). Migrations are applied on opening.
 * @example await openRegister("register.sqlite")
 */
export function openRegister(
  target: string,
  options: { readonly now?: () => string } = {}
): Promise<Register> {
  return isPostgresUrl(target)
    ? openPostgresRegister(target, options)
    : openSqliteRegister(target, options);
}
