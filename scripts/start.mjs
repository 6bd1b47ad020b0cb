// `npm start`: serves the add-in over https://localhost:3000 (PORT overrides the port) with
// `webpack serve --mode development`, waits until the task pane answers, prints the URLs and how
// to sideload. On Windows and macOS it also tries to sideload into desktop Excel through the
// optional office-addin-debugging package. Neither a missing Office dev certificate nor a failed
// sideload stops the server (DESIGN.md §8); Ctrl-C does.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const port = Number(process.env.PORT) || 3000;
// The dev server's manifest must point at the dev server, whatever HTX_BASE_URL a production
// build uses.
const baseUrl = `https://localhost:${port}`;
const desktop = process.platform === 'win32' || process.platform === 'darwin';
const say = (vi, en) => console.log(`${vi}\n${en}`);

/** Status code of GET url, or 0 when nothing answers. The certificate may be self-signed. */
function statusOf(url) {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

function portIsFree() {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, 'localhost', () => server.close(() => resolve(true)));
  });
}

function startDevServer() {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  // Only the browser build: the command line bundle is not served. --port wins over the config;
  // --stats minimal keeps the URLs printed below from drowning in the asset list;
  // --watch-options-stdin ends the server when our stdin pipe closes, so it cannot outlive us
  // even when this process is killed without a chance to stop it.
  const args = [
    'serve',
    '--mode',
    'development',
    '--config-name',
    'browser',
    '--port',
    String(port),
    '--stats',
    'minimal',
    '--watch-options-stdin',
  ];
  return spawn(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, HTX_BASE_URL: baseUrl },
    stdio: ['pipe', 'inherit', 'inherit'],
  });
}

async function waitUntilServing(server) {
  let exited = false;
  server.once('exit', () => (exited = true));
  // The dev middleware holds requests until the first compilation is done.
  while (!exited) {
    if ((await statusOf(`${baseUrl}/taskpane.html`)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** The manifest file to sideload: ours on port 3000, else a copy pointing at this port. */
function manifestForPort() {
  if (port === 3000) return join(root, 'manifest.xml');
  const file = join(tmpdir(), `htx-plan-manifest-${port}.xml`);
  const text = readFileSync(join(root, 'manifest.xml'), 'utf8');
  writeFileSync(file, text.split('https://localhost:3000').join(baseUrl));
  return file;
}

async function printUrls(manifestFile) {
  console.log('');
  console.log('HTX Plan đang chạy tại · HTX Plan is being served at:');
  console.log(`  ${baseUrl}/taskpane.html`);
  if ((await statusOf(`${baseUrl}/app.html`)) === 200) console.log(`  ${baseUrl}/app.html`);
  console.log(`  ${baseUrl}/manifest.xml   (${manifestFile})`);
  console.log('');
  // Linux has no desktop Excel: Excel on the web is the way in, and it works everywhere.
  say(
    `Excel trên web: mở ${baseUrl}/taskpane.html một lần và chấp nhận chứng chỉ tự ký; rồi trong sổ làm việc chọn Trang đầu (Home) → Phần bổ trợ (Add-ins) → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi → ${manifestFile}.`,
    `Excel on the web: open ${baseUrl}/taskpane.html once and accept the self-signed certificate; then in a workbook choose Home → Add-ins → More Add-ins → Upload My Add-in → ${manifestFile}.`,
  );
  console.log('Nhấn Ctrl-C để dừng · Press Ctrl-C to stop.');
}

/** Sideloads into desktop Excel; returns the office-addin-debugging CLI when it worked. */
function sideloadDesktop(manifestFile) {
  const certDir = join(homedir(), '.office-addin-dev-certs');
  if (!existsSync(join(certDir, 'localhost.crt'))) {
    say(
      'Chưa có chứng chỉ phát triển Office: Excel trên máy tính có thể không tin máy chủ. Cài bằng: npx office-addin-dev-certs install',
      'No Office dev certificate: desktop Excel may not trust the server. Install it with: npx office-addin-dev-certs install',
    );
  }
  let cli;
  try {
    cli = require.resolve('office-addin-debugging/cli.js');
  } catch {
    say(
      'Không có gói tùy chọn office-addin-debugging: hãy tải manifest lên Excel bằng tay.',
      'The optional package office-addin-debugging is not installed: sideload manifest.xml by hand.',
    );
    return undefined;
  }
  const result = spawnSync(process.execPath, [cli, 'start', manifestFile, 'desktop'], {
    cwd: root,
    stdio: 'inherit',
    timeout: 120_000,
  });
  if (result.status === 0) return cli;
  say(
    'Không nạp được phần bổ trợ vào Excel trên máy tính; máy chủ vẫn chạy, hãy tải manifest lên bằng tay.',
    `Sideloading into desktop Excel failed (${result.error?.message ?? `exit code ${result.status}`}); the server keeps running: sideload manifest.xml by hand.`,
  );
  return undefined;
}

async function main() {
  if (!(await portIsFree())) {
    const other =
      process.platform === 'win32' ? 'set PORT=3001&& npm start' : 'PORT=3001 npm start';
    say(
      `Cổng ${port} đang bận. Dừng chương trình đang dùng nó, hoặc chạy: ${other}`,
      `Port ${port} is in use. Stop what uses it, or run: ${other}`,
    );
    process.exitCode = 1;
    return;
  }
  // Before the server starts, so that a failure here leaves nothing running.
  const manifestFile = manifestForPort();
  const server = startDevServer();
  let sideloadedWith;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (sideloadedWith) {
      spawnSync(process.execPath, [sideloadedWith, 'stop', manifestFile, 'desktop'], {
        cwd: root,
        stdio: 'inherit',
        timeout: 20_000,
      });
    }
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    process.exitCode = stopping ? 0 : (code ?? (signal ? 1 : 0));
  });

  if (!(await waitUntilServing(server))) return;
  await printUrls(manifestFile);
  if (desktop && !stopping) sideloadedWith = sideloadDesktop(manifestFile);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
