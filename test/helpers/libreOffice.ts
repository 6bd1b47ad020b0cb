/**
 * LibreOffice as the spreadsheet engine of the tests (DESIGN.md §7 items 4–5).
 *
 * Each call copies the workbook into a fresh temporary directory, writes a fresh LibreOffice
 * profile there whose `registrymodifications.xcu` makes Calc recalculate every formula on load
 * (`OOXMLRecalcMode` and `ODFRecalcMode` = 0; LibreOffice otherwise trusts the cached results
 * and a test would prove nothing), and runs a small python3-uno script that starts its own
 * `soffice --headless` on a private pipe, opens the copy, calls `calculateAll()` and dumps every
 * sheet's cells as JSON. Nothing is shared between calls, so concurrent calls are safe. The
 * python process and the soffice it starts run in their own process group, which is killed
 * when the call times out; the temporary directory is always removed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RecalculatedValue = number | string | boolean | null;

export interface RecalculatedCell {
  value: RecalculatedValue;
  /** Excel (OOXML) syntax without the leading "=", e.g. `SUM(C7:C12)`. */
  formula?: string;
  /** The error LibreOffice shows, e.g. `#REF!`, `#DIV/0!`, `Err:502`; `value` is then null. */
  error?: string;
}

export interface RecalculatedWorkbook {
  /** Sheet name → A1 address → cell, sheets in workbook order, hidden ones included. */
  sheets: Record<string, Record<string, RecalculatedCell>>;
}

export interface LibreOfficeOptions {
  /** LANG and LC_ALL of the soffice process; default 'C'. */
  lang?: 'C' | 'vi_VN.UTF-8';
  /**
   * 'full' (default): recalculate on load and again with `calculateAll()`.
   * 'on-load': only the profile's always-recalculate setting (proves that setting works).
   * 'none': the profile says never recalculate and nothing else is done, i.e. the cached
   * results as stored in the file; only for showing that a test's workbook is stale.
   */
  recalculation?: 'full' | 'on-load' | 'none';
  /** Kill soffice after this long; default 120 000 ms. */
  timeoutMs?: number;
  /** Where the per-call temporary directory is made; default the system's. */
  tempRoot?: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** Open `xlsxPath` in LibreOffice, recalculate every formula and return what every cell holds. */
export async function recalculateWithLibreOffice(
  xlsxPath: string,
  options: LibreOfficeOptions = {},
): Promise<RecalculatedWorkbook> {
  const result = await runLibreOffice(xlsxPath, 'dump', options);
  if (!result.ok) {
    throw new Error(`LibreOffice could not open ${xlsxPath}: ${result.error ?? 'unknown error'}`);
  }
  return { sheets: result.sheets ?? {} };
}

/**
 * Whether LibreOffice loads the file as a spreadsheet without an error and without asking
 * anything (a repair prompt or any other interaction counts as a failure). LibreOffice is
 * lenient: a sheet part with malformed XML still loads, as far as it could be read, so check
 * well-formedness separately (e.g. `xmllint --noout` on the changed parts).
 */
export async function opensInLibreOffice(
  path: string,
  options: Pick<LibreOfficeOptions, 'timeoutMs' | 'tempRoot'> = {},
): Promise<boolean> {
  const result = await runLibreOffice(path, 'open', options);
  return result.ok;
}

interface ScriptResult {
  ok: boolean;
  error?: string;
  sheets?: Record<string, Record<string, RecalculatedCell>>;
}

async function runLibreOffice(
  path: string,
  mode: 'dump' | 'open',
  options: LibreOfficeOptions,
): Promise<ScriptResult> {
  const python = findUnoPython();
  const lang = options.lang ?? 'C';
  const recalculation = options.recalculation ?? 'full';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'htx-lo-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(
      join(profile, 'user', 'registrymodifications.xcu'),
      registryModifications(recalculation === 'none' ? 1 : 0),
    );
    const input = join(work, 'input.xlsx');
    await copyFile(path, input);
    const script = join(work, 'dump.py');
    await writeFile(script, PYTHON_SCRIPT);
    const output = join(work, 'result.json');
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, LC_ALL: lang };
    delete env.LANGUAGE;
    await runProcess(
      python,
      [script, mode, input, output, profile, recalculation === 'full' ? '1' : '0'],
      env,
      timeoutMs,
    );
    return JSON.parse(await readFile(output, 'utf8')) as ScriptResult;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** 0 = always recalculate, 1 = never (the values of /org.openoffice.Office.Calc/Formula/Load). */
function registryModifications(mode: 0 | 1): string {
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    item('OOXMLRecalcMode'),
    item('ODFRecalcMode'),
    // no first-start wizard, no tip of the day, no update check
    '<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>',
    '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>',
    '</oor:items>',
    '',
  ].join('\n');
}

