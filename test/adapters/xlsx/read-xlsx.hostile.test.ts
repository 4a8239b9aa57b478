import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import {
  DEFAULT_READ_LIMITS,
  readWorkbookFile,
  type ReadIssue,
  type ReadIssueCode,
  type ReadLimits,
} from "../../../src/adapters/xlsx/read-xlsx";
import * as workerStart from "../../../src/adapters/xlsx/start-parse-worker";
import {
  baseWorkbook,
  deflatedZerosSheet,
  SHEET_PART,
  sheetXml,
  withSheetXml,
  type Deflated,
} from "./helpers/hostile-files";
import { rezip } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";
import { writeZip } from "./helpers/zip-writer";

const MB = 1024 * 1024;
const temp = suiteTempDir("hostile");

// Every parse worker started, watched (the mock calls through). A module's exports are replaced
// with jest.mock, not jest.spyOn (test/support/swc-transform.js).
jest.mock("../../../src/adapters/xlsx/start-parse-worker", () => {
  const actual = jest.requireActual<typeof workerStart>(
    "../../../src/adapters/xlsx/start-parse-worker"
  );
  return { ...actual, startParseWorker: jest.fn() };
});
const { startParseWorker: realStartParseWorker } = jest.requireActual<typeof workerStart>(
  "../../../src/adapters/xlsx/start-parse-worker"
);
const parserStarts = jest.mocked(workerStart.startParseWorker);
beforeEach(() => {
  parserStarts.mockReset();
  parserStarts.mockImplementation(realStartParseWorker);
});

/**
 * Reads `bytes` from a file and expects exactly one issue with `code`, in both languages. The
 * cheap refusal is the point: unless `by` says the parser refuses it, no parse worker (and no
 * exceljs) was ever started for the file, so a crafted file costs the inspection only.
 */
async function expectRefused(
  name: string,
  bytes: Buffer | string,
  code: ReadIssueCode,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  by: "inspection" | "parser" = "inspection"
): Promise<ReadIssue> {
  const path = temp.file(name, bytes);
  const result = await readWorkbookFile(path, limits);
  if (result.ok) throw new Error(`${name} was read, expected ${code}`);
  expect(result.issues.map((issue) => issue.code)).toEqual([code]);
  expect(parserStarts).toHaveBeenCalledTimes(by === "parser" ? 1 : 0);
  const [issue] = result.issues;
  if (!issue) throw new Error("no issue");
  expect(issue.message["en-US"]).toMatch(/\w{3}/);
  expect(issue.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  return issue;
}

describe("files that are not .xlsx workbooks", () => {
  it("refuses a missing path and a directory", async () => {
    const missing = await readWorkbookFile(join(temp.path(), "nope.xlsx"));
    expect(missing.ok || missing.issues[0]?.code).toBe("file.notFound");
    const dir = join(temp.path(), "folder.xlsx");
    mkdirSync(dir);
    const directory = await readWorkbookFile(dir);
    expect(directory.ok || directory.issues[0]?.code).toBe("file.notFound");
    expect(parserStarts).not.toHaveBeenCalled();
  });

  it("refuses an empty file", async () => {
    const issue = await expectRefused("empty.xlsx", "", "file.notXlsx");
    expect(issue.message["en-US"]).toContain("empty");
  });

  it("refuses a CSV renamed .xlsx, saying it looks like text", async () => {
    const issue = await expectRefused(
      "register.xlsx",
      "Holder,Shares\nAlpha,1200\n",
      "file.notXlsx"
    );
    expect(issue.message["en-US"]).toBe(
      "The file is not an .xlsx workbook (no zip signature). It looks like a text file " +
        "(for example CSV); open it in Excel and save it as .xlsx."
    );
    expect(issue.message["zh-CN"]).toContain("文件不是 .xlsx 工作簿（缺少 zip 签名）。");
  });

  it("refuses a PDF renamed .xlsx", async () => {
    const pdf = Buffer.concat([
      Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
      randomBytes(2000),
    ]);
    const issue = await expectRefused("annual-report.xlsx", pdf, "file.notXlsx");
    expect(issue.message["en-US"]).toContain("PDF");
  });

  it("refuses a legacy .xls or password-protected workbook (OLE compound file)", async () => {
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4000)]);
    await expectRefused("legacy.xlsx", ole, "file.encryptedOrLegacy");
  });

  it("refuses a zip without workbook parts", async () => {
    const plain = writeZip([{ name: "hello.txt", data: "hello" }]);
    const issue = await expectRefused("plain.xlsx", plain, "file.notXlsx");
    expect(issue.message["en-US"]).toContain("[Content_Types].xml or xl/workbook.xml");
    const docx = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<document/>" },
    ]);
    const docIssue = await expectRefused("letter.xlsx", docx, "file.notXlsx");
    expect(docIssue.message["en-US"]).toContain("no xl/workbook.xml");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxFileBytes: 1000 };
    await expectRefused("big.xlsx", await baseWorkbook(), "file.tooLarge", limits);
  });
});

describe("damaged zips", () => {
  it("refuses a valid workbook cut in half", async () => {
    const whole = await baseWorkbook();
    const issue = await expectRefused(
      "half.xlsx",
      whole.subarray(0, whole.length / 2),
      "file.truncated"
    );
    expect(issue.message["zh-CN"]).toContain("截断");
  });

  it("refuses a part whose CRC does not match", async () => {
    const bad = await rezip(await baseWorkbook(), {
      [SHEET_PART]: { data: sheetXml({}), declaredCrc32: 1234 },
    });
    await expectRefused("crc.xlsx", bad, "zip.corrupt");
  });

  it("refuses a part compressed with a method .xlsx never uses", async () => {
    const bad = await rezip(await baseWorkbook(), {
      [SHEET_PART]: { data: sheetXml({}), store: true, declaredMethod: 12 },
    });
    await expectRefused("bzip2.xlsx", bad, "zip.unsupportedEntry");
  });
});

