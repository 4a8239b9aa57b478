import { formatMessage, type MessageRef } from "../../../src/core";
import { scoreWorkbook } from "../../../src/app";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { exampleSnapshot, hostWithPort, NOW, registerRows } from "./helpers";

/**
 * readSnapshot through the in-memory Excel host, against the file adapter: an example workbook
 * loaded into the host reads back as readWorkbookFile read it, in one request.
 */

// Each readWorkbookFile starts a parse worker (about 1 s each, more on a busy machine).

const EXAMPLES = [
  "01-grade-a-ruifeng-precision.xlsx", // Excel tables on sheets named otherwise
  "02-grade-b-huacheng-materials.xlsx", // plain sheets, a formula
  "06-knockout-insider-dongou-valves.xlsx", // three tables stacked on one sheet
  "07-knockout-stake-sum-qilu-seafood.xlsx", // tables at B2 named Shareholder_register…
  "13-listed-zhongyuan-intelligent-equipment.xlsx", // 5,000 holders
  "14-injection-probes-yunfan-ecommerce.xlsx", // holders named =HYPERLINK(…) and +cmd|…
  "15-broken-guinan-sugar.xlsx", // a VLOOKUP giving #N/A, an unread sheet
];

/** A sheet without what only one adapter gives (formulas are not read for inputs). */
function comparable(sheet: SheetSnapshot): Omit<SheetSnapshot, "formulas"> {
  return {
    name: sheet.name,
    values: sheet.values,
    numberFormats: sheet.numberFormats,
    tables: sheet.tables,
  };
}

let files: WorkbookSnapshot[] = [];
beforeAll(async () => {
  files = await Promise.all(EXAMPLES.map(exampleSnapshot));
});

describe.each(EXAMPLES.map((name, i) => [name, i] as const))("%s", (_name, index) => {
  it("reads back as the file adapter reads it, in one request", async () => {
    const file = files[index] as WorkbookSnapshot;
    const { host, port } = hostWithPort({ workbook: file });
    const snapshot = await port.readSnapshot();

    expect(host.requests).toHaveLength(1);
    expect(snapshot.requests).toBe(1);
    expect(host.runs).toEqual([{ delayForCellEdit: true }]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(file.sheets.map((s) => s.name));
    for (const sheet of snapshot.sheets) {
      const fromFile = file.sheets.find((s) => s.name === sheet.name) as SheetSnapshot;
      if (sheet.contentRead) expect(comparable(sheet)).toEqual(comparable(fromFile));
      else expect(sheet).toMatchObject({ values: [], numberFormats: [], tables: [] });
      expect(sheet.protected).toBe(false);
    }
    // The pure layer decides the same from both.
    const options = { language: "zh-CN", now: NOW, user: "王芳" } as const;
    const fromHost = scoreWorkbook(snapshot, options);
    const fromFile = scoreWorkbook(file, options);
    expect(fromHost.ok).toBe(fromFile.ok);
    if (fromHost.ok && fromFile.ok) {
      // The `scored` audit row records the reading notes' digest (layout 4), and the add-in words
      // a formula input's note differently ("as Excel calculated them"): the audit hash is the
      // same exactly when the notes are. (The in-memory host also takes example 14's text
      // "=…" holder name in A15 for a formula, which the file reader does not: a host quirk.)
      const texts = (notices: readonly { message: MessageRef }[]) =>
        notices.map((n) => formatMessage(n.message, "zh-CN"));
      const { auditHead: hostHead, ...hostSummary } = fromHost.summary;
      const { auditHead: fileHead, ...fileSummary } = fromFile.summary;
      expect(hostSummary).toEqual(fileSummary);
      if (JSON.stringify(texts(fromHost.notices)) === JSON.stringify(texts(fromFile.notices)))
        expect(hostHead).toEqual(fileHead);
      else expect({ ...hostHead, hash: "" }).toEqual({ ...fileHead, hash: "" });
    }
    if (!fromHost.ok && !fromFile.ok)
      expect(fromHost.issues.map((i) => [i.code, i.at])).toEqual(
        fromFile.issues.map((i) => [i.code, i.at])
      );
  });
});

describe("readSnapshot", () => {
  it("gives sheets it did not need by name only, with protection and the workbook's names", async () => {
    const { host, port } = hostWithPort({
      workbook: {
        sheets: [
          { name: "Notes", values: [["anything"]], protected: true },
          {
            name: "股东名册",
            values: [
              ["股东名称", "股东类型", "持股比例"],
              ["甲", "自然人", 1],
            ],
          },
        ],
        names: [{ name: "Somewhere", sheet: "Notes", range: "A1:B2" }],
        structureProtected: true,
      },
    });
    const snapshot = await port.readSnapshot();
    expect(host.requests).toHaveLength(1);
    expect(snapshot.sheets[0]).toEqual({
      name: "Notes",
      values: [],
      numberFormats: [],
      tables: [],
      protected: true,
      contentRead: false,
    });
    expect(snapshot.sheets[1]?.values).toEqual([
      ["股东名称", "股东类型", "持股比例"],
      ["甲", "自然人", 1],
    ]);
    expect(snapshot.names).toEqual([{ name: "Somewhere", sheet: "Notes", range: "A1:B2" }]);
    expect(snapshot.structureProtected).toBe(true);
  });

  it("reads a 30,000-row register in request-sized bands, each request under Excel on the web's limit", async () => {
    const { host, port } = hostWithPort({
      workbook: { sheets: [{ name: "股东名册", values: registerRows(30_000) }] },
    });
    const snapshot = await port.readSnapshot();
    // 10,240 rows in the first request, then bands of floor(83,333 / 6) = 13,888 rows.
    expect(host.requests).toHaveLength(1 + Math.ceil((30_001 - 10_240) / 13_888));
    for (const request of host.requests)
      expect(request.responseBytes).toBeLessThan(5 * 1024 * 1024);
    const bytesPerCell = (host.requests[0]?.responseBytes ?? 0) / (10_240 * 6);
    expect(bytesPerCell).toBeLessThan(48);
    const sheet = snapshot.sheets[0];
    expect(sheet?.values).toHaveLength(30_001);
    expect(sheet?.values[30_000]?.[0]).toBe("第30000号（深圳）股权投资合伙企业（有限合伙）");
    expect(sheet?.values[29_999]?.[0]).toBe("第29999号（深圳）股权投资合伙企业（有限合伙）");
  });

  it("falls back to sized bands when the first request is still too large", async () => {
    // Two large registers under two accepted names (an ambiguous workbook): the first request
    // would carry both windows. A small budget and limit keep the test fast.
    const budget = {
      requestBytes: 160_000,
      inputCellBytes: 48,
      productCellBytes: 160,
      inputWindow: { rows: 500, columns: 8 },
      productWindow: { rows: 100, columns: 16 },
      maxSheetCells: 20_000_000,
    };
    const { host, port } = hostWithPort(
      {
        workbook: {
          sheets: [
            { name: "股东名册", values: registerRows(2_000) },
            { name: "Shareholders", values: registerRows(2_000) },
          ],
        },
        payloadLimitBytes: 200_000,
      },
      { budget }
    );
    const snapshot = await port.readSnapshot();
    expect(host.requests[0]?.failed).toMatch(/response payload size/);
    expect(host.requests.slice(1).every((r) => r.failed === undefined)).toBe(true);
    expect(snapshot.sheets.map((s) => s.values.length)).toEqual([2_001, 2_001]);
    const last = registerRows(2_000)[2_000];
    expect(snapshot.sheets[1]?.values[2_000]).toEqual(last?.slice(0, 3));
  });
});
