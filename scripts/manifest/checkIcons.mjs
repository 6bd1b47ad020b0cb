// Icons are PNGs of the size the manifest declares: Office scales a wrong-sized icon and it
// blurs. Ribbon icon lists need 16, 32 and 80 px; IconUrl is 32 px and
// HighResolutionIconUrl 64 px (https://learn.microsoft.com/javascript/api/manifest/iconurl).
import { existsSync, readFileSync } from 'node:fs';
import { distPathOf } from './checkUrls.mjs';
import { resourceById } from './resources.mjs';
import { NS, at, attr, child, findAll } from './tree.mjs';

const RIBBON_SIZES = [16, 32, 80];
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** { width, height } of a PNG file, or undefined when it is not a PNG. */
export function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function checkIcons({ root, baseUrl, distDir }) {
  const problems = [];
  const expectSize = (url, size, where) => {
    const file = distPathOf(url ?? '', baseUrl, distDir);
    if (!file || !existsSync(file)) return; // checkUrls reports it.
    const actual = pngSize(file);
    if (!actual) problems.push(`${where}: ${url} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(
        `${where}: ${url} is ${actual.width}×${actual.height}, expected ${size}×${size}`,
      );
    }
  };
  for (const [local, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ]) {
    const el = child(root, local, NS.app);
    if (el) expectSize(attr(el, 'DefaultValue'), size, at(el));
  }
  for (const icon of findAll(root, 'Icon', NS.ov)) {
    const images = icon.children.filter((c) => c.local === 'Image' && c.ns === NS.bt);
    const sizes = images.map((image) => Number(attr(image, 'size')));
    const missing = RIBBON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length) problems.push(`${at(icon)} lacks the ${missing.join(', ')} px images`);
    for (const image of images) {
      const resource = resourceById(root, attr(image, 'resid'));
      if (resource)
        expectSize(attr(resource.el, 'DefaultValue'), Number(attr(image, 'size')), at(image));
    }
  }
  return problems;
}
