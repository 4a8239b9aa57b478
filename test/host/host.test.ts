import { createExcelHost, type ExcelHost } from "./index";

/**
 * The in-memory host behaves as Office.js and Excel do where the add-in depends on it: proxies,
 * load and sync, null objects, Excel's reading of written strings, calculation, payload limits,
 * batches that stop at the first failure.
 */

type Context = Excel.RequestContext;

function run<T>(host: ExcelHost, batch: (context: Context) => Promise<T>): Promise<T> {
  return host.run({}, batch);
}

describe("proxies, load and sync", () => {
  it("reads a property only after load and sync, and knows null objects after the request", async () => {
    const host = createExcelHost({ workbook: { sheets: [{ name: "A", values: [[1, "x"]] }] } });
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("A").getRange("A1:B1");
      range.load("values, address");
      // Reading before sync on purpose: the host must throw as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      // eslint-disable-next-line office-addins/call-sync-before-read -- on purpose, as above
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]);
      expect(range.address).toBe("A!A1:B1");
      // eslint-disable-next-line office-addins/load-object-before-read -- on purpose: never loaded
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(missing.isNullObject).toBe(true);
      // Chains from a null object are null objects, never errors.
      const used = missing.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    expect(host.requests).toHaveLength(2);
  });

  it("loads collection items, with paths through navigation properties", async () => {
    const host = createExcelHost({
      workbook: {
        sheets: [
          { name: "A", values: [], protected: true },
          { name: "B", values: [] },
        ],
      },
    });
    await run(host, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ["A", true],
        ["B", false],
      ]);
    });
  });

  it("fails a missing item with ItemNotFound and keeps what ran before it", async () => {
    const host = createExcelHost({ workbook: { sheets: [{ name: "A", values: [] }] } });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add("B");
        context.workbook.worksheets.getItem("Nope").delete();
        context.workbook.worksheets.add("C");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.dump().sheets.map((s) => s.name)).toEqual(["A", "B"]);
  });
});

