/**
 * Builds the Excel add-in (task pane + function-file commands) into dist/.
 *
 *   npm run build       production: office.js from Microsoft's CDN; manifest URLs rewritten from
 *                       https://localhost:3000/ to ADDIN_PUBLIC_URL
 *   npm run build:dev   development: office.js copied from @microsoft/office-js into
 *                       dist/assets/office-js/, so nothing is fetched from the network
 *   npm run dev-server  development build served on https://localhost:3000 (scripts/certs.js)
 *
 * Override where office.js comes from with `--env officeJs=cdn` or `--env officeJs=local`.
 */
/* global URL */
const path = require("path");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const fs = require("fs");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const defaultPublicUrl = "https://www.contoso.com/governance-scorecard/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsLocalDir = "assets/office-js/";
const devServerPort = 3000;

/**
 * GOVSCORE_MODELS: the bank's approved-models file, built into the bundle in place of
 * assets/approved-models.json (which approves model 1 alone). The add-in validates it when it
 * starts (every fingerprint recomputed); here it must at least exist and be JSON.
 */
function approvedModelsPlugins() {
  const file = (process.env.GOVSCORE_MODELS || "").trim();
  if (file === "") return [];
  const resolved = path.resolve(file);
  try {
    JSON.parse(fs.readFileSync(resolved, "utf8"));
  } catch (error) {
    throw new Error(`GOVSCORE_MODELS: cannot use ${resolved}: ${error.message}`);
  }
  return [new webpack.NormalModuleReplacementPlugin(/assets[\\/]approved-models\.json$/, resolved)];
}

/**
 * The plain ES5 script that recognises old Office webviews (Internet Explorer 11, EdgeHTML) and
 * says which Office is needed; inlined as the first script of both pages, so it runs before
 * office.js and the modern bundles (src/old-office/old-office.js).
 */
function oldOfficeScript() {
  return fs.readFileSync(path.join(__dirname, "src", "old-office", "old-office.js"), "utf8");
}

/** ADDIN_PUBLIC_URL, validated and ending in "/": where the production files will be hosted. */
function publicUrl() {
  const raw = (process.env.ADDIN_PUBLIC_URL || defaultPublicUrl).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_PUBLIC_URL must use https:// (Office loads add-ins over HTTPS only): "${raw}"`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be a plain base URL, without query or fragment: "${raw}"`
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL in the manifest to the production base URL. */
function rewriteManifest(content, baseUrl) {
  return content.toString("utf8").split(urlDev).join(baseUrl);
}

/** Files of @microsoft/office-js that an Excel add-in can load; other hosts and debug builds are skipped. */
function officeJsCopyPattern() {
  const dist = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist"
  );
  const otherHosts = ["access", "onenote", "outlook", "powerpoint", "project", "visio", "word"];
  return {
    from: dist,
    to: officeJsLocalDir,
    // Already minified by Microsoft: keep Terser off these 15 MB in a production-mode build.
    info: { minimized: true },
    // A filter on file names, not glob ignores: those depend on where node_modules really is.
    filter: (file) => {
      const name = path.basename(file);
      if (name.endsWith(".debug.js") || name.endsWith(".d.ts") || name.includes("vsdoc"))
        return false;
      return !otherHosts.some((host) => name.startsWith(host));
    },
  };
}

async function getHttpsOptions() {
  // Only for `webpack serve`; the certificate helper sets OFFICE_ADDIN_USAGE_DATA_OPT_OUT itself.
  return require("./scripts/certs").getHttpsOptions();
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const officeJs = env.officeJs || (dev ? "local" : "cdn");
  if (officeJs !== "local" && officeJs !== "cdn") {
    throw new Error(`--env officeJs must be "local" or "cdn", not "${officeJs}"`);
  }
  const officeJsUrl = officeJs === "cdn" ? officeJsCdn : `${officeJsLocalDir}office.js`;
  const baseUrl = dev ? urlDev : publicUrl();

  const config = {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed names in production so Office's aggressive web cache never mixes two releases.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Keep dist/node: the compiled command line lives there (npm run build:cli).
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // The sources are side-effect free modules but for the entries, the catalogue (and
          // Node's workers, never bundled): webpack may then drop a module none of whose exports is used, so
          // what the task pane imports through an index (src/core, src/app) brings only what it
          // uses, and the first load only what the first view needs (issue 12).
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src"),
          exclude: [
            path.resolve(__dirname, "src/taskpane/index.tsx"),
            path.resolve(__dirname, "src/commands/commands.ts"),
            // Adds the whole catalogue to the formatter when imported (src/taskpane/pane-messages.ts).
            path.resolve(__dirname, "src/core/i18n/messages.ts"),
          ],
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // `npm run typecheck` does the type checking; ES modules let webpack tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      ...approvedModelsPlugins(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl, oldOfficeScript: oldOfficeScript() },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl, oldOfficeScript: oldOfficeScript() },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content, baseUrl)),
          },
          ...(officeJs === "local" ? [officeJsCopyPattern()] : []),
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The task pane's libraries (React, Fluent UI and theirs) in a chunk of their own: its
          // name changes only when they do, so Office's web cache keeps it across releases of the
          // add-in. Only the pane's first load (the commands' page keeps its one script); the
          // chunks loaded on demand keep their own libraries (decimal.js, @noble/hashes).
          paneVendor: {
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === "taskpane",
            name: "vendor",
            enforce: true,
          },
        },
      },
      // SWC minifies in about a fifth of Terser's time (the default), to a bundle of the same size.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify })],
    },
    performance: {
      // React + Fluent UI; the task pane is loaded once per session from a nearby host.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith(officeJsLocalDir),
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: devServerPort,
    },
  };

  return config;
};

module.exports.urlDev = urlDev;
module.exports.defaultPublicUrl = defaultPublicUrl;
module.exports.officeJsCdn = officeJsCdn;
