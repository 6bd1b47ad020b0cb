/**
 * What the pane can do where it was opened: inside Excel, the Excel ports; anywhere else (the
 * page opened in a browser, Office.js unreachable), none, and a notice saying why.
 */
import type { HostPorts } from '../app/ports';
import { officeHost, type ExcelHost } from '../excel/excelHost';
import { createExcelSelection, type ExcelRun } from '../excel/excelSelection';
import { createExcelWorkbook } from '../excel/excelWorkbook';
import { saveFile } from '../ui/files/saveFile';
import type { Notice } from '../ui/notice';

export interface HostSetup {
  ports: HostPorts;
  hostNotice?: Notice;
}

export const notInExcel: HostSetup = {
  ports: {},
  hostNotice: { intent: 'warning', title: 'host.not-in-excel.title', message: 'host.not-in-excel' },
};

/** The part of the Office global used here. */
export type OfficeLike = Pick<typeof Office, 'onReady' | 'HostType'>;

/**
 * Waits for Office.js. It answers `host: null` in a plain browser, but may also never answer
 * (a blocked script); after `timeoutMs` the guide is shown without Excel rather than nothing.
 */
export async function connectToExcel(
  office: OfficeLike | undefined,
  options: { timeoutMs?: number; run?: ExcelRun; host?: () => ExcelHost } = {},
): Promise<HostSetup> {
  if (!office || typeof office.onReady !== 'function') return notInExcel;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? 10_000);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info?.host !== office.HostType.Excel) return notInExcel;
    return { ports: excelPorts(options) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The workbook views need ExcelApi 1.9, the pane's floor (DESIGN.md §5); below it the pane
 * keeps the function guide and the views say that this Excel is too old for them.
 */
function excelPorts(options: { run?: ExcelRun; host?: () => ExcelHost }): HostPorts {
  const host = (options.host ?? officeHost)();
  const ports: HostPorts = {
    selection: createExcelSelection(options.run),
    saveFile: (file) => saveFile(file.content, file.name, file.type),
  };
  if (host.isSetSupported('ExcelApi', '1.9')) ports.workbook = createExcelWorkbook({ host });
  return ports;
}
