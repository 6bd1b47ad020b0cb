import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../core/plan/journal';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { buildSummary, localDate } from './buildSummary';

const snapshotOf = async (fixture: string) =>
  (await readWorkbookBytes(new Uint8Array(await readFile(join(__dirname, '..', '..', fixture)))))
    .snapshot;

const now = new Date(2022, 8, 5, 23, 30);

describe('buildSummary', () => {
  it('checks the workbook and plans the summary sheet of its plan year', async () => {
    const snapshot = await snapshotOf('test/fixtures/rich/rich-can-tho-2023.xlsx');
    const { check, summary } = buildSummary({ snapshot, journal: [] }, { now });
    expect(check.tables.length).toBeGreaterThan(2);
    if ('error' in summary) throw new Error('no sheet');
    expect(summary.sheetName).toBe('Tổng hợp KH 2023');
    expect(summary.notes).not.toContain('province-unknown');
    expect(summary.plan.journal).toEqual([
      {
        kind: 'sheet',
        action: `summary-${now.toISOString()}`,
        at: now.toISOString(),
        sheet: 'Tổng hợp KH 2023',
      },
    ]);
  });

  it('lists a finding the user accepted with its reason, not as open', async () => {
    const snapshot = await snapshotOf('test/fixtures/rich/rich-can-tho-2023.xlsx');
    const first = buildSummary({ snapshot, journal: [] }, { now }).check.findings.find(
      (f) => f.severity === 'error',
    )!;
    const journal: JournalEntry[] = [
      {
        kind: 'accepted',
        action: 'a-1',
        at: '2022-09-01T08:00:00.000Z',
        rule: first.rule,
        sheet: first.sheet,
        cell: first.cells[0],
        reason: 'Theo số liệu của Liên minh HTX',
      },
    ];
    const { check, summary } = buildSummary({ snapshot, journal }, { now });
    expect(check.findings.find((f) => f.accepted)?.accepted).toEqual({
      reason: 'Theo số liệu của Liên minh HTX',
      date: '2022-09-01',
    });
    if ('error' in summary) throw new Error('no sheet');
    const texts = summary.plan.newSheets[0].cells.flatMap((c) =>
      c.write?.kind === 'text' ? [c.write.value] : [],
    );
    expect(
      texts.some((t) => t.endsWith('Lý do chấp nhận: Theo số liệu của Liên minh HTX (01/09/2022)')),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith('TÌNH HÌNH KIỂM TRA SỐ LIỆU (ngày 05/09/2022)'))).toBe(
      true,
    );
  });

  it('passes the options on and refuses a workbook without tables', async () => {
    const snapshot = await snapshotOf('test/fixtures/appendix/binh-thuan-2024.xlsx');
    const { summary } = buildSummary(
      { snapshot, journal: [] },
      { now, year: 2031, province: 'Bình Thuận' },
    );
    expect('error' in summary ? '' : summary.sheetName).toBe('Tổng hợp KH 2031');
    const empty = { sheets: [{ ...snapshot.sheets[0], cells: [] }] };
    expect(buildSummary({ snapshot: empty, journal: [] }, { now }).summary).toEqual({
      error: 'no-table',
    });
  });

  it('dates the snapshot by the user’s calendar day', () => {
    expect(localDate(now)).toBe('2022-09-05');
  });
});
