/** Builders for the workbook views' tests: the App over an in-memory workbook, a tab opened. */
import { screen, waitFor } from '@testing-library/react';
import type { HostPorts } from '../../src/app/ports';
import type { SaveFile } from '../../src/app/ports';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { fixtureSnapshot, memoryWorkbook, type MemoryWorkbook } from '../helpers/memoryWorkbook';
import { renderPane } from './renderPane';

let plantedSnapshot: Promise<WorkbookSnapshot> | undefined;

/** lang-son-2024-planted.xlsx, read once per test file (each test gets its own copy). */
export async function planted(): Promise<WorkbookSnapshot> {
  plantedSnapshot ??= fixtureSnapshot('appendix/lang-son-2024-planted.xlsx');
  return structuredClone(await plantedSnapshot);
}

export async function renderWorkbook(
  tab: string,
  options: {
    workbook?: MemoryWorkbook;
    snapshot?: WorkbookSnapshot;
    saveFile?: SaveFile;
  } = {},
) {
  const workbook = options.workbook ?? memoryWorkbook(options.snapshot ?? (await planted()));
  const ports = { workbook, saveFile: options.saveFile } as HostPorts;
  const rendered = renderPane({ ports });
  await rendered.user.click(screen.getByRole('tab', { name: tab }));
  return { ...rendered, workbook };
}

/** The check's headings: sheets (h3) and severities (h4), in document order. */
export function resultHeadings(): string[] {
  return screen
    .queryAllByRole('heading')
    .filter((heading) => ['H3', 'H4'].includes(heading.tagName))
    .map((heading) => heading.textContent ?? '');
}

/**
 * Waits until no dialog is left: while a Fluent modal is open or closing, the rest of the page
 * is aria-hidden, and role queries would miss (or vacuously not find) what is behind it.
 */
export async function dialogClosed(): Promise<void> {
  await waitFor(() =>
    expect(document.querySelector('[role="dialog"], [role="alertdialog"]')).toBeNull(),
  );
}
