/**
 * `npm run validate` on the real built manifest, and on copies of dist/ damaged one way each:
 * every check must notice the damage it is about.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Verdict,
  copyDist,
  editFile,
  removeCopy,
  requireBuild,
  resultOf,
  validate,
} from './helpers/distCopy';
import { runScript } from './helpers/runNode';

const CHECK_IDS = [
  'well-formed',
  'order',
  'resources',
  'urls',
  'icons',
  'locales',
  'functions',
  'namespace',
  'shared-runtime',
];

interface FunctionsFile {
  functions: { id: string; parameters?: unknown[] }[];
}

const editJson = (dir: string, file: string, edit: (json: FunctionsFile) => void) =>
  editFile(dir, file, (text) => {
    const json = JSON.parse(text) as FunctionsFile;
    edit(json);
    return JSON.stringify(json);
  });

const editManifest = (dir: string, edit: (text: string) => string) =>
  editFile(dir, 'manifest.xml', edit);

/** [what is damaged, the check that must fail, the damage, a phrase the problem contains]. */
const damages: [string, string, (dir: string) => void, string][] = [
  [
    'a closing tag is missing',
    'well-formed',
    (dir) => editManifest(dir, (t) => t.replace('</Permissions>', '')),
    'line',
  ],
  [
    'ProviderName comes before Version',
    'order',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(
          /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
          '$3$2$1',
        ),
      ),
    'must come before',
  ],
  [
    'the functions Namespace comes before their Script',
    'order',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(/(<Script>[\s\S]*?<\/Script>)([\s\S]*?)(<Namespace [^>]*\/>)/, '$3$2$1'),
      ),
    'must come before',
  ],
  [
    'a label uses an undefined resid',
    'resources',
    (dir) => editManifest(dir, (t) => t.replace('resid="Group.Label"', 'resid="Group.Lable"')),
    'Group.Lable',
  ],
  [
    'a resource is defined but never used',
    'resources',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(
          '<bt:ShortStrings>',
          '<bt:ShortStrings><bt:String id="Unused.Label" DefaultValue="x"/>',
        ),
      ),
    'never used',
  ],
  [
    'an icon URL names a file the build did not produce',
    'urls',
    (dir) => editManifest(dir, (t) => t.replace(/icon-80\.png/g, 'icon-81.png')),
    'icon-81.png',
  ],
  [
    'a file the manifest names is missing from dist/',
    'urls',
    (dir) => rmSync(join(dir, 'functions.js')),
    'functions.js',
  ],
  [
    'an icon is served from another host',
    'urls',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(/"[^"]*\/assets\/icon-16\.png"/g, '"https://example.com/icon-16.png"'),
      ),
    'example.com',
  ],
  [
    'the 32 px icon is 16 px',
    'icons',
    (dir) => copyFileSync(join(dir, 'assets', 'icon-16.png'), join(dir, 'assets', 'icon-32.png')),
    '16×16',
  ],
  [
    'the ribbon label has no vi-VN override',
    'locales',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(
          /(<bt:String id="Group\.Label"[^>]*?)>\s*<bt:Override[^>]*\/>\s*<\/bt:String>/,
          '$1/>',
        ),
      ),
    'Group.Label',
  ],
  [
    'the display name has no vi-VN override',
    'locales',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(/(<DisplayName[^>]*?)>\s*<Override[^>]*\/>\s*<\/DisplayName>/, '$1/>'),
      ),
    'DisplayName',
  ],
  [
    'the vi-VN metadata lacks a function id',
    'functions',
    (dir) => editJson(dir, 'functions.vi-VN.json', (json) => json.functions.pop()),
    'lacks',
  ],
  [
    'the vi-VN metadata has another parameter count',
    'functions',
    (dir) => editJson(dir, 'functions.vi-VN.json', (json) => json.functions[0].parameters?.pop()),
    'parameters',
  ],
  [
    'a permanent function id is missing from both metadata files',
    'functions',
    (dir) => {
      const drop = (json: FunctionsFile) => {
        json.functions = json.functions.filter((f) => f.id !== 'NUMBER');
      };
      editJson(dir, 'functions.json', drop);
      editJson(dir, 'functions.vi-VN.json', drop);
    },
    'NUMBER',
  ],
  [
    'the functions namespace is not HTX',
    'namespace',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(/(<bt:String id="Functions\.Namespace" DefaultValue=)"HTX"/, '$1"HTXX"'),
      ),
    'HTXX',
  ],
  [
    'the task pane opens on another resid than the runtime',
    'shared-runtime',
    (dir) =>
      editManifest(dir, (t) =>
        t.replace(
          /(<TaskpaneId>[^<]*<\/TaskpaneId>\s*<SourceLocation resid=)"Shared\.Url"/,
          '$1"Functions.Script.Url"',
        ),
      ),
    'task pane',
  ],
];

describe('npm run validate', () => {
  beforeAll(requireBuild);

  it('passes every check on the built manifest', () => {
    const dir = copyDist();
    try {
      const verdict = validate(dir);
      expect(verdict.results.map((r) => r.id)).toEqual(CHECK_IDS);
      expect(verdict.results.filter((r) => !r.ok)).toEqual([]);
      expect(verdict.status).toBe(0);
    } finally {
      removeCopy(dir);
    }
  });

  it.each(damages)('fails when %s (check %s)', (_what, checkId, damage, phrase) => {
    const dir = copyDist();
    let verdict: Verdict;
    try {
      damage(dir);
      verdict = validate(dir);
    } finally {
      removeCopy(dir);
    }
    const result = resultOf(verdict, checkId);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain(phrase);
    expect(verdict.status).toBe(1);
  });

  it('skips the other checks when the XML is not well-formed', () => {
    const dir = copyDist();
    let verdict: Verdict;
    try {
      editManifest(dir, (t) => t.replace('</Permissions>', ''));
      verdict = validate(dir);
    } finally {
      removeCopy(dir);
    }
    expect(verdict.results.filter((r) => r.skipped).map((r) => r.id)).toEqual(CHECK_IDS.slice(1));
  });

  it('asks for a build when dist/ has no manifest', () => {
    const run = runScript('scripts/validateManifest.mjs', [
      '--dist',
      join(__dirname, 'no-such-dist'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });

  it('prints one Vietnamese and English line per check', () => {
    const run = runScript('scripts/validateManifest.mjs', []);
    const lines = run.stdout.split('\n').filter((line) => /^[✓✗–] /.test(line));
    expect(lines).toHaveLength(CHECK_IDS.length);
    expect(lines[0]).toBe('✓ XML đúng cú pháp · well-formed XML');
    expect(run.status).toBe(0);
  });
});
