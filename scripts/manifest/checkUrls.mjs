// Every URL of the built manifest starts with the build's base URL, and each one names a file
// that the build put in dist/: what Office fetches is what we serve, nothing from elsewhere.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { NS, at, descendants } from './tree.mjs';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL in the manifest: { url, el, where } (namespace declarations excluded). */
export function manifestUrls(root) {
  const found = [];
  for (const el of descendants(root)) {
    for (const a of el.attrs) {
      if (a.ns !== 'http://www.w3.org/2000/xmlns/' && URL_LIKE.test(a.value.trim())) {
        found.push({ url: a.value.trim(), el, where: `${at(el)} ${a.name}` });
      }
    }
    if (el.children.length === 0 && URL_LIKE.test(el.text.trim())) {
      found.push({ url: el.text.trim(), el, where: at(el) });
    }
  }
  return found;
}

/** The file in `distDir` that `url` names, or undefined when it is outside `baseUrl`. */
export function distPathOf(url, baseUrl, distDir) {
  const prefix = `${baseUrl}/`;
  if (!url.startsWith(prefix)) return undefined;
  const path = url.slice(prefix.length).replace(/[?#].*$/, '');
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  return resolve(distDir, decoded);
}

export function checkUrls({ root, baseUrl, distDir }) {
  const problems = [];
  const origin = new URL(baseUrl).origin;
  for (const { url, el, where } of manifestUrls(root)) {
    // An AppDomain is a domain, not a page: the base URL itself or its origin.
    if (el.local === 'AppDomain' && el.ns === NS.app) {
      if (url !== baseUrl && url !== origin) problems.push(`${where}: ${url} is not ${baseUrl}`);
      continue;
    }
    const file = distPathOf(url, baseUrl, distDir);
    if (file === undefined) {
      problems.push(`${where}: ${url} does not start with ${baseUrl}/`);
      continue;
    }
    const inside = relative(distDir, file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      problems.push(`${where}: ${url} points outside dist/`);
    } else if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(
        `${where}: ${url} names dist/${inside.split('\\').join('/')}, which the build did not produce`,
      );
    }
  }
  return problems;
}