describe("cells", () => {
  it("reads written strings as Excel does, except in cells formatted as text", async () => {
    const host = createExcelHost({ workbook: { sheets: [{ name: "A", values: [] }] } });
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A2:F2").numberFormat = [["@", "@", "@", "@", "@", "@"]];
      const probes = ["=1+1", "0.35", "TRUE", "+1+1", "@SUM(1)", "＝1+1"];
      sheet.getRange("A1:F1").values = [probes];
      sheet.getRange("A2:F2").values = [probes];
      sheet.getRange("A3").formulas = [["=A1*10"]];
      const range = sheet.getRange("A1:F3");
      range.load("values, valueTypes, formulas");
      await context.sync();
      expect(range.values[0]).toEqual([2, 0.35, true, 2, 1, 2]);
      expect(range.values[1]).toEqual(probes);
      expect(range.valueTypes[1]).toEqual([
        "String",
        "String",
        "String",
        "String",
        "String",
        "String",
      ]);
      expect(range.values[2]?.[0]).toBe(20);
      expect(range.formulas[2]?.[0]).toBe("=A1*10");
    });
  });

  it.each(["=SUM(", "='Nope'!A1"])("refuses the formula %s", async (formula) => {
    const host = createExcelHost();
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("follows renamed sheets, and turns references to a deleted one into #REF! for good", async () => {
    const host = createExcelHost({
      workbook: {
        sheets: [
          { name: "Model", values: [[5]] },
          { name: "Card", values: [[null]], formulas: [["'Model'!A1*2"]] },
        ],
        names: [{ name: "Mark", sheet: "Model", range: "A1" }],
      },
    });
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Model").name = "Model 2";
      await context.sync();
    });
    expect(host.valueAt("Card", "A1")).toBe(10);
    expect(host.dump().names).toEqual([{ name: "Mark", formula: "='Model 2'!$A$1" }]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Model 2").delete();
      context.workbook.worksheets.add("Model 2");
      await context.sync();
    });
    expect(host.valueAt("Card", "A1")).toBe("#REF!");
    expect(host.dump().names).toEqual([{ name: "Mark", formula: "=#REF!" }]);
  });

  it("keeps protected sheets and a protected structure as they are", async () => {
    const host = createExcelHost({
      workbook: {
        sheets: [
          { name: "A", values: [[1]], protected: true },
          { name: "B", values: [] },
        ],
      },
    });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").values = [[2]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    host.protectStructure();
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add("C");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("requests", () => {
  it("refuses responses and requests over the payload limit, as Excel on the web", async () => {
    const host = createExcelHost({
      workbook: {
        sheets: [
          {
            name: "A",
            values: Array.from({ length: 200 }, (_, i) => [`row ${i} ${"x".repeat(40)}`]),
          },
        ],
      },
      payloadLimitBytes: 4_000,
    });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1:A200").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("B1:B200").values = Array.from(
          { length: 200 },
          () => ["y".repeat(40)]
        );
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.valueAt("A", "B1")).toBe("");
    expect(host.requests.map((r) => r.failed !== undefined)).toEqual([true, true]);
  });

  it("fails an operation on request, for tests of failing writes", async () => {
    const host = createExcelHost();
    host.failWhen((op) => op.type === "Range" && op.name === "values");
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("Office globals", () => {
  it("answers onReady, the language, requirement sets and associated actions", async () => {
    const host = createExcelHost({ excelApi: "1.8", displayLanguage: "zh-CN" });
    expect(await host.Office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(host.Office.context.displayLanguage).toBe("zh-CN");
    host.Office.context.displayLanguage = "en-US";
    expect(host.Office.context.displayLanguage).toBe("en-US");
    const sets = host.Office.context.requirements;
    expect([
      sets.isSetSupported("ExcelApi", "1.8"),
      sets.isSetSupported("ExcelApi", "1.9"),
      sets.isSetSupported("WordApi", "1.1"),
    ]).toEqual([true, false, false]);
    const action = jest.fn();
    host.Office.actions.associate("go", action);
    host.actions.get("go")?.("event");
    expect(action).toHaveBeenCalledWith("event");
    const result = await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    expect(result).toBe("Sheet1");
    expect(host.runs).toEqual([{ delayForCellEdit: false }]);
  });
});

describe("what the officer sees: hidden sheets, rows and columns, special cells", () => {
  const workbook = {
    sheets: [
      {
        name: "Reg",
        values: [
          ["a", "b", "c"],
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        formulas: [[], ["", "A2*2", ""], [], ["", "", "A4+1"]],
        visibility: "hidden" as const,
        hiddenRows: [2],
        hiddenColumns: [{ first: 0, last: 0 }],
      },
    ],
  };

  it("gives visibility, rowHidden and columnHidden as Excel does (true, false, or null when mixed)", async () => {
    const host = createExcelHost({ workbook });
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Reg");
      sheet.load("visibility");
      const all = sheet.getRange("A1:C4");
      all.load("rowHidden, columnHidden");
      const row = sheet.getRange("A3:C3");
      row.load("rowHidden, columnHidden");
      await context.sync();
      expect(sheet.visibility).toBe("Hidden");
      expect([all.rowHidden, all.columnHidden]).toEqual([null, null]);
      expect([row.rowHidden, row.columnHidden]).toEqual([true, null]);
    });
    host.setVisibility("Reg", "VeryHidden");
    host.hideRows("Reg", [3], false);
    host.hideColumns("Reg", ["A"], false);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Reg");
      sheet.load("visibility");
      const all = sheet.getRange("A1:C4");
      all.load("rowHidden, columnHidden");
      await context.sync();
      expect(sheet.visibility).toBe("VeryHidden");
      expect([all.rowHidden, all.columnHidden]).toEqual([false, false]);
    });
  });

  it("lists visible and formula cells as RangeAreas, a null object when there are none", async () => {
    const host = createExcelHost({ workbook });
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Reg").getRange("A1:C4");
      const visible = range.getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      const formulas = range.getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      formulas.areas.load("items/address, items/formulas");
      const none = context.workbook.worksheets
        .getItem("Reg")
        .getRange("A1:A4")
        .getSpecialCellsOrNullObject("Visible");
      none.load("address");
      await context.sync();
      expect(visible.address).toBe("Reg!B1:C2, Reg!B4:C4");
      expect(formulas.areas.items.map((a) => [a.address, a.formulas])).toEqual([
        ["Reg!B2", [["=A2*2"]]],
        ["Reg!C4", [["=A4+1"]]],
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("has no getSpecialCells below ExcelApi 1.9", async () => {
    const host = createExcelHost({ workbook, excelApi: "1.8" });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Reg").getRange("A1:C4").getSpecialCells("Visible");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
