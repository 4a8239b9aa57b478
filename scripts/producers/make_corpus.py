#!/usr/bin/python3
"""Writes test/fixtures/producers/: one client workbook as other producers write it.

Run with Debian's python3 (python3-openpyxl) and LibreOffice (soffice) installed:

    /usr/bin/python3 scripts/producers/make_corpus.py

The files are checked in; test/adapters/xlsx/producers.test.ts reads each one and scores it with
the command line, expecting the same inputs and the same result as the source workbook.

- exceljs.xlsx            the example as scripts/make-examples.ts (exceljs) wrote it
- libreoffice.xlsx        that file opened and saved by LibreOffice Calc (soffice --convert-to)
- openpyxl.xlsx           written by openpyxl: plain sheets named after the tables
- openpyxl-tables.xlsx    written by openpyxl with Excel tables (absolute relationship targets,
                          no <tableStyleInfo>, as openpyxl writes them)
- wps-like.xlsx           hand-made as WPS-style writers do: inline strings, prefixed (x:)
                          elements, absolute relationship targets, rows and cells without `r`,
                          an unknown extension element between rows
- google-sheets-like.xlsx hand-made as a Google-Sheets-style export: shared strings with rich
                          text runs, custom number format ids, no Excel tables, no docProps
- no-styles.xlsx          hand-made with no styles part at all: percentages written as text
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape, quoteattr

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "examples", "01-grade-a-ruifeng-precision.xlsx")
OUT = os.path.join(ROOT, "test", "fixtures", "producers")
# Fixed timestamps: the corpus is byte-stable when regenerated.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def read_source():
    """[(sheet name, table name or None, table ref or None, rows)], rows of (value, format)."""
    wb = openpyxl.load_workbook(SOURCE)
    sheets = []
    for ws in wb.worksheets:
        tables = list(ws.tables.values())
        table = tables[0] if tables else None
        rows = []
        for row in ws.iter_rows():
            rows.append([(c.value, c.number_format) for c in row])
        sheets.append((ws.title, table.displayName if table else None, table.ref if table else None, rows))
    return sheets


def write_openpyxl(sheets, path, with_tables):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, table_name, ref, rows in sheets:
        title = name if with_tables else (table_name or name)
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, (value, fmt) in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                cell.number_format = fmt
        if with_tables and table_name:
            ws.add_table(Table(displayName=table_name, ref=ref))
    wb.save(path)


def libreoffice(source, path):
    with tempfile.TemporaryDirectory() as work:
        profile = "file://" + os.path.join(work, "profile")
        shutil.copy(source, os.path.join(work, "in.xlsx"))
        subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", os.path.join(work, "out"),
             os.path.join(work, "in.xlsx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
        )
        shutil.copy(os.path.join(work, "out", "in.xlsx"), path)


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


PERCENT_FORMATS = {"0.00%": 10, "0%": 9}


def hand_made(sheets, path, style):
    """style: "wps", "google" or "nostyles"."""
    prefix = "x:" if style == "wps" else ""
    shared = []
    shared_index = {}
    custom_formats = {}

    def format_id(fmt):
        if style == "nostyles" or fmt == "General":
            return 0
        if style == "wps" and fmt in PERCENT_FORMATS:
            return PERCENT_FORMATS[fmt]
        if fmt not in custom_formats:
            custom_formats[fmt] = 164 + len(custom_formats)
        return custom_formats[fmt]

    xf_ids = [0]

    def style_index(fmt):
        fid = format_id(fmt)
        if fid not in xf_ids:
            xf_ids.append(fid)
        return xf_ids.index(fid)

    def cell_xml(r, c, value, fmt, previous):
        # WPS-style: a cell right after the previous one has no reference; it follows it.
        ref = "" if style == "wps" and c == previous + 1 and c > 1 else f' r="{get_column_letter(c)}{r}"'
        s = style_index(fmt)
        s_attr = f' s="{s}"' if s else ""
        if isinstance(value, bool):
            return f'<{prefix}c{ref}{s_attr} t="b"><{prefix}v>{int(value)}</{prefix}v></{prefix}c>'
        if isinstance(value, (int, float)):
            if style == "nostyles" and fmt.endswith("%"):
                text = f"{value * 100:g}%"
                return f'<c{ref} t="inlineStr"><is><t>{escape(text)}</t></is></c>'
            return f"<{prefix}c{ref}{s_attr}><{prefix}v>{value!r}</{prefix}v></{prefix}c>"
        text = str(value)
        if style in ("wps", "nostyles"):
            return (f'<{prefix}c{ref}{s_attr} t="inlineStr"><{prefix}is><{prefix}t>{escape(text)}'
                    f"</{prefix}t></{prefix}is></{prefix}c>")
        if text not in shared_index:
            shared_index[text] = len(shared)
            shared.append(text)
        return f'<c{ref}{s_attr} t="s"><v>{shared_index[text]}</v></c>'

    sheet_parts = []
    for i, (name, table_name, _ref, rows) in enumerate(sheets, start=1):
        body = []
        for r, row in enumerate(rows, start=1):
            cells = []
            previous = 0
            for c, (v, f) in enumerate(row, start=1):
                if v is None:
                    continue
                cells.append(cell_xml(r, c, v, f, previous))
                previous = c
            row_ref = "" if style == "wps" else f' r="{r}"'
            body.append(f"<{prefix}row{row_ref}>{''.join(cells)}</{prefix}row>")
            if style == "wps" and r == 1:
                body.append(f'<{prefix}rowExt xmlns:{prefix[:-1]}="{MAIN_NS}" kind="wps"/>')
        ns = f'xmlns:x="{MAIN_NS}"' if style == "wps" else f'xmlns="{MAIN_NS}"'
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<{prefix}worksheet {ns} xmlns:r="{REL_NS}"><{prefix}sheetData>{"".join(body)}'
               f"</{prefix}sheetData></{prefix}worksheet>")
        title = table_name or name
        sheet_parts.append((title, f"xl/worksheets/sheet{i}.xml", xml))

    def target(part):
        return "/" + part if style == "wps" else part[len("xl/"):]

    sheets_xml = "".join(
        f'<{prefix}sheet name={quoteattr(t)} sheetId="{i}" r:id="rId{i}"/>'
        for i, (t, _p, _x) in enumerate(sheet_parts, start=1))
    ns = f'xmlns:x="{MAIN_NS}"' if style == "wps" else f'xmlns="{MAIN_NS}"'
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<{prefix}workbook {ns} xmlns:r="{REL_NS}"><{prefix}sheets>{sheets_xml}'
                f"</{prefix}sheets></{prefix}workbook>")
    rels = [(f"rId{i}", "worksheet", target(p)) for i, (_t, p, _x) in enumerate(sheet_parts, start=1)]
    n = len(rels)
    if shared:
        rels.append((f"rId{n + 1}", "sharedStrings", target("xl/sharedStrings.xml")))
    if style != "nostyles":
        rels.append((f"rId{n + 2}", "styles", target("xl/styles.xml")))
    rels_xml = "".join(
        f'<Relationship Id="{i}" Type="{REL_TYPE}{t}" Target={quoteattr(tg)}/>' for i, t, tg in rels)

    parts = []
    overrides = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
    overrides += [("/" + p, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
                  for _t, p, _x in sheet_parts]
    if shared:
        overrides.append(("/xl/sharedStrings.xml",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
    if style != "nostyles":
        overrides.append(("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
    content_types = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides) + "</Types>")
    parts.append(("[Content_Types].xml", content_types))
    parts.append(("_rels/.rels",
                  f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">'
                  f'<Relationship Id="rId1" Type="{REL_TYPE}officeDocument" Target="{"/" if style == "wps" else ""}xl/workbook.xml"/>'
                  "</Relationships>"))
    parts.append(("xl/workbook.xml", workbook))
    parts.append(("xl/_rels/workbook.xml.rels",
                  f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">{rels_xml}</Relationships>'))
    for _t, p, x in sheet_parts:
        parts.append((p, x))
    if shared:
        def si(text):
            if style == "google" and len(text) > 2:
                # Rich text: the same characters in two runs, the first one bold.
                half = len(text) // 2
                return (f'<si><r><rPr><b/></rPr><t xml:space="preserve">{escape(text[:half])}</t></r>'
                        f'<r><t xml:space="preserve">{escape(text[half:])}</t></r></si>')
            return f"<si><t>{escape(text)}</t></si>"
        parts.append(("xl/sharedStrings.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN_NS}" count="{len(shared)}" uniqueCount="{len(shared)}">'
                      + "".join(si(t) for t in shared) + "</sst>"))
    if style != "nostyles":
        num_fmts = "".join(f'<{prefix}numFmt numFmtId="{i}" formatCode={quoteattr(f)}/>'
                           for f, i in custom_formats.items())
        apply = ' applyNumberFormat="1"'
        xfs = "".join(f'<{prefix}xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0"'
                      f'{apply if i else ""}/>' for i in xf_ids)
        parts.append(("xl/styles.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{prefix}styleSheet {ns}>'
                      + (f'<{prefix}numFmts count="{len(custom_formats)}">{num_fmts}</{prefix}numFmts>' if custom_formats else "")
                      + f'<{prefix}fonts count="1"><{prefix}font><{prefix}sz val="11"/><{prefix}name val="Calibri"/></{prefix}font></{prefix}fonts>'
                      + f'<{prefix}fills count="1"><{prefix}fill><{prefix}patternFill patternType="none"/></{prefix}fill></{prefix}fills>'
                      + f'<{prefix}borders count="1"><{prefix}border/></{prefix}borders>'
                      + f'<{prefix}cellStyleXfs count="1"><{prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></{prefix}cellStyleXfs>'
                      + f'<{prefix}cellXfs count="{len(xf_ids)}">{xfs}</{prefix}cellXfs>'
                      + f"</{prefix}styleSheet>"))
    write_zip(path, parts)


def main():
    os.makedirs(OUT, exist_ok=True)
    sheets = read_source()
    shutil.copy(SOURCE, os.path.join(OUT, "exceljs.xlsx"))
    libreoffice(SOURCE, os.path.join(OUT, "libreoffice.xlsx"))
    write_openpyxl(sheets, os.path.join(OUT, "openpyxl.xlsx"), with_tables=False)
    write_openpyxl(sheets, os.path.join(OUT, "openpyxl-tables.xlsx"), with_tables=True)
    hand_made(sheets, os.path.join(OUT, "wps-like.xlsx"), "wps")
    hand_made(sheets, os.path.join(OUT, "google-sheets-like.xlsx"), "google")
    hand_made(sheets, os.path.join(OUT, "no-styles.xlsx"), "nostyles")
    print("wrote", sorted(os.listdir(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
