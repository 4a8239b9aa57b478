import { existsSync, mkdtempSync, rmSync } from "fs";
import * as path from "path";
import { chromium, type BrowserContext, type Page, type Route } from "playwright-core";
import type { ExcelHostOptions } from "../host";
import { programGate, type ProgramGate } from "../support/required-program";

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM = "/usr/bin/chromium";

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM);

/** Run, fail (in CI) or skip a suite that needs Chromium: see test/support/required-program.ts. */
export function chromiumGate(): ProgramGate {
  return programGate(
    "Chromium",
    chromiumInstalled() ? null : `${CHROMIUM} is not installed`,
    "apt-get install chromium"
  );
}

/** Where the production taskpane.html loads office.js from (webpack.config.js). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Excel's task pane is 320 px wide by default. */
export const PANE_WIDTH = 320;

/** Chromium's flags for a root user in a container (each launch also gets a fresh profile). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

export interface PaneBrowserOptions {
  /** A folder for the throwaway profile (created inside it, removed on close). */
  readonly tmpDir: string;
  /** The in-memory Excel host bundle, served in place of office.js. */
  readonly hostBundle: string;
  readonly hostOptions: ExcelHostOptions;
}

export interface PaneBrowser {
  readonly page: Page;
  /** Every request the page tried to make outside 127.0.0.1 (each was aborted). */
  readonly offSite: readonly string[];
  /** Uncaught errors in the page, and errors it logged to the console. */
  readonly pageErrors: readonly string[];
  readonly consoleErrors: readonly string[];
}

function isLocal(url: string): boolean {
  try {
    return new URL(url).hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

/**
 * Every request the page makes: office.js from the CDN answered with the Excel host bundle,
 * 127.0.0.1 let through, anything else recorded and aborted.
 */
async function routeRequests(
  context: BrowserContext,
  hostBundle: string,
  offSite: string[]
): Promise<void> {
  await context.route("**/*", (route: Route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN)
      return route.fulfill({ path: hostBundle, contentType: "text/javascript; charset=utf-8" });
    if (isLocal(url)) return route.continue();
    offSite.push(url);
    return route.abort("blockedbyclient");
  });
}

/**
 * Runs `session` with a page in a fresh Chromium profile at the task pane's size, the Excel host
 * standing in for office.js; then closes Chromium and removes the profile, whatever happened.
 */
export async function withPaneBrowser<T>(
  options: PaneBrowserOptions,
  session: (browser: PaneBrowser) => Promise<T>
): Promise<T> {
  const userDataDir = mkdtempSync(path.join(options.tmpDir, "chromium-profile-"));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: PANE_WIDTH, height: 800 },
      serviceWorkers: "block",
      // Fluent UI's motions then finish at once: screenshots never catch a panel mid-expand.
      reducedMotion: "reduce",
    });
    context.setDefaultTimeout(120_000);
    const offSite: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    await routeRequests(context, options.hostBundle, offSite);
    // The host reads its options when its script runs, i.e. before the task pane's bundle.
    await context.addInitScript((hostOptions: ExcelHostOptions) => {
      (window as { __EXCEL_HOST_OPTIONS__?: ExcelHostOptions }).__EXCEL_HOST_OPTIONS__ =
        hostOptions;
    }, options.hostOptions);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    return await session({ page, offSite, pageErrors, consoleErrors });
  } finally {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
