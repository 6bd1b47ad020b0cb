import { parseArgs, UsageError } from './parseArgs';

describe('parsing the command line', () => {
  it('reads a check of several files with JSON output in English', () => {
    expect(parseArgs(['check', 'a.xlsx', 'b.xls', '--json', '--lang', 'en'])).toMatchObject({
      command: 'check',
      files: ['a.xlsx', 'b.xls'],
      json: true,
      lang: 'en',
    });
  });

  it('defaults to Vietnamese and to help when nothing is asked', () => {
    expect(parseArgs([])).toMatchObject({ command: 'help', lang: 'vi' });
  });

  it('accepts --lang=en and answers help in that language', () => {
    expect(parseArgs(['--help', '--lang=en'])).toMatchObject({ command: 'help', lang: 'en' });
  });

  it.each(['mark', 'native'])('reads %s with its output file and --force', (command) => {
    expect(parseArgs([command, 'a.xlsx', '-o', 'b.xlsx', '--force', '--lang', 'en'])).toMatchObject(
      { command, files: ['a.xlsx'], output: 'b.xlsx', force: true, lang: 'en' },
    );
  });

  it.each([
    { argv: ['mark', 'a.xlsx'], key: 'usage.noOutput' },
    { argv: ['native', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], key: 'usage.oneFile' },
    { argv: ['frobnicate', 'a.xlsx'], key: 'usage.unknownCommand' },
    { argv: ['check'], key: 'usage.noFiles' },
    { argv: ['check', 'a.xlsx', '--lang', 'fr'], key: 'usage.badLang' },
    { argv: ['check', 'a.xlsx', '--lang'], key: 'usage.missingValue' },
    { argv: ['check', 'a.xlsx', '--frob'], key: 'usage.unknownOption' },
    { argv: ['check', 'a.xlsx', '--year', '23'], key: 'usage.badYear' },
  ])('rejects $argv with $key', ({ argv, key }) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    try {
      parseArgs(argv);
    } catch (error) {
      expect((error as UsageError).key).toBe(key);
    }
  });
});
