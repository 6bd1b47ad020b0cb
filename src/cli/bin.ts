/** The executable: wires `main` to the process. Kept apart so tests can call `main` directly. */
import type { Output } from './checkCommand';
import { main } from './main';
import { cliMessage } from './messages/cliMessage';

const output: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTerminal: Boolean(process.stdout.isTTY),
};

main(process.argv.slice(2), output).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    output.err(cliMessage('error.unexpected', { message: String(error) }, 'vi'));
    process.exitCode = 3;
  },
);
