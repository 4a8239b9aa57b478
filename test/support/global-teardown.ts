import { rmSync } from "node:fs";
import { stopLibreOffice } from "./libreoffice";
import { RUN_DIR_ENV } from "./run-dir";

/** Stops what the run started (LibreOffice) and removes the run folder. */
export default function globalTeardown(): void {
  const dir = process.env[RUN_DIR_ENV];
  if (dir === undefined || dir === "") return;
  stopLibreOffice(dir);
  rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR_ENV];
}
