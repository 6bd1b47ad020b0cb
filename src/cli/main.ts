/**
 * `htx-plan`: the command line for batch work (DESIGN.md §1). Never prompts; the exit code and
 * stderr say what went wrong.
 */
import { checkCommand, type Output } from './checkCommand';
import { helpText } from './helpText';
import { markCommand } from './markCommand';
import { cliMessage } from './messages/cliMessage';
import { nativeCommand } from './nativeCommand';
import { parseArgs, UsageError } from './parseArgs';
import { summaryCommand } from './summaryCommand';

declare const __HTX_VERSION__: string | undefined;

export async function main(argv: string[], output: Output): Promise<number> {
  let request;
  try {
    request = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(cliMessage(error.key, error.params, argv.includes('en') ? 'en' : 'vi'));
    return 2;
  }
  switch (request.command) {
    case 'help':
      output.out(helpText(request.lang));
      return 0;
    case 'version':
      output.out(typeof __HTX_VERSION__ === 'string' ? __HTX_VERSION__ : 'dev');
      return 0;
    case 'check':
      return checkCommand(request, output);
    case 'mark':
      return markCommand(request, output);
    case 'native':
      return nativeCommand(request, output);
    case 'summary':
      return summaryCommand(request, output);
  }
}
