// Well-formed XML, by our own parser (always there) and by xmllint when it is installed
// (libxml2-utils): two independent readers, and xmllint's messages are the familiar ones.
import { spawnSync } from 'node:child_process';
import { XmlError, parseXml } from './xml.mjs';

/** { root } when the text parses, else { problems } naming line and column. */
export function parseManifest(text) {
  try {
    return { root: parseXml(text), problems: [] };
  } catch (error) {
    if (error instanceof XmlError) return { root: undefined, problems: [error.message] };
    throw error;
  }
}

/** Problems xmllint finds in `file`; `available: false` when xmllint is not installed. */
export function xmllintProblems(file) {
  const result = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  if (result.error?.code === 'ENOENT') return { available: false, problems: [] };
  if (result.error) throw result.error;
  const problems =
    result.status === 0
      ? []
      : result.stderr
          .split('\n')
          .filter((line) => /error/i.test(line))
          .map((line) => `xmllint: ${line}`);
  if (result.status !== 0 && problems.length === 0)
    problems.push(`xmllint exited with ${result.status}`);
  return { available: true, problems };
}
