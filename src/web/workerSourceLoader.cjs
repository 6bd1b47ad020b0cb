/**
 * A webpack loader that turns a worker entry module into the TEXT of its own bundle:
 *   import source from '!!./workerSourceLoader.cjs!./workbookWorker';
 * The web app must work opened from disk (DESIGN.md §8): a worker started from a script URL
 * (`new Worker(new URL('./w.ts', import.meta.url))`, webpack's own worker support) is refused on
 * file:// pages, while a worker started from a Blob of bundled text works everywhere.
 *
 * The worker is compiled in a child compilation (the parent's module rules, ts-loader, and its
 * minifier apply), with every dynamic import folded into one file, because a blob worker has
 * no URL to load further chunks from. The file is not emitted; its text is the export.
 * Same idea as worker-loader's `inline: 'no-fallback'` (https://github.com/webpack-contrib/worker-loader),
 * which is archived and not a dependency here.
 */
const path = require('path');

module.exports = function workerSourceLoader() {
  throw new Error('workerSourceLoader works in its pitch phase only');
};

module.exports.pitch = function pitch() {
  const callback = this.async();
  const { webpack } = this._compiler;
  const parent = this._compilation;
  const name = `worker-${path.basename(this.resourcePath).replace(/\W+/g, '-')}`;
  const child = parent.createChildCompiler(
    name,
    {
      filename: `${name}.js`,
      chunkFilename: `${name}.[id].js`,
      publicPath: '',
      globalObject: 'self',
      // Dynamic imports (SheetJS for .xls) go into the one file: a blob worker has no URL to
      // load further chunks from.
      asyncChunks: false,
    },
    [
      new webpack.webworker.WebWorkerTemplatePlugin(),
      new webpack.EntryPlugin(this.context, this.resourcePath, { name }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    ],
  );
  child.runAsChild((error, entries, compilation) => {
    if (error) return callback(error);
    if (compilation.errors.length > 0) return callback(compilation.errors[0]);
    const files = Object.keys(compilation.assets).filter((file) => file.endsWith('.js'));
    if (files.length !== 1) {
      return callback(
        new Error(`worker ${name} became ${files.length} files: ${files.join(', ')}`),
      );
    }
    const source = compilation.assets[files[0]].source().toString();
    for (const file of Object.keys(compilation.assets))
      if (parent.getAsset(file)) parent.deleteAsset(file);
    for (const dependency of compilation.fileDependencies) this.addDependency(dependency);
    callback(null, `export default ${JSON.stringify(source)};\n`);
  });
};
