#!/usr/bin/env node
/**
 * `npm start` / `npm stop`: sideload the add-in into desktop Excel and start the dev server
 * (Windows and macOS), or explain what to do instead (Linux and anything else).
 *
 * office-addin-debugging is run through `npx --yes` rather than being a dependency: it pulls in
 * keytar, whose install step downloads a binary from GitHub, which a locked-down CI cannot reach.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MANIFEST = 'manifest.xml';

const LINUX_MESSAGE = [
  'Desktop Excel does not run on Linux, so the add-in cannot be sideloaded here.',
  'What you can do instead:',
  '  1. Excel on the web: run `npm run dev-server` (https://localhost:3000, needs trusted dev certs:',
  '     `node scripts/certs.js`), then open a workbook in Excel on the web and choose',
  '     Insert > Add-ins > Upload My Add-in (or Home > Add-ins > More Add-ins > Upload My Add-in),',
  `     and upload ${path.join(ROOT, MANIFEST)}.`,
  '  2. Without Excel: `npm run playground` serves the real pane beside an in-memory workbook',
  '     at http://127.0.0.1:8080/playground.html.',
  '  3. Without a browser: the CLI runs the same checks, e.g. `npm run demo`.',
].join('\n');

/**
 * What `npm start|stop` does on a platform: a command to run, or a message to print.
 * @param {'start'|'stop'} action
 * @param {NodeJS.Platform} platform
 */
function plan(action, platform) {
  if (action !== 'start' && action !== 'stop') {
    return { message: `Unknown action "${action}". Use: node scripts/start.js start|stop`, exitCode: 2 };
  }
  if (platform === 'win32' || platform === 'darwin') {
    return {
      checkCerts: action === 'start',
      command: platform === 'win32' ? 'npx.cmd' : 'npx',
      args: ['--yes', 'office-addin-debugging', action, MANIFEST],
    };
  }
  if (action === 'stop') return { message: 'Nothing to stop: no add-in is sideloaded on this platform.', exitCode: 0 };
  return { message: LINUX_MESSAGE, exitCode: 0 };
}

function main(argv) {
  const action = argv[0] || 'start';
  const step = plan(action, process.platform);
  if (step.message) {
    (step.exitCode ? console.error : console.log)(step.message);
    return step.exitCode;
  }
  if (step.checkCerts) {
    const certs = spawnSync(process.execPath, [path.join(__dirname, 'certs.js')], { stdio: 'inherit', cwd: ROOT });
    if (certs.status !== 0) return certs.status || 1;
  }
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    cwd: ROOT,
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`Could not run ${step.command} ${step.args.join(' ')}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { plan, LINUX_MESSAGE };
