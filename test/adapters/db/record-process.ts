// A separate process recording five clients' chains in the register named by argv[3]
// (register-db.test.ts runs three at once: each event must be recorded once).
import { openRegister } from "../../../src/adapters/db/open";
import { chain, recordOf } from "../../support/register";

async function main(): Promise<void> {
  const db = process.argv[3]!;
  const register = await openRegister(db);
  try {
    const books = ["P1", "P2", "P3", "P4", "P5"].map((id) =>
      recordOf(chain(id, ["scored", "overridden", "approved"]), id)
    );
    for (const book of books) {
      const outcome = await register.record(book);
      if (!outcome.ok) throw new Error(`refused ${book.summary.clientId ?? ""}`);
    }
  } finally {
    await register.close();
  }
}

main().then(
  () => (process.exitCode = 0),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  }
);
