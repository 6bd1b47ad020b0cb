/**
 * `npm start` on this machine: `node scripts/start.mjs` serves taskpane.html over https without
 * sudo and without the Office dev certificate, and stops cleanly on SIGTERM. It runs on a free
 * port (PORT) so that a developer's own `npm start` on 3000 does not matter. Alone it serves in
 * well under a minute; the wait allows more because jest runs other suites beside it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** GET over https, trusting the dev server's self-signed certificate in this client only. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitFor200(url: string, child: ChildProcess, deadline: number): Promise<boolean> {
  while (Date.now() < deadline && child.exitCode === null) {
    if ((await get(url)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('npm start', () => {
  it('serves taskpane.html over https and stops on SIGTERM', async () => {
    const port = await freePort();
    const base = `https://localhost:${port}`;
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    try {
      const served = await waitFor200(`${base}/taskpane.html`, child, started + 100_000);
      if (!served) {
        throw new Error(`taskpane.html not served after ${Date.now() - started} ms:\n${output}`);
      }

      const manifest = await get(`${base}/manifest.xml`);
      expect(manifest.status).toBe(200);
      // The served manifest points at this server, not at port 3000.
      expect(manifest.body).toContain(`${base}/taskpane.html`);
      // start.mjs prints the URLs once the pane answers.
      for (let i = 0; i < 20 && !output.includes(`${base}/manifest.xml`); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(output).toContain(`${base}/taskpane.html`);
      expect(output).toContain('Upload My Add-in');
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
    expect(child.exitCode).toBe(0);
    // The dev server went with it.
    expect((await get(`${base}/taskpane.html`)).status).toBe(0);
  }, 120_000);
});
