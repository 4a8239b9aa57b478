import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** jest.config.js, as jest reads it: its projects and the integration pattern. */
interface ProjectConfig {
  readonly displayName: string;
  readonly testRegex: string;
  readonly testPathIgnorePatterns?: readonly string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../jest.config.js") as { projects: ProjectConfig[] };

const root = join(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The projects a file belongs to, by the same rules jest applies (<rootDir> in ignore patterns). */
function projectsOf(file: string): string[] {
  return config.projects
    .filter((project) => new RegExp(project.testRegex).test(file))
    .filter(
      (project) =>
        !(project.testPathIgnorePatterns ?? []).some((pattern) =>
          new RegExp(pattern.replace("<rootDir>", root)).test(file)
        )
    )
    .map((project) => project.displayName);
}

describe("jest projects", () => {
  const tests = files(join(root, "test")).filter((file) => /\.test\.tsx?$/.test(file));

  it("put every test file in exactly one project", () => {
    const wrong = tests
      .map((file) => [relative(root, file), projectsOf(file)] as const)
      .filter(([, projects]) => projects.length !== 1);
    expect(wrong).toEqual([]);
    expect(tests.length).toBeGreaterThan(60);
  });

  it("run the task pane's components in jsdom and the programs in integration", () => {
    const at = (path: string) => projectsOf(join(root, path));
    expect(at("test/core/factors.test.ts")).toEqual(["unit"]);
    expect(at("test/taskpane/session.test.ts")).toEqual(["unit"]);
    expect(at("test/taskpane/pane.test.tsx")).toEqual(["dom"]);
    for (const path of [
      "test/cli/govscore.test.ts",
      "test/adapters/xlsx/read-xlsx.hostile.test.ts",
      "test/workbook/scorecard/libreoffice-recalc.test.ts",
      "test/host/browser-bundle.test.ts",
      "test/e2e/taskpane.e2e.test.ts",
      "test/addin/build.test.ts",
    ])
      expect(at(path)).toEqual(["integration"]);
  });
});
