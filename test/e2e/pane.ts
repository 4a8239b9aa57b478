import * as path from "path";
import type { Locator, Page } from "playwright-core";
import {
  formatMessage,
  msg,
  type Language,
  type MessageArg,
  type MessageKey,
  type MessageRef,
} from "../../src/core";
import type { ExcelHost, WorkbookDump } from "../host";
import { PANE_WIDTH } from "./browser";
import type { TypedCell } from "./client-workbook";

export type SectionId =
  "group" | "inputs" | "score" | "trace" | "override" | "verify" | "template" | "model";

interface HostWindow {
  readonly excelHost: ExcelHost;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Exactly `text`, ignoring surrounding white space. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}

/**
 * The task pane as a user sees it, in one language: texts are looked up in the catalogue the pane
 * renders from, so a step waits for exactly what the pane should show.
 */
export class TaskPane {
  private shots = 0;

  constructor(
    readonly page: Page,
    readonly language: Language,
    private readonly screenshotDir: string
  ) {}

  /** A catalogue text in the pane's language. */
  tk(key: MessageKey, params?: Readonly<Record<string, MessageArg>>): string {
    return formatMessage(msg(key, params), this.language);
  }

  /**
   * A catalogue text as a pattern, for texts with figures the test does not pin down: parameters
   * given as patterns match as patterns, the rest literally.
   * @example pane.pattern("app.verify.ok", { cells: /\d+/, rows: "3", … })
   */
  pattern(key: MessageKey, params: Readonly<Record<string, string | RegExp>>): RegExp {
    const holes: string[] = [];
    const literal: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === "string") literal[name] = value;
      else {
        literal[name] = `\ue000${holes.length}\ue000`;
        holes.push(value.source);
      }
    }
    const source = escapeRegExp(this.tk(key, literal)).replace(
      /\ue000(\d+)\ue000/g,
      (_hole, index: string) => `(?:${holes[Number(index)] ?? ""})`
    );
    return new RegExp(`^\\s*${source}\\s*$`);
  }

  /** A message in the pane's language. */
  t(message: MessageRef): string {
    return formatMessage(message, this.language);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole("heading", { level: 1, name: this.tk("tp.title") }).waitFor();
  }

  /** The status bar the session's outcome is announced in. */
  status(): Locator {
    return this.page.locator('[role="status"][aria-live="polite"]');
  }

  async waitForStatus(key: MessageKey, params?: Readonly<Record<string, MessageArg>>) {
    await this.status()
      .filter({ hasText: exactly(this.tk(key, params)) })
      .waitFor();
  }

  button(key: MessageKey, params?: Readonly<Record<string, MessageArg>>): Locator {
    return this.page.getByRole("button", { name: this.tk(key, params), exact: true });
  }

  async click(key: MessageKey, params?: Readonly<Record<string, MessageArg>>): Promise<void> {
    await this.button(key, params).click();
  }

  private sectionHeader(id: SectionId): Locator {
    return this.page.getByRole("button", { name: this.tk(`tp.section.${id}`), exact: true });
  }

  /** The accordion item of a section: its header and, while open, its panel. */
  section(id: SectionId): Locator {
    return this.page.locator(".fui-AccordionItem").filter({
      has: this.page.getByRole("heading", {
        level: 2,
        name: this.tk(`tp.section.${id}`),
        exact: true,
      }),
    });
  }

  async openSection(id: SectionId): Promise<Locator> {
    const header = this.sectionHeader(id);
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await this.page.waitForFunction(
      (h) => h?.getAttribute("aria-expanded") === "true",
      await header.elementHandle()
    );
    return this.section(id);
  }

  async closeSection(id: SectionId): Promise<void> {
    const header = this.sectionHeader(id);
    if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
  }

  /** The value shown beside a term in a section's figures (its description list). */
  figure(section: Locator, termKey: MessageKey): Locator {
    return section
      .locator("dl > div")
      .filter({ has: this.page.locator("dt", { hasText: exactly(this.tk(termKey)) }) })
      .locator("dd");
  }

  async heading(section: Locator, key: MessageKey, params?: Readonly<Record<string, MessageArg>>) {
    await section
      .getByRole("heading", { level: 3, name: this.tk(key, params), exact: true })
      .waitFor();
  }

  dump(): Promise<WorkbookDump> {
    return this.page.evaluate(() => (window as unknown as HostWindow).excelHost.dump());
  }

  /** Waits until the workbook's selection is `address` (as Excel writes it: 'Sheet 1'!B2). */
  async waitForSelection(address: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => (window as unknown as HostWindow).excelHost.dump().selection === expected,
      address
    );
  }

  /** Types into the workbook as a user at the keyboard would (Excel's parsing of typed text). */
  async typeInto(cells: readonly TypedCell[]): Promise<void> {
    await this.page.evaluate((typed) => {
      const host = (window as unknown as HostWindow).excelHost;
      for (const cell of typed) host.typeInto(cell.sheet, cell.ref, cell.value);
    }, cells);
  }

  /** Resolves once every finite animation or transition in the pane has ended (spinners loop). */
  async settled(): Promise<void> {
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined))
      )
    );
  }

  /** Saves the whole pane as `<language>-<n>-<step>.png` and returns the file. */
  async screenshot(step: string): Promise<string> {
    await this.settled();
    this.shots += 1;
    const file = path.join(this.screenshotDir, `${this.language}-${this.shots}-${step}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /**
   * How tall a section's result is at the pane's width: from its result heading (`key`) to the
   * bottom of the section's panel, in CSS pixels.
   */
  async resultHeight(section: Locator, key: MessageKey): Promise<number> {
    const heading = section.getByRole("heading", { level: 3, name: this.tk(key), exact: true });
    const top = (await heading.boundingBox())?.y;
    const panel = await section.locator(".fui-AccordionPanel").first().boundingBox();
    if (top === undefined || panel === null) throw new Error("no result to measure");
    return Math.round(panel.y + panel.height - top);
  }

  /** Basic accessibility at the pane's width: buttons without a name, and horizontal overflow. */
  async accessibilityProblems(): Promise<string[]> {
    const problems: string[] = [];
    const buttons = this.page.getByRole("button");
    const named = this.page.getByRole("button", { name: /\S/ });
    const [all, withName] = [await buttons.count(), await named.count()];
    if (withName !== all) {
      // Only on failure: name the culprits by their markup (an unnamed button's snapshot has no "name").
      for (const button of await buttons.all())
        if (!/^- button "/.test(await button.ariaSnapshot()))
          problems.push(
            `a button without an accessible name: ${await button.evaluate((e) => e.outerHTML)}`
          );
    }
    const scrollWidth = await this.page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > PANE_WIDTH)
      problems.push(`the pane scrolls sideways: scrollWidth ${scrollWidth} > ${PANE_WIDTH}`);
    return problems;
  }
}
