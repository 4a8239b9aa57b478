import { createRequire } from "module";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");

/** webpack.config.js: a function of the CLI's --env and options, as `webpack --mode` calls it. */
type ConfigFactory = (
  env: Record<string, string>,
  options: { mode: "production" | "development" }
) => Promise<webpack.Configuration>;

/**
 * Builds the add-in as `npm run build` does (production: hashed bundles, office.js from the CDN)
 * into `outDir`, with webpack's Node API. Resolves to `outDir`.
 */
export async function buildProductionTaskpane(outDir: string): Promise<string> {
  const configFactory = createRequire(__filename)(
    path.join(ROOT, "webpack.config.js")
  ) as ConfigFactory;
  const config = await configFactory({}, { mode: "production" });
  const compiler = webpack({
    ...config,
    // The config's relative entries and copy patterns are relative to the repository.
    context: ROOT,
    output: { ...config.output, path: outDir },
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats === undefined || stats.hasErrors())
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      resolve();
    });
  });
  return outDir;
}
