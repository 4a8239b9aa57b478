import { writeZip } from "./zip-writer";

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * A listed client's workbook with a register of `n` holders, written part by part (as Excel
 * does: shared strings, a percentage format), so a million rows never sit in a spreadsheet
 * library's memory.
 */
export function registerWorkbook(n: number): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const sheet = (rows: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  const row = (r: number, cells: (string | number | null)[], styles: number[] = []) =>
    `<row r="${r}">${cells
      .map((v, c) => {
        const ref = `${"ABC"[c]}${r}`;
        const st = styles[c] ? ` s="${styles[c]}"` : "";
        if (v === null) return "";
        return typeof v === "number"
          ? `<c r="${ref}"${st}><v>${v}</v></c>`
          : `<c r="${ref}"${st} t="s"><v>${s(v)}</v></c>`;
      })
      .join("")}</row>`;
  const register = [row(1, ["股东名称", "股东类型", "持股比例"])];
  const big: [string, string, number][] = [
    ["控股集团", "国有企业", 0.3],
    ["战略投资者", "民营企业", 0.1],
    ["员工持股平台", "自然人", 0.05],
  ];
  big.forEach((h, i) => register.push(row(i + 2, h, [0, 0, 1])));
  const each = 0.55 / (n - 3);
  for (let i = 3; i < n; i++)
    register.push(row(i + 2, [`公众股东${i}`, "自然人", each], [0, 0, 1]));
  const board = [
    row(1, ["董事姓名", "董事会职务", "兼任高管职务"]),
    row(2, ["董事0", "董事长", null]),
    row(3, ["董事1", "董事", "总经理"]),
    row(4, ["董事2", "独立董事", null]),
  ];
  const profileRows: [string, string | number][] = [
    ["项目", "内容"],
    ["客户名称", "中原智能装备股份有限公司"],
    ["总经理产生方式", "董事会任免"],
    ["集团地位", "非集团成员"],
    ["审计委员会", "是"],
    ["基础评级", "A"],
    ["申请额度", 100000000],
    ["申请期限(月)", 36],
  ];
  const profile = profileRows.map((r, i) => row(i + 1, r));
  const sheets = [sheet(register), sheet(board), sheet(profile)];
  const names = ["股东名册", "董事会", "治理概况"];
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return writeZip([
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`
          )
          .join("") +
        `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: "xl/workbook.xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
        names
          .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        "</sheets></workbook>",
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
          )
          .join("") +
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    },
    {
      name: "xl/styles.xml",
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    {
      name: "xl/sharedStrings.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
        strings.map((t) => `<si><t>${xmlText(t)}</t></si>`).join("") +
        "</sst>",
    },
  ]);
}
