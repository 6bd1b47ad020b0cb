/**
 * The example workbook of "Mở ví dụ": Lạng Sơn's 2024 appendices with a few planted mistakes
 * (test/fixtures/appendix/INDEX.md), bundled as base64 so it opens from disk with no fetch.
 * Imported with `import()` only, so it loads when asked for.
 */
import base64 from '!!./base64Loader.cjs!../../test/fixtures/appendix/lang-son-2024-planted.xlsx';

export function sampleBytes(): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
