/**
 * The xlsx reader and writer load lazily (src/xlsx/xlsxWorkbook.ts), so neither enters the
 * Excel task pane's initial JavaScript, which stays small (issue 5: under 300 KB gzip).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { distFile } from '../helpers/distFile';

/** Strings only these libraries hold, which minification keeps. */
const markers: Record<string, string> = {
  ExcelJS: 'Worksheet name already exists',
  fflate: 'invalid zip data',
  'the package writer': 'Print title rows must look like',
};

describe('the task pane bundle', () => {
  const initial = ['taskpane.js', 'functions.js'].map((name) => readFileSync(distFile(name)));

  it.each(Object.entries(markers))('holds no %s', (_name, marker) => {
    for (const bytes of initial) expect(bytes.includes(marker)).toBe(false);
  });

  it('keeps its initial JavaScript under 300 KB gzip', () => {
    const size = initial.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    expect(size).toBeLessThan(300 * 1024);
  });

  it('while the web app carries the reader and writer in its worker', () => {
    const chunks = readdirSync(distFile('chunks')).map((name) =>
      readFileSync(distFile(`chunks/${name}`)),
    );
    expect(chunks.some((bytes) => Object.values(markers).every((m) => bytes.includes(m)))).toBe(
      true,
    );
  });
});
