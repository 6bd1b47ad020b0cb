/**
 * Command-line arguments → a typed request. The CLI never prompts (DESIGN.md §4): every
 * question has an option, and a mistake in the arguments is a UsageError with a message key.
 */
export type Lang = 'vi' | 'en';

export interface CliRequest {
  command: 'check' | 'mark' | 'native' | 'summary' | 'help' | 'version';
  files: string[];
  json: boolean;
  /** `mark`, `native` and `summary`: replace an existing output file (never the input). */
  force: boolean;
  lang: Lang;
  color: boolean | 'auto';
  output?: string;
  province?: string;
  year?: number;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'UsageError';
  }
}

const commands = ['check', 'mark', 'native', 'summary'] as const;
/** Commands that write a new workbook: one input, an output named with -o. */
const writing = new Set<string>(['mark', 'native', 'summary']);

export function parseArgs(argv: string[]): CliRequest {
  const request: CliRequest = {
    command: 'help',
    files: [],
    json: false,
    force: false,
    lang: 'vi',
    color: 'auto',
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inlineValue] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    const value = () => inlineValue ?? takeValue(argv, ++i, flag);
    switch (flag) {
      case '-h':
      case '--help':
        return { ...request, command: 'help', lang: langFrom(argv) };
      case '-v':
      case '--version':
        return { ...request, command: 'version' };
      case '--json':
        request.json = true;
        break;
      case '--force':
        request.force = true;
        break;
      case '--lang':
        request.lang = parseLang(value());
        break;
      case '--color':
        request.color = true;
        break;
      case '--no-color':
        request.color = false;
        break;
      case '-o':
      case '--output':
        request.output = value();
        break;
      case '--province':
        request.province = value();
        break;
      case '--year':
        request.year = parseYear(value());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-')
          throw new UsageError('usage.unknownOption', { option: arg });
        positional.push(arg);
    }
  }
  if (positional.length === 0) return request;
  const [command, ...files] = positional;
  if (!(commands as readonly string[]).includes(command)) {
    throw new UsageError('usage.unknownCommand', { command });
  }
  if (files.length === 0) throw new UsageError('usage.noFiles', { command });
  if (writing.has(command)) {
    if (files.length > 1) throw new UsageError('usage.oneFile', { command });
    if (request.output === undefined) throw new UsageError('usage.noOutput', { command });
  }
  return { ...request, command: command as CliRequest['command'], files };
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function takeValue(argv: string[], index: number, flag: string): string {
  const value = argv[index];
  if (value === undefined || value.startsWith('--'))
    throw new UsageError('usage.missingValue', { option: flag });
  return value;
}

function parseLang(value: string): Lang {
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError('usage.badLang', { value });
}

function parseYear(value: string): number {
  if (/^(19|20)\d\d$/.test(value)) return Number(value);
  throw new UsageError('usage.badYear', { value });
}

/** `--help --lang en` must answer in English even though --help returns at once. */
function langFrom(argv: string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'vi';
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'vi';
}
