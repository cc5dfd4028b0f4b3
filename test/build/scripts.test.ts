/** The build scripts: start/stop per platform, reading office-addin-dev-certs' output, the static server. */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { plan } = require('../../scripts/start.js') as {
  plan: (
    action: string,
    platform: string,
  ) => { command?: string; args?: string[]; message?: string; exitCode?: number; checkCerts?: boolean };
};
const { interpretInstallOutput } = require('../../scripts/certs.js') as {
  interpretInstallOutput: (s: string) => string;
};
const { startServer } = require('../../scripts/serve.js') as {
  startServer: (o: { dir: string; port: number }) => Promise<{ url: string; port: number; close: () => Promise<void> }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

function get(url: string): Promise<{ status: number; type: string; body: string; cors?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body,
            cors: res.headers['access-control-allow-origin'],
          }),
        );
      })
      .on('error', reject);
  });
}

describe('scripts/start.js', () => {
  test('sideloads with office-addin-debugging on Windows and macOS, checking certificates first', () => {
    expect(plan('start', 'win32')).toEqual({
      checkCerts: true,
      command: 'npx.cmd',
      args: ['--yes', 'office-addin-debugging', 'start', 'manifest.xml'],
    });
    expect(plan('stop', 'darwin')).toEqual({
      checkCerts: false,
      command: 'npx',
      args: ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'],
    });
  });

  test('on Linux explains Excel on the web and the playground instead', () => {
    const step = plan('start', 'linux');
    expect(step.command).toBeUndefined();
    expect(step.message).toMatch(/cannot be sideloaded/);
    expect(step.message).toMatch(/Upload My Add-in/);
    expect(step.message).toMatch(/npm run playground/);
    expect(plan('bogus', 'linux').exitCode).toBe(2);
  });
});

describe('scripts/certs.js', () => {
  test('treats an install that printed an error as a failure even though it exited 0', () => {
    expect(
      interpretInstallOutput(
        'Installing CA certificate...\nError: Unable to install the CA certificate. sudo: not found',
      ),
    ).toBe('failed');
    expect(interpretInstallOutput('You now have trusted access to https://localhost.\nCertificate: x')).toBe('trusted');
    expect(interpretInstallOutput('You already have trusted access to https://localhost.')).toBe('trusted');
    expect(interpretInstallOutput('')).toBe('unknown');
  });
});

describe('scripts/serve.js', () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showroom-serve-'));
    fs.mkdirSync(path.join(dir, 'office-js'));
    fs.writeFileSync(path.join(dir, 'playground.html'), '<p>playground</p>');
    fs.writeFileSync(path.join(dir, 'office-js', 'office.js'), 'var Office = {};');
    fs.writeFileSync(path.join(os.tmpdir(), 'showroom-secret.txt'), 'secret');
    server = await startServer({ dir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), 'showroom-secret.txt'), { force: true });
  });

  test('serves files with their content type and the playground at /', async () => {
    const root = await get(server.url);
    expect(root).toMatchObject({ status: 200, body: '<p>playground</p>' });
    expect(root.type).toMatch(/text\/html/);
    const js = await get(`${server.url}office-js/office.js`);
    expect(js).toMatchObject({ status: 200, body: 'var Office = {};' });
    expect(js.type).toMatch(/javascript/);
  });

  test('answers 404 for missing files and never leaves its directory', async () => {
    expect((await get(`${server.url}nope.html`)).status).toBe(404);
    expect((await get(`${server.url}..%2Fshowroom-secret.txt`)).status).toBe(404);
    expect((await get(`${server.url}%2E%2E/showroom-secret.txt`)).status).toBe(404);
  });

  test('sends no Access-Control-Allow-Origin header (no other web page may read what it serves)', async () => {
    expect((await get(server.url)).cors).toBeUndefined();
    expect((await get(`${server.url}office-js/office.js`)).cors).toBeUndefined();
  });
});
