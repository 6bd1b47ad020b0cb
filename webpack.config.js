// One build for the three hosts (DESIGN.md §1): the Excel task pane and the custom functions
// (browser), and the command line (Node). `HTX_BASE_URL` (or `--env baseUrl=…`) is the public
// address the add-in is served from; it goes into the manifest and the functions' help URLs.
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BannerPlugin, DefinePlugin } = require('webpack');
const FunctionsMetadataPlugin = require('./scripts/functionsMetadataPlugin');

const devBaseUrl = 'https://localhost:3000';

function baseUrlOf(env) {
  const url = (env && env.baseUrl) || process.env.HTX_BASE_URL || devBaseUrl;
  return url.replace(/\/+$/, '');
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  // Type checking is `npm run typecheck`; the bundler only transpiles.
  use: { loader: 'ts-loader', options: { transpileOnly: true } },
};

function browserConfig(env, mode) {
  const baseUrl = baseUrlOf(env);
  const production = mode === 'production';
  return {
    name: 'browser',
    mode,
    target: 'web',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.tsx',
      app: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule, { test: /\.png$/, type: 'asset/resource' }] },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin({ input: './src/functions/functions.ts', baseUrl }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The shared runtime page loads the functions and the pane (DESIGN.md §1).
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'app.html',
        template: './src/web/app.html',
        // The standalone web app (DESIGN.md §1): no Office.js, its own entry only.
        chunks: ['app'],
      }),
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        template: './src/functions/functions.html',
        chunks: ['functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // AppDomain takes an origin; every other URL takes the full base.
            transform: (content) =>
              content
                .toString()
                .replace(
                  /<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g,
                  `<AppDomain>${new URL(baseUrl).origin}</AppDomain>`,
                )
                .split(devBaseUrl)
                .join(baseUrl),
          },
          { from: 'docs/functions.*.md', to: 'docs/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: devServer(),
  };
}

function devServer() {
  // Use the Office dev certificate when it exists; otherwise let webpack-dev-server make its own
  // self-signed one, so `npm start` works on Linux without sudo (DESIGN.md §8).
  const certDir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const hasOfficeCert = fs.existsSync(path.join(certDir, 'localhost.crt'));
  return {
    port: Number(process.env.PORT) || 3000,
    host: 'localhost',
    hot: false,
    static: { directory: path.resolve(__dirname, 'dist') },
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: hasOfficeCert
      ? {
          type: 'https',
          options: {
            key: path.join(certDir, 'localhost.key'),
            cert: path.join(certDir, 'localhost.crt'),
            ca: path.join(certDir, 'ca.crt'),
          },
        }
      : { type: 'https' },
  };
}

function cliConfig(env, mode) {
  return {
    name: 'cli',
    mode,
    target: 'node20',
    devtool: false,
    entry: { 'htx-plan': './src/cli/bin.ts' },
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule] },
    // Runtime dependencies stay in node_modules; the CLI bundles only our own code.
    externals: Object.fromEntries(
      Object.keys(require('./package.json').dependencies).map((name) => [name, `commonjs ${name}`]),
    ),
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      new DefinePlugin({ __HTX_VERSION__: JSON.stringify(require('./package.json').version) }),
      new MakeExecutablePlugin('htx-plan.js'),
    ],
  };
}

/** `npx htx-plan` runs the file directly, so it needs its executable bit. */
class MakeExecutablePlugin {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('MakeExecutablePlugin', (compilation) => {
      const file = path.join(compilation.outputOptions.path, this.file);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  return [browserConfig(env, mode), cliConfig(env, mode)];
};
