import { main } from './main';
import type { Output } from './checkCommand';

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    isTerminal: false,
  };
}

describe('the htx-plan command', () => {
  it('prints help in Vietnamese by default', async () => {
    const output = capture();
    expect(await main(['--help'], output)).toBe(0);
    expect(output.stdout.join('\n')).toContain('Cách dùng');
  });

  it.each(['vi', 'en'])('describes mark, native and --force in the %s help', async (lang) => {
    const output = capture();
    expect(await main(['--help', '--lang', lang], output)).toBe(0);
    const help = output.stdout.join('\n');
    expect(help).toContain('htx-plan mark');
    expect(help).toContain('htx-plan native');
    expect(help).toContain('--force');
  });

  it('prints help in English when asked', async () => {
    const output = capture();
    expect(await main(['--help', '--lang', 'en'], output)).toBe(0);
    expect(output.stdout.join('\n')).toContain('Usage');
  });

  it('exits with 2 and a Vietnamese message on an unknown command', async () => {
    const output = capture();
    expect(await main(['frobnicate', 'a.xlsx'], output)).toBe(2);
    expect(output.stderr.join('\n')).toContain('Lệnh không có: frobnicate');
  });

  it('reports a missing file as an entry with an error and exits with 2', async () => {
    const output = capture();
    expect(await main(['check', '/nonexistent/PL-2023.xlsx', '--json'], output)).toBe(2);
    const document = JSON.parse(output.stdout.join('\n'));
    expect(document).toMatchObject({ file: '/nonexistent/PL-2023.xlsx', findings: [] });
    expect(document.error).toContain('không tìm thấy tệp');
  });
});
