/**
 * The metadata plugin inside a real webpack compiler, on a one-line entry (no ts-loader, no
 * task pane): fast, and it exercises the hooks the full build uses.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack, { type Stats } from 'webpack';
import { functionCatalog } from '../../src/core/catalog/functionCatalog';

// CommonJS build script, loaded as the webpack config loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FunctionsMetadataPlugin = require('../../scripts/functionsMetadataPlugin');

const root = path.resolve(__dirname, '../..');

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

async function build(options: { input?: string; baseUrl?: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htx-metadata-'));
  const entry = path.join(dir, 'entry.js');
  fs.writeFileSync(entry, 'export const nothing = 0;\n');
  const compiler = webpack({
    mode: 'production',
    context: root,
    entry,
    output: { path: path.join(dir, 'dist') },
    plugins: [new FunctionsMetadataPlugin({ input: './src/functions/functions.ts', ...options })],
  });
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result!))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  const read = (name: string) => fs.readFileSync(path.join(dir, 'dist', name), 'utf8');
  const json = (name: string) => JSON.parse(read(name)) as Metadata;
  return {
    stats,
    read,
    json,
    exists: (name: string) => fs.existsSync(path.join(dir, 'dist', name)),
  };
}

describe('FunctionsMetadataPlugin', () => {
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    result = await build({ baseUrl: 'https://example.org/htx/' });
  }, 60_000);

  it('builds without errors', () => {
    expect(result.stats.compilation.errors).toEqual([]);
  });

  it('rebases every help URL on the base URL given, in each language', () => {
    for (const [file, lang] of [
      ['functions.json', 'en'],
      ['functions.vi-VN.json', 'vi'],
    ]) {
      for (const fn of result.json(file).functions) {
        expect(fn.helpUrl).toBe(
          `https://example.org/htx/docs/functions.${lang}.html#${fn.id.toLowerCase()}`,
        );
      }
    }
  });

  it('writes the Vietnamese metadata from the catalogue', () => {
    const en = result.json('functions.json');
    const vi = result.json('functions.vi-VN.json');
    expect(vi.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    const attainment = vi.functions[0];
    expect(attainment).toMatchObject({
      id: 'ATTAINMENT',
      name: 'TYLEDAT',
      description: functionCatalog[0].description.vi,
    });
    expect(attainment.parameters.map((p) => p.name)).toEqual(['thực_hiện', 'kế_hoạch']);
    const split = vi.functions.find((f) => f.id === 'CAPITAL_SPLIT')!;
    expect(split.parameters[2]).toMatchObject({ name: 'số_chữ_số_thập_phân', optional: true });
  });

  it('emits the function reference in both languages, with an anchor per function', () => {
    for (const lang of ['vi', 'en']) {
      const html = result.read(`docs/functions.${lang}.html`);
      expect(html).toContain(`<html lang="${lang}">`);
      for (const info of functionCatalog) expect(html).toContain(`id="${info.id.toLowerCase()}"`);
      expect(result.exists(`docs/functions.${lang}.md`)).toBe(true);
    }
  });

  it('watches the functions file and the catalogue', () => {
    const deps = [...result.stats.compilation.fileDependencies];
    expect(deps).toContain(path.join(root, 'src/functions/functions.ts'));
    expect(deps).toContain(path.join(root, 'src/core/catalog/functionCatalog.ts'));
  });

  it('defaults to the development base URL', async () => {
    const dev = await build({});
    expect(dev.json('functions.json').functions[0].helpUrl).toBe(
      'https://localhost:3000/docs/functions.en.html#attainment',
    );
  }, 60_000);

  it('fails the build when the JSDoc has errors, saying which', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htx-broken-'));
    const input = path.join(dir, 'broken.ts');
    fs.writeFileSync(
      input,
      '/**\n * Twice.\n * @customfunction SAME\n */\nexport function a(): number { return 1; }\n' +
        '/**\n * Twice.\n * @customfunction SAME\n */\nexport function b(): number { return 2; }\n',
    );
    const broken = await build({ input });
    const messages = broken.stats.compilation.errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/FunctionsMetadataPlugin: errors in .*broken\.ts/);
    expect(messages).toContain('duplicate');
    expect(broken.exists('functions.json')).toBe(false);
  }, 60_000);

  it('fails the build when the functions and the catalogue disagree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htx-mismatch-'));
    const input = path.join(dir, 'functions.ts');
    fs.writeFileSync(
      input,
      '/**\n * Only one.\n * @customfunction ATTAINMENT\n * @param done x\n */\n' +
        'export function a(done: unknown): number { return Number(done); }\n',
    );
    const mismatch = await build({ input });
    const messages = mismatch.stats.compilation.errors.map((e) => e.message).join('\n');
    expect(messages).toContain('disagree');
    expect(messages).toContain('ATTAINMENT: parameters (done) differ');
  }, 60_000);
});
