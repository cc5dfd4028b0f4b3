#!/usr/bin/env node
/**
 * A tiny static file server for the built playground (dist/) on plain http://localhost.
 * Used by `npm run playground` and by the browser tests (which call startServer with port 0).
 *
 *   node scripts/serve.js [--dir dist] [--port 8080]
 *
 * Only serves files under the directory; nothing is written, no https needed.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path to a file inside root, or null when it would escape root. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Starts serving `dir`. Resolves to { url, port, close } once listening.
 * @param {{ dir?: string, port?: number, host?: string, index?: string }} [options]
 */
function startServer(options = {}) {
  const root = path.resolve(options.dir || path.join(__dirname, '..', 'dist'));
  const host = options.host || '127.0.0.1';
  const index = options.index || 'playground.html';
  const server = http.createServer((req, res) => {
    let file = resolveInside(root, req.url || '/');
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, file === root ? index : 'index.html');
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Cache-Control': 'no-store',
      // No Access-Control-Allow-Origin: the playground loads its files by navigation and <script>,
      // and no other web page should be able to read what this server serves.
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      const { port } = server.address();
      resolve({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function argValue(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const dir = argValue(argv, '--dir') || path.join(__dirname, '..', 'dist');
  const port = Number(argValue(argv, '--port') || process.env.PORT || 8080);
  if (!fs.existsSync(dir)) {
    console.error(
      `Nothing to serve: ${dir} does not exist. Build first: npx webpack --mode development --env playground`,
    );
    process.exit(1);
  }
  startServer({ dir, port }).then(
    ({ url }) => {
      const hasPlayground = fs.existsSync(path.join(dir, 'playground.html'));
      console.log(`Serving ${path.resolve(dir)}`);
      console.log(hasPlayground ? `Playground: ${url}playground.html` : `Task pane: ${url}taskpane.html`);
      console.log('Press Ctrl+C to stop.');
    },
    (error) => {
      console.error(`Could not start the server on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { startServer, resolveInside };