describe("zip bombs", () => {
  let zeros: Deflated;
  beforeAll(async () => {
    zeros = await deflatedZerosSheet(250 * MB);
  });

  it("refuses a sheet part that inflates 1,000 times to 250 MB", async () => {
    expect(zeros.bytes.length).toBeLessThan(MB);
    const bomb = await rezip(await baseWorkbook(), { [SHEET_PART]: { deflated: zeros } });
    const issue = await expectRefused("bomb.xlsx", bomb, "zip.compressionRatio");
    expect(issue.message["en-US"]).toContain(SHEET_PART);
  });

  it("stops inflating a part whose central directory understates its size", async () => {
    const liar = await rezip(await baseWorkbook(), {
      [SHEET_PART]: { deflated: zeros, declaredUncompressedSize: 10_000 },
    });
    const issue = await expectRefused("liar.xlsx", liar, "zip.sizeMismatch");
    expect(issue.message["en-US"]).toContain("declares 10,000 bytes but expands to more than");
  });

  it("refuses a workbook declaring more than 300 MB uncompressed at a plausible ratio", async () => {
    const big = await rezip(await baseWorkbook(), {
      "xl/media/image1.png": {
        deflated: { bytes: randomBytes(2 * MB), size: 301 * MB, crc32: 0 },
      },
    });
    await expectRefused("huge.xlsx", big, "zip.tooLargeUncompressed");
  });

  it("refuses many parts that each stay under the ratio floor but together inflate 900 times", async () => {
    const zeros = Buffer.alloc(900 * 1024, "0");
    const deflated = { bytes: deflateRawSync(zeros), size: zeros.length, crc32: crc32(zeros) };
    const parts = Array.from({ length: 150 }, (_, i) => [`xl/media/pad${i}.bin`, { deflated }]);
    const bomb = await rezip(await baseWorkbook(), Object.fromEntries(parts));
    const issue = await expectRefused("spread-bomb.xlsx", bomb, "zip.compressionRatio");
    expect(issue.message["en-US"]).toMatch(/^The workbook expands/);
  });

  it("refuses a zip of more than 10,000 entries", async () => {
    const names = Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, store: true }));
    await expectRefused("many.xlsx", writeZip(names), "zip.tooManyEntries");
  });
});

describe("sheet bombs", () => {
  it("reads the crafted base sheet when nothing in it is hostile", async () => {
    const path = temp.file("benign.xlsx", await withSheetXml(sheetXml({ merges: ["A1:B1"] })));
    const result = await readWorkbookFile(path);
    expect(result.ok && result.value.sheets[0]?.values).toEqual([[1]]);
    expect(parserStarts).toHaveBeenCalledTimes(1);
  });

  it("refuses a merge covering the whole grid", async () => {
    const xml = sheetXml({ merges: ["A1:XFD1048576"] });
    const issue = await expectRefused(
      "merge-all.xlsx",
      await withSheetXml(xml),
      "sheet.mergeTooLarge"
    );
    expect(issue).toMatchObject({ sheet: "Register", cell: "A1:XFD1048576" });
  });

  it("refuses a merge beyond Excel's grid", async () => {
    const xml = sheetXml({ merges: ["A1:XFE1"] });
    await expectRefused("merge-out.xlsx", await withSheetXml(xml), "sheet.mergeTooLarge");
  });

  it("refuses tens of thousands of merges", async () => {
    const merges = Array.from({ length: 20_000 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const xml = sheetXml({ merges });
    await expectRefused("merge-many.xlsx", await withSheetXml(xml), "sheet.tooManyMerges");
  });

  it("refuses merges that together cover more than a million cells", async () => {
    const merges = Array.from({ length: 11 }, (_, i) => `A${i * 1000 + 1}:CV${i * 1000 + 1000}`);
    const xml = sheetXml({ merges });
    await expectRefused("merge-sum.xlsx", await withSheetXml(xml), "sheet.mergeTooLarge");
  });

  it("refuses a merge range that is not an A1 range", async () => {
    const xml = sheetXml({ merges: ["A1:B"] });
    await expectRefused("merge-bad.xlsx", await withSheetXml(xml), "sheet.invalidRange");
  });

  it("does not expand XML entities (billion laughs in the shared strings)", async () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`
    ).join("");
    const sst =
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol0 "lol">${entities}]>` +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" ` +
      `uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
    const laughs = await rezip(await baseWorkbook(), { "xl/sharedStrings.xml": { data: sst } });
    // The SAX parser refuses entity declarations it would have to expand: malformed, named.
    await expectRefused("laughs.xlsx", laughs, "part.malformed", DEFAULT_READ_LIMITS, "parser");
  });

  it("refuses a declared used range of the whole grid", async () => {
    const xml = sheetXml({ dimension: "A1:XFD1048576" });
    const issue = await expectRefused(
      "dim.xlsx",
      await withSheetXml(xml),
      "sheet.dimensionTooLarge"
    );
    expect(issue.message["en-US"]).toContain("17,179,869,184 cells");
  });

  it("refuses cells spread over the grid even when the dimension says A1", async () => {
    const xml = sheetXml({}).replace(
      "</row></sheetData>",
      '</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    );
    // The declared dimension passes inspection; the cells the parser reads span the grid.
    await expectRefused(
      "sparse.xlsx",
      await withSheetXml(xml),
      "sheet.dimensionTooLarge",
      DEFAULT_READ_LIMITS,
      "parser"
    );
  });
});
