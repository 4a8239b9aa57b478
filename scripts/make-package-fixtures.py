"""Makes test/fixtures/packages/: client workbooks holding a chart, a pivot table and a slicer.

Usage: /usr/bin/python3 scripts/make-package-fixtures.py

LibreOffice (driven over UNO, Debian's python3-uno) opens examples/01-grade-a-ruifeng-precision.xlsx,
adds a bar chart of the stakes on the register sheet and a pivot table (DataPilot) of the stakes
by shareholder type on a sheet of its own, and saves it as Excel 2007+ (chart-pivot.xlsx).
LibreOffice writes no slicers, so a table slicer on the register's "Shareholder type" column is
then added by hand, part by part as MS-XLSX describes them (slicer, slicer cache, their
relationships and content types, the workbook's and the sheet's extension lists):
chart-pivot-slicer.xlsx. The package writer's tests check that scoring copies all of these parts
byte for byte.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import CellAddress, CellRangeAddress

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "examples", "01-grade-a-ruifeng-precision.xlsx")
OUT = os.path.join(ROOT, "test", "fixtures", "packages")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds=120):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def add_chart_and_pivot(desktop, source, target):
    url = uno.systemPathToFileUrl(source)
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    sheets = document.Sheets
    register = sheets.getByName("Ownership")
    register_index = 0
    # A bar chart of the stakes (names in A2:A7, stakes in C2:C7), to the right of the table.
    ranges = (
        CellRangeAddress(register_index, 0, 0, 0, 6),
        CellRangeAddress(register_index, 2, 0, 2, 6),
    )
    register.Charts.addNewByName("Stakes", Rectangle(12000, 500, 12000, 7000), ranges, True, True)
    # A pivot table of the stakes by shareholder type, on a sheet of its own.
    sheets.insertNewByName("Analysis", sheets.Count)
    analysis = sheets.getByName("Analysis")
    pilots = register.DataPilotTables
    descriptor = pilots.createDataPilotDescriptor()
    descriptor.SourceRange = CellRangeAddress(register_index, 0, 0, 4, 6)
    fields = descriptor.DataPilotFields
    from com.sun.star.sheet.DataPilotFieldOrientation import ROW, DATA
    from com.sun.star.sheet.GeneralFunction import SUM

    by_type = fields.getByIndex(1)
    by_type.Orientation = ROW
    stake = fields.getByIndex(2)
    stake.Orientation = DATA
    stake.Function = SUM
    analysis_pilots = analysis.DataPilotTables
    analysis_pilots.insertNewByName("StakesByType", CellAddress(sheets.Count - 1, 0, 0), descriptor)
    document.storeToURL(
        uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),)
    )
    document.close(True)


X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

SLICER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<slicers xmlns="{X14}" xmlns:mc="{MC}" mc:Ignorable="x" xmlns:x="{MAIN}">'
    '<slicer name="Shareholder type" cache="Slicer_Shareholder_type" caption="Shareholder type"'
    ' rowHeight="241300"/></slicers>'
)
SLICER_CACHE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<slicerCacheDefinition xmlns="{X14}" xmlns:mc="{MC}" mc:Ignorable="x x15" xmlns:x="{MAIN}"'
    f' xmlns:x15="{X15}" name="Slicer_Shareholder_type" sourceName="Shareholder type">'
    '<extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}">'
    '<x15:tableSlicerCache tableId="1" column="2"/></x:ext></extLst></slicerCacheDefinition>'
)


def add_extension(xml, root, ext_list):
    """Adds the one <ext> of `ext_list` to the part's extension list (made when there is none)."""
    if "</extLst>" in xml:
        inner = ext_list[len("<extLst>") : -len("</extLst>")]
        return xml.replace("</extLst>", inner + "</extLst>", 1)
    return xml.replace(f"</{root}>", ext_list + f"</{root}>")


def add_slicer(source, target):
    with zipfile.ZipFile(source) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    workbook = parts["xl/workbook.xml"].decode("utf8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf8")
    # The register is the first sheet; its part is named in the workbook's relationships.
    sheet_part = "xl/worksheets/sheet1.xml"
    sheet = parts[sheet_part].decode("utf8")
    sheet_rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
    sheet_rels = parts.get(sheet_rels_name, b"").decode("utf8") or (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        "</Relationships>"
    )
    # Table ids: the register's table is the first table part LibreOffice wrote.
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdSlicerCache1" Type="http://schemas.microsoft.com/office/2007/'
        'relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/></Relationships>',
    )
    caches = (
        '<extLst><ext uri="{46BE6895-7355-4a93-B00E-2C351335B9C9}" xmlns:x15="' + X15 + '">'
        '<x15:slicerCaches xmlns:x14="' + X14 + '"><x14:slicerCache r:id="rIdSlicerCache1"/>'
        "</x15:slicerCaches></ext></extLst>"
    )
    workbook = add_extension(workbook, "workbook", caches)
    if 'xmlns:r="' + REL + '"' not in workbook:
        raise SystemExit("the workbook does not declare the r prefix")
    sheet_rels = sheet_rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdSlicer1" Type="http://schemas.microsoft.com/office/2007/'
        'relationships/slicer" Target="../slicers/slicer1.xml"/></Relationships>',
    )
    slicer_list = (
        '<extLst><ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="' + X14 + '">'
        '<x14:slicerList><x14:slicer r:id="rIdSlicer1"/></x14:slicerList></ext></extLst>'
    )
    sheet = add_extension(sheet, "worksheet", slicer_list)
    types = parts["[Content_Types].xml"].decode("utf8").replace(
        "</Types>",
        '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>'
        '<Override PartName="/xl/slicerCaches/slicerCache1.xml"'
        ' ContentType="application/vnd.ms-excel.slicerCache+xml"/></Types>',
    )
    parts.update(
        {
            "[Content_Types].xml": types.encode("utf8"),
            "xl/workbook.xml": workbook.encode("utf8"),
            "xl/_rels/workbook.xml.rels": rels.encode("utf8"),
            sheet_part: sheet.encode("utf8"),
            sheet_rels_name: sheet_rels.encode("utf8"),
            "xl/slicers/slicer1.xml": SLICER.encode("utf8"),
            "xl/slicerCaches/slicerCache1.xml": SLICER_CACHE.encode("utf8"),
        }
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    home = tempfile.mkdtemp(prefix="govscore-fixtures-")
    pipe = "govscore-fixtures-" + str(os.getpid())
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{home}/profile",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        chart_pivot = os.path.join(OUT, "chart-pivot.xlsx")
        add_chart_and_pivot(desktop, SOURCE, chart_pivot)
        add_slicer(chart_pivot, os.path.join(OUT, "chart-pivot-slicer.xlsx"))
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.terminate()
            office.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
    for name in sorted(os.listdir(OUT)):
        with zipfile.ZipFile(os.path.join(OUT, name)) as z:
            print(name, len(z.namelist()), "parts:", ", ".join(sorted(z.namelist())))


if __name__ == "__main__":
    sys.exit(main())
