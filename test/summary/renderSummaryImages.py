"""A summary sheet as PDF through LibreOffice, for the README's pictures (renderSummaryImages.mjs).

    /usr/bin/python3 test/summary/renderSummaryImages.py OUT.xlsx "Tổng hợp KH 2024" DIR

Opens a copy of the workbook headless with a private profile, deletes every other sheet and
writes DIR/summary-print.pdf, the sheet printed with its own page setup (A4 landscape, fit to
width, title rows), and DIR/summary-sheet.pdf, the whole sheet on one page with grid lines and
row and column headers, as it looks on screen. (LibreOffice without its GUI has no PNG export
filter, so the pages become pictures elsewhere.)
"""
import os, shutil, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start(profile):
    pipe = 'htxsum_' + uuid.uuid4().hex
    soffice = shutil.which('soffice') or '/usr/lib/libreoffice/program/soffice'
    proc = subprocess.Popen(
        [soffice, '--headless', '--invisible', '--nologo', '--norestore', '--nodefault',
         '--nolockcheck', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
         '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(600):
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            return proc, ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError('soffice did not start')


def only_sheet(doc, name):
    """Computes everything, freezes the sheet's results as values (its formulas point at the
    sheets about to go), then deletes the other sheets."""
    doc.calculateAll()
    sheets = doc.Sheets
    sheet = sheets.getByName(name)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    used = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
    used.setDataArray(used.getDataArray())
    for other in [n for n in sheets.ElementNames if n != name]:
        sheets.removeByName(other)
    return sheet


def export_pdf(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(path), (pv('FilterName', 'calc_pdf_Export'),))


def main():
    source, sheet_name, out_dir = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix='htx-render-')
    proc = None
    try:
        profile = os.path.join(work, 'profile')
        os.makedirs(profile)
        proc, desktop = start(profile)
        copy = os.path.join(work, 'copy.xlsx')
        shutil.copy(source, copy)
        load = (pv('Hidden', True),)

        # The printed page, as the sheet's own page setup gives it.
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), '_blank', 0, load)
        only_sheet(doc, sheet_name)
        export_pdf(doc, os.path.join(out_dir, 'summary-print.pdf'))
        doc.close(True)

        # The sheet as on screen: everything on one page, grid lines and headers shown.
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), '_blank', 0, load)
        sheet = only_sheet(doc, sheet_name)
        style = doc.StyleFamilies.getByName('PageStyles').getByName(sheet.PageStyle)
        # A tall page shaped like the sheet, everything on it.
        style.IsLandscape = False
        style.Width, style.Height = 30000, 42000
        style.ScaleToPagesX = 1
        style.ScaleToPagesY = 1
        style.PrintGrid = True
        style.PrintHeaders = True
        style.HeaderIsOn = False
        style.FooterIsOn = False
        for margin in ('LeftMargin', 'RightMargin', 'TopMargin', 'BottomMargin'):
            setattr(style, margin, 500)
        sheet.PrintTitleRows = False  # one page: nothing to repeat
        export_pdf(doc, os.path.join(out_dir, 'summary-sheet.pdf'))
        doc.close(True)
        desktop.terminate()
    finally:
        if proc:
            try:
                proc.wait(timeout=30)
            except Exception:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
