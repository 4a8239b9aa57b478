/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are caught by `npm run typecheck`; jest only transpiles.
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
};
