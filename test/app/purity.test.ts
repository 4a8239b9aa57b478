import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const APP = join(__dirname, "../../src/app");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]
  );
}

describe("the app layer, shared by the add-in and the CLI", () => {
  it.each(files(APP))("%s imports only the core and the workbook layer", (file) => {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const spec of imports) expect(spec).toMatch(/^\.\/|^\.\.\/(core|workbook)(\/|$)/);
    expect(text).not.toMatch(/\b(Office|Excel)\.|require\(|process\.|console\./);
  });
});
