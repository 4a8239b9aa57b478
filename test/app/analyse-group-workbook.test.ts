import { analyseGroupWorkbook, assessGroup } from "../../src/app";
import { formatMessage, LANGUAGES } from "../../src/core";
import { markerName } from "../../src/workbook/plan";
import { holdsGroupTables } from "../../src/workbook/read/group";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import {
  CLEAN_GROUP,
  FAMILY_GROUP,
  groupExampleFromSource,
  SOE_CHAIN,
} from "../support/group-workbook";
import { seedClient } from "../taskpane/workbooks";

const userSheet = (name: string) => ({
  name,
  values: [["mine"]],
  numberFormats: [["General"]],
  tables: [],
});

describe("holdsGroupTables", () => {
  it.each([SOE_CHAIN, FAMILY_GROUP, CLEAN_GROUP])("finds the group tables of %s", (name) => {
    expect(holdsGroupTables(groupExampleFromSource(name))).toBe(true);
  });

  it("does not take a client's workbook, or a lone Members sheet, for a group", () => {
    expect(holdsGroupTables(seedClient())).toBe(false);
    const client = seedClient();
    expect(holdsGroupTables({ ...client, sheets: [...client.sheets, userSheet("Members")] })).toBe(
      false
    );
  });
});

describe.each(LANGUAGES)("analyseGroupWorkbook (%s)", (language) => {
  const soe = groupExampleFromSource(SOE_CHAIN);

  it("plans what assessGroup plans when no sheet stands in the way", () => {
    const outcome = analyseGroupWorkbook(soe, { language });
    const plain = assessGroup(soe, { language, members: [] });
    if (!outcome.ok || !plain.ok) throw new Error("the example is refused");
    expect(outcome.plan).toEqual(plain.plan);
    expect(outcome.json).toEqual(plain.json);
  });

  it("refuses each user's sheet holding a plan sheet's name, at its A1, in both languages", () => {
    const plan = assessGroup(soe, { language, members: [] });
    if (!plan.ok) throw new Error("the example is refused");
    const names = plan.plan.sheets.map((s) => s.name);
    const workbook: WorkbookSnapshot = {
      sheets: [...soe.sheets, ...names.map((n) => userSheet(n.toUpperCase()))],
    };
    const outcome = analyseGroupWorkbook(workbook, { language });
    if (outcome.ok) throw new Error("written over the user's sheets");
    expect(outcome.issues.map((i) => i.at)).toEqual(
      names.map((n) => ({ sheet: n.toUpperCase(), cell: "A1" }))
    );
    for (const issue of outcome.issues)
      for (const l of LANGUAGES) expect(formatMessage(issue.message, l)).toContain(issue.at?.sheet);
  });

  it("replaces its own group sheet (found through its marker), never a sheet merely named so", () => {
    const first = analyseGroupWorkbook(soe, { language });
    if (!first.ok) throw new Error("the example is refused");
    const written = first.plan.sheets.map((s) => ({
      name: s.name,
      values: [] as (string | number | boolean | null)[][],
      numberFormats: [],
      tables: [],
    }));
    // The plan's sheets as written: their values at their cells, their markers.
    for (const [i, sheet] of first.plan.sheets.entries())
      for (const cell of sheet.cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(cell.ref);
        if (m === null) continue;
        const row = Number(m[2]) - 1;
        const column = m[1]!.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
        const values = written[i]!.values;
        while (values.length <= row) values.push([]);
        values[row]![column] = cell.value;
      }
    const again = analyseGroupWorkbook(
      {
        sheets: [...soe.sheets, ...written],
        names: first.plan.sheets.map((s) => ({
          name: markerName(s.role as "group"),
          sheet: s.name,
          range: "A1",
        })),
      },
      { language }
    );
    expect(again.ok).toBe(true);
  });
});
