import { once } from "node:events";
import { createDeflateRaw, crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import { rezip } from "./rezip";

export const SHEET_PART = "xl/worksheets/sheet1.xml";
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A valid one-sheet workbook written by exceljs: the base every crafted file starts from. */
export async function baseWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register");
  sheet.addRow(["Holder", "Shares"]);
  sheet.addRow(["Alpha Holdings", 1200]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetXml(options: { dimension?: string; merges?: readonly string[] }): string {
  const merges = options.merges ?? [];
  const mergeXml =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}">` +
    `<dimension ref="${options.dimension ?? "A1:B2"}"/>` +
    `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>` +
    `${mergeXml}</worksheet>`
  );
}

/** The base workbook with its sheet part replaced. */
export async function withSheetXml(xml: string): Promise<Buffer> {
  return rezip(await baseWorkbook(), { [SHEET_PART]: { data: xml } });
}

export interface Deflated {
  readonly bytes: Buffer;
  readonly size: number;
  readonly crc32: number;
}

/**
 * A sheet part made of `fillBytes` "0" characters inside an inline string, deflated chunk by chunk
 * so the test never holds the inflated bytes (about 1,000:1).
 */
export async function deflatedZerosSheet(fillBytes: number): Promise<Deflated> {
  const prefix = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1">` +
      `<c r="A1" t="inlineStr"><is><t>`
  );
  const suffix = Buffer.from("</t></is></c></row></sheetData></worksheet>");
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => output.push(chunk));
  const ended = once(deflate, "end");
  let crc = 0;
  const write = async (chunk: Buffer): Promise<void> => {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, "drain");
  };
  await write(prefix);
  const zeros = Buffer.alloc(1024 * 1024, "0");
  for (let left = fillBytes; left > 0; left -= zeros.length) {
    await write(left >= zeros.length ? zeros : zeros.subarray(0, left));
  }
  await write(suffix);
  deflate.end();
  await ended;
  return {
    bytes: Buffer.concat(output),
    size: prefix.length + fillBytes + suffix.length,
    crc32: crc,
  };
}
