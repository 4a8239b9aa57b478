/**
 * Three jest projects, all run by `npm test` (select one with `npx jest --selectProjects unit`):
 *
 *   unit         in-process tests in Node: core, workbook, app, the in-memory Excel host, the
 *                task pane's state and hooks
 *   dom          the task pane's components in jsdom (test/taskpane/*.test.tsx)
 *   integration  everything that starts worker threads, child processes, builds or programs: the
 *                adapters, the command line, the examples, LibreOffice, Chromium, the add-in build
 *
 * Each test file belongs to exactly one project (test/support/projects.test.ts checks it). The
 * integration project's global setup prepares what its suites share once per run (test/support/).
 */

/** The integration suites, as a regular expression on the test file's path. */
const INTEGRATION =
  "/test/((adapters|cli|addin|e2e|examples)/.*|host/browser-bundle|.*libreoffice[^/]*)\\.test\\.ts$";

const shared = {
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  transform: {
    // Type errors are caught by `npm run typecheck`; jest only transpiles, file by file (tsconfig
    // has isolatedModules), with SWC (test/support/swc-transform.js). A module's exports are
    // replaced in a suite with jest.mock, not jest.spyOn (SWC's exports cannot be redefined).
    "^.+\\.tsx?$": "<rootDir>/test/support/swc-transform.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // Tests never fail on timing: jest's 5 s default failed passing tests on a loaded 2-core
  // machine. A test that hangs still fails, after ten minutes. No test file sets a shorter timeout.
  // (A global option: projects ignore it.)
  testTimeout: 600_000,
  // Jest's default is one worker fewer than the cores (a single worker on two cores).
  maxWorkers: "100%",
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testRegex: "/test/.*\\.test\\.ts$",
      testPathIgnorePatterns: ["/node_modules/", INTEGRATION],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFilesAfterEnv: ["<rootDir>/test/support/dom-setup.ts"],
      testRegex: "/test/.*\\.test\\.tsx$",
    },
    {
      ...shared,
      displayName: "integration",
      testEnvironment: "node",
      testRegex: INTEGRATION,
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
    },
  ],
};