function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // detached: a process group of its own, so a timeout kills python and its soffice together
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // the script's soffice has normally exited already; make sure of it
      killGroup(child.pid);
      if (timedOut) {
        reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms and was killed`));
      } else if (code !== 0) {
        reject(new Error(`LibreOffice script failed (${signal ?? code}): ${stderr.trim()}`));
      } else {
        resolve();
      }
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

let unoPython: string | undefined;

/** A python3 that can `import uno` (a pyenv or venv python on PATH usually cannot). */
function findUnoPython(): string {
  if (unoPython) return unoPython;
  for (const candidate of ['/usr/bin/python3', 'python3', '/usr/local/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 });
    if (probe.status === 0) {
      unoPython = candidate;
      return candidate;
    }
  }
  throw new Error(
    'No python3 can import uno: install LibreOffice with `apt-get install -y libreoffice-calc-nogui python3-uno`',
  );
}

const PYTHON_SCRIPT = String.raw`
import json, os, shutil, subprocess, sys, time, uuid
import uno, unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.task import XInteractionHandler, XInteractionAbort

mode, source, output, profile, calculate_all = sys.argv[1:6]

def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

class Refuse(unohelper.Base, XInteractionHandler):
    """Answers every question LibreOffice asks while loading with Abort, and remembers it."""
    def __init__(self):
        self.requests = []
    def handle(self, request):
        req = request.getRequest()
        message = getattr(req, 'Message', '')
        self.requests.append(type(req).__name__ + (': ' + message if message else ''))
        for c in request.getContinuations():
            if c.queryInterface(uno.getTypeByName('com.sun.star.task.XInteractionAbort')):
                c.select()
                return

def col(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s

def dump(doc):
    from com.sun.star.table.CellContentType import EMPTY, FORMULA, TEXT, VALUE
    LOGICAL = 1024  # com.sun.star.util.NumberFormat.LOGICAL
    formats = doc.NumberFormats
    kinds = {}
    def is_logical(key):
        if key not in kinds:
            kinds[key] = bool(formats.getByKey(key).Type & LOGICAL)
        return kinds[key]
    parser = doc.createInstance('com.sun.star.sheet.FormulaParser')
    parser.FormulaConvention = 3  # com.sun.star.sheet.AddressConvention.XL_OOX
    mapper = doc.createInstance('com.sun.star.sheet.FormulaOpCodeMapper')
    # com.sun.star.sheet.FormulaLanguage.OOXML, every FormulaMapGroup
    parser.OpCodeMap = mapper.getAvailableMappings(5, 0x7fffffff)
    sheets = {}
    for sheet in doc.Sheets:
        cells = {}
        used = sheet.queryContentCells(1 | 2 | 4 | 16)  # VALUE | DATETIME | STRING | FORMULA
        enum = used.getCells().createEnumeration()
        found = []
        while enum.hasMoreElements():
            found.append(enum.nextElement())
        for cell in found:
            a = cell.CellAddress
            t = cell.getType()
            if t == EMPTY:
                continue
            entry = {}
            if t == FORMULA:
                # a cell inside an array formula has no tokens of its own: give the array's
                tokens = cell.getTokens() or cell.getArrayTokens()
                f = parser.printFormula(tokens, a) if tokens else cell.getFormula()
                entry['formula'] = f[1:] if f.startswith('=') else f
                if cell.getError():
                    entry['value'] = None
                    entry['error'] = cell.getString()
                elif cell.FormulaResultType2 == 1:  # FormulaResult.VALUE
                    v = cell.getValue()
                    entry['value'] = bool(v) if is_logical(cell.NumberFormat) else v
                else:
                    entry['value'] = cell.getString()
            elif t == VALUE:
                v = cell.getValue()
                entry['value'] = bool(v) if is_logical(cell.NumberFormat) else v
            else:
                entry['value'] = cell.getString()
            cells[(a.Row, a.Column)] = entry
        sheets[sheet.Name] = {col(c) + str(r + 1): e for (r, c), e in sorted(cells.items())}
    return sheets

def main():
    pipe = 'htxlo_' + uuid.uuid4().hex
    soffice = shutil.which('soffice') or shutil.which('libreoffice') or '/usr/lib/libreoffice/program/soffice'
    proc = subprocess.Popen(
        [soffice, '--headless', '--invisible', '--nologo', '--norestore', '--nodefault',
         '--nolockcheck', '--nofirststartwizard', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
         '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result = {'ok': False}
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(600):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                if proc.poll() is not None:
                    raise SystemExit('soffice exited early (%s)' % proc.returncode)
                time.sleep(0.2)
        if ctx is None:
            raise SystemExit('could not connect to soffice')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        handler = Refuse()
        doc = None
        try:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0,
                (pv('Hidden', True), pv('ReadOnly', True), pv('InteractionHandler', handler)))
        except Exception as e:
            result['error'] = '%s: %s' % (type(e).__name__, getattr(e, 'Message', str(e)))
        if doc is not None:
            try:
                if not doc.supportsService('com.sun.star.sheet.SpreadsheetDocument'):
                    result['error'] = 'not opened as a spreadsheet'
                elif handler.requests:
                    result['error'] = 'LibreOffice asked: ' + ', '.join(handler.requests)
                else:
                    if mode == 'dump':
                        if calculate_all == '1':
                            doc.calculateAll()
                        result['sheets'] = dump(doc)
                    result['ok'] = True
            finally:
                doc.close(True)
        elif 'error' not in result:
            result['error'] = 'nothing loaded' + (' (asked: %s)' % ', '.join(handler.requests) if handler.requests else '')
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:
                pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()
            proc.wait()
    with open(output, 'w', encoding='utf-8') as fh:
        json.dump(result, fh, ensure_ascii=False)

main()
`;
