"use strict";
// jest's transformer for .ts and .tsx: SWC (@swc/core, already the production build's minifier)
// transpiles file by file, with no type check (`npm run typecheck` does that). A cold run (every
// CI run, in a fresh clone) transpiles about 400 files once per jest worker; SWC does it several
// times faster than ts-jest (which loads the TypeScript compiler in each worker).
//
// SWC's CommonJS exports are getters that cannot be redefined, so a suite replaces a module's
// export with jest.mock (hoisted above the imports, as with ts-jest), never with jest.spyOn.
const { createHash } = require("node:crypto");
const swc = require("@swc/core");
const SWC_VERSION = require("@swc/core/package.json").version;

/** The options of tsconfig.json that matter for emitting (target ES2020, CommonJS, react-jsx). */
function options(filename) {
  return {
    filename,
    sourceMaps: "inline",
    swcrc: false,
    configFile: false,
    jsc: {
      parser: { syntax: "typescript", tsx: filename.endsWith(".tsx") },
      target: "es2020",
      transform: {
        react: { runtime: "automatic" },
        // jest.mock(...) calls hoisted above the imports.
        hidden: { jest: true },
      },
    },
    module: { type: "commonjs" },
  };
}

module.exports = {
  process(source, filename) {
    const { code, map } = swc.transformSync(source, options(filename));
    return { code, map };
  },
  getCacheKey(source, filename, transformOptions) {
    return createHash("sha256")
      .update(SWC_VERSION)
      .update("\0")
      .update(JSON.stringify(options(filename)))
      .update("\0")
      .update(source)
      .update("\0")
      .update(transformOptions.configString)
      .digest("hex");
  },
};
