import * as path from "path";
import webpack from "webpack";

/** The bundle's file name inside the output folder. */
export const HOST_BUNDLE = "excel-host.js";

/**
 * Builds browser-entry.ts (the in-memory Excel host with HyperFormula) into one classic script,
 * `<outDir>/excel-host.js`, with webpack's Node API; resolves to its path. Load it where the page
 * would load office.js. About 5 s in development mode.
 * @example const file = await buildHostBundle(tmpDir); await page.addScriptTag({ path: file });
 */
export function buildHostBundle(
  outDir: string,
  mode: "development" | "production" = "development"
): Promise<string> {
  const config: webpack.Configuration = {
    mode,
    target: "web",
    devtool: false,
    entry: path.join(__dirname, "browser-entry.ts"),
    output: { path: outDir, filename: HOST_BUNDLE, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "..", "..", "tsconfig.json"),
              compilerOptions: { module: "es2020", sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats === undefined || stats.hasErrors())
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      resolve(path.join(outDir, HOST_BUNDLE));
    });
  });
}
