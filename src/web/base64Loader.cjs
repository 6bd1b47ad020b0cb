/**
 * A webpack loader that exports a file's bytes as base64 text, so the sample workbook travels
 * inside the bundle: the web app opened from disk cannot `fetch` a sibling file (DESIGN.md §8).
 * Used inline (`!!./base64Loader.cjs!…xlsx`) because the build config keeps no rule for it.
 */
module.exports = function base64Loader(content) {
  return `export default ${JSON.stringify(content.toString('base64'))};\n`;
};
module.exports.raw = true;
