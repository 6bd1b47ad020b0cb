/**
 * Suites that need a system program (Chromium, LibreOffice, xmllint) say loudly which one is
 * missing and how to install it. Outside CI they are skipped; with CI=true a missing program
 * fails the run, so CI never passes by skipping (DESIGN.md §8).
 */
import { execFileSync } from 'node:child_process';

export interface SystemProgram {
  name: string;
  /** Candidate executables, the first that answers wins. */
  commands: string[];
  install: string;
}

export const chromium: SystemProgram = {
  name: 'Chromium',
  commands: ['/usr/bin/chromium', 'chromium'],
  install: 'apt-get install -y chromium',
};

export const libreOffice: SystemProgram = {
  name: 'LibreOffice',
  commands: ['soffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'],
  install: 'apt-get install -y libreoffice-calc-nogui python3-uno',
};

export const xmllint: SystemProgram = {
  name: 'xmllint',
  commands: ['xmllint'],
  install: 'apt-get install -y libxml2-utils',
};

export function findProgram(program: SystemProgram): string | undefined {
  for (const command of program.commands) {
    try {
      execFileSync(command, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return command;
    } catch {
      // Not this one; try the next candidate.
    }
  }
  return undefined;
}

/** `describe` when the program is there; otherwise a loud skip, or a failure under CI. */
export function describeWithProgram(
  program: SystemProgram,
  title: string,
  body: (command: string) => void,
): void {
  const command = findProgram(program);
  if (command) {
    describe(title, () => body(command));
    return;
  }
  const notice = `${program.name} is missing: install it with \`${program.install}\``;
  if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs ${program.name}`, () => {
        throw new Error(notice);
      });
    });
  } else {
    console.warn(`SKIPPED "${title}": ${notice}`);
    describe.skip(title, () => body(''));
  }
}
