/** The built functions metadata, as the manifest hands it to Excel. */
import fs from 'fs';
import { functionCatalog } from '../../src/core/catalog/functionCatalog';
import { distFile } from '../helpers/distFile';

interface Metadata {
  functions: { id: string; name: string; helpUrl: string; parameters: { name: string }[] }[];
}

const read = (name: string): Metadata => JSON.parse(fs.readFileSync(distFile(name), 'utf8'));
// `npm test` builds with the same environment it tests in.
const baseUrl = (process.env.HTX_BASE_URL || 'https://localhost:3000').replace(/\/+$/, '');

describe.each([
  ['functions.json', 'en'],
  ['functions.vi-VN.json', 'vi'],
] as const)('dist/%s', (file, lang) => {
  it('lists exactly the catalogued ids, in order', () => {
    expect(read(file).functions.map((f) => f.id)).toEqual(functionCatalog.map((f) => f.id));
  });

  it.each(functionCatalog.map((info) => [info.id, info]))(
    '%s has its name for the language, its parameters and a help URL on the base URL',
    (id, info) => {
      const fn = read(file).functions.find((f) => f.id === id)!;
      expect(fn.name).toBe(lang === 'vi' ? info.viName : info.id);
      expect(fn.parameters).toHaveLength(info.parameters.length);
      expect(fn.helpUrl).toBe(`${baseUrl}/docs/functions.${lang}.html#${id.toLowerCase()}`);
    },
  );

  it('points its help URLs at a page the build wrote, with the anchors they name', () => {
    const page = fs.readFileSync(distFile(`docs/functions.${lang}.html`), 'utf8');
    for (const fn of read(file).functions) expect(page).toContain(`id="${fn.id.toLowerCase()}"`);
  });
});

describe('the base URL of the build', () => {
  // webpack.config.js hands the base URL to the metadata plugin; its effect on the files is
  // tested in functionsMetadataPlugin.test.ts, without a second full build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configOf = (env: object) => require('../../webpack.config.js')(env, { mode: 'production' });
  const pluginOf = (env: object) =>
    configOf(env)
      .find((c: { name: string }) => c.name === 'browser')
      .plugins.find((p: object) => p.constructor.name === 'FunctionsMetadataPlugin');

  it.each<[string, object, string | undefined, string]>([
    ['the default', {}, undefined, 'https://localhost:3000'],
    ['HTX_BASE_URL', {}, 'https://example.org/htx/', 'https://example.org/htx'],
    [
      '--env baseUrl',
      { baseUrl: 'https://cdn.example.vn/plan' },
      undefined,
      'https://cdn.example.vn/plan',
    ],
  ])('reaches the metadata plugin from %s', (_name, env, variable, expected) => {
    const previous = process.env.HTX_BASE_URL;
    if (variable === undefined) delete process.env.HTX_BASE_URL;
    else process.env.HTX_BASE_URL = variable;
    try {
      expect(pluginOf(env).baseUrl).toBe(expected);
    } finally {
      if (previous === undefined) delete process.env.HTX_BASE_URL;
      else process.env.HTX_BASE_URL = previous;
    }
  });
});
