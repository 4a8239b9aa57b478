import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import {
  ACTION_KIND,
  ACTION_KINDS,
  DEFAULT_MODEL,
  formatMessage,
  msg,
  ENUMS,
  FLAG_ACTIONS,
  isMessageKey,
  leavesOf,
  MESSAGES,
  PROFILE_ITEMS,
} from "../../src/core";

describe("the message catalogue", () => {
  const entries = Object.entries(MESSAGES);
  it.each(entries)("%s exists in both languages with the same placeholders", (_key, entry) => {
    expect(entry.en.trim()).not.toBe("");
    expect(entry.zh.trim()).not.toBe("");
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(names(entry.zh)).toEqual(names(entry.en));
  });

  it("labels every enum value, profile item, flag and action", () => {
    for (const [name, values] of Object.entries(ENUMS))
      for (const v of values) expect(isMessageKey(`enum.${name}.${v}`)).toBe(true);
    for (const item of PROFILE_ITEMS) expect(isMessageKey(`item.${item.key}`)).toBe(true);
    for (const factor of DEFAULT_MODEL.factors) expect(isMessageKey(factor.name)).toBe(true);
    for (const knockout of DEFAULT_MODEL.knockouts)
      expect(isMessageKey(`sc.knockout.${knockout.id}`)).toBe(true);
    for (const [flag, actions] of Object.entries(FLAG_ACTIONS)) {
      expect(isMessageKey(`flag.${flag}`)).toBe(true);
      for (const a of actions) expect(isMessageKey(a)).toBe(true);
    }
  });

  it.each(leavesOf(DEFAULT_MODEL.spec).map((l) => [l.path, l.leaf] as const))(
    "describes parameter %s on the model sheet",
    (path, leaf) => {
      expect(isMessageKey(leaf.description?.key ?? `ms.param.${path}`)).toBe(true);
    }
  );
});

describe("the pure core", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]
    );
  it.each(files(join(__dirname, "../../src/core")))(
    "%s imports no Office.js, exceljs, React or Node built-ins",
    (file) => {
      const text = readFileSync(file, "utf8");
      const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      for (const spec of imports)
        expect(
          spec === "decimal.js" || spec.startsWith("@noble/hashes") || spec.startsWith(".")
        ).toBe(true);
      // No Office.js calls, and no Number arithmetic (Decimal#toNumber for an array index is fine).
      expect(text).not.toMatch(
        /\b(Office|Excel)\.(context|run|onReady|RequestContext)|(^|[^\w.])(Number|parseFloat)\(/m
      );
    }
  );
});

describe("one term per concept", () => {
  it("classifies every action of every flag as a due-diligence requirement or a credit condition", () => {
    for (const [flag, actions] of Object.entries(FLAG_ACTIONS))
      for (const action of actions)
        expect([flag, ACTION_KINDS.includes(ACTION_KIND[action])]).toEqual([flag, true]);
    expect(ACTION_KIND["action.priorConsentRelatedParty"]).toBe("creditCondition");
    expect(ACTION_KIND["action.analyseMajorHolder"]).toBe("dueDiligence");
  });

  it("has no English '(s)' or 'notch': plurals are chosen by count", () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const text = entry.en.replace(/\{[^{}]*\}/g, "");
      expect([key, /\w\((s|es)\)/.test(text)]).toEqual([key, false]);
      expect([key, /notch/i.test(text)]).toEqual([key, false]);
    }
    expect(formatMessage(msg("cli.failed", { file: "a.xlsx", count: 1 }), "en-US")).toBe(
      "a.xlsx: not scored (1 problem):"
    );
    expect(formatMessage(msg("cli.failed", { file: "a.xlsx", count: 2 }), "en-US")).toBe(
      "a.xlsx: not scored (2 problems):"
    );
  });

  it("uses one Chinese term for an override, the credit adjustment and a red flag", () => {
    const zh = Object.values(MESSAGES).map((e) => e.zh);
    for (const retired of ["等级调整", "授信调整建议", "风险提示", "尽调措施"])
      expect([retired, zh.filter((t) => t.includes(retired)).length]).toEqual([
        retired,
        retired === "尽调措施" ? 1 : 0,
      ]);
  });
});
