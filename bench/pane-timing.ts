/**
 * Goal 4 (time): the shipped task pane in headless Chromium with the in-memory Excel host (the
 * e2e suite's set-up, test/e2e/): how long until the first view (the Score button) is on screen,
 * and until the scorecard is rendered after a click on Score, and how many Office.js requests the
 * scoring made. Figures for BENCHMARKS.md; tests never assert times.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMessage, msg, type MessageKey } from "../src/core";
import { chromiumInstalled, withPaneBrowser } from "../test/e2e/browser";
import { loadClientExample } from "../test/e2e/client-workbook";
import { serveStatic } from "../test/e2e/static-server";
import type { ExcelHost } from "../test/host";
import { excelHostBundle } from "../test/support/addin-build";
import { SEED_EXAMPLE } from "../test/support/examples";

export interface PaneTiming {
  /** From navigation to the Score button on screen, ms (median). */
  readonly firstViewMs: number;
  /** From the click on Score to the summary card on screen, ms (median). */
  readonly scorecardMs: number;
  /** Office.js requests (Excel.run syncs) one scoring made. */
  readonly requests: number;
  readonly runs: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Measures the production build in `distDir` `runs` times, each in a fresh Chromium profile. */
export async function paneTiming(distDir: string, runs = 5): Promise<PaneTiming | string> {
  if (!chromiumInstalled()) return "Chromium missing";
  const tmp = mkdtempSync(join(tmpdir(), "gs-goal-pane-time-"));
  const server = await serveStatic(distDir);
  try {
    const [hostBundle, client] = await Promise.all([
      excelHostBundle(),
      loadClientExample(`${SEED_EXAMPLE}.xlsx`),
    ]);
    const language = "en-US" as const;
    const tk = (key: MessageKey) => formatMessage(msg(key), language);
    const workbook = {
      sheets: client.snapshot.sheets.map((s) => ({
        name: s.name,
        values: s.values,
        numberFormats: s.numberFormats,
      })),
    };
    const firstView: number[] = [];
    const scorecard: number[] = [];
    let requests = 0;
    for (let i = 0; i < runs; i++) {
      await withPaneBrowser(
        { tmpDir: tmp, hostBundle, hostOptions: { displayLanguage: language, workbook } },
        async ({ page }) => {
          const now = () => page.evaluate(() => performance.now());
          const hostRequests = () =>
            page.evaluate(
              () => (window as unknown as { excelHost: ExcelHost }).excelHost.requests.length
            );
          await page.goto(`${server.baseUrl}taskpane.html`);
          const scoreButton = page.getByRole("button", { name: tk("tp.score.run"), exact: true });
          await scoreButton.waitFor();
          firstView.push(await now());
          await page.getByLabel(tk("tp.officer.label")).fill("Bench");
          await page.getByRole("button", { name: tk("tp.officer.save"), exact: true }).click();
          const before = await hostRequests();
          const clicked = await now();
          await scoreButton.click();
          await page.getByRole("region", { name: tk("tp.card.label") }).waitFor();
          scorecard.push((await now()) - clicked);
          requests = (await hostRequests()) - before;
        }
      );
    }
    return {
      firstViewMs: median(firstView),
      scorecardMs: median(scorecard),
      requests,
      runs,
    };
  } catch (error) {
    return String(error);
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
