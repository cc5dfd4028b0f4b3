#!/usr/bin/env node
/**
 * Installs (or verifies) the office-addin-dev-certs certificates for https://localhost and
 * says plainly whether it worked. `office-addin-dev-certs install` prints its error and still
 * exits 0 when trusting the CA fails, so this script reads its output instead of its exit code.
 *
 *   node scripts/certs.js            install/verify, exit 1 if the certificates are not trusted
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const SUCCESS = /You (already|now) have trusted access to https:\/\/localhost/i;
const FAILURE = /Unable to|Error|not supported|failed/i;

/** Reads office-addin-dev-certs' output: 'trusted', 'failed' or 'unknown'. */
function interpretInstallOutput(output) {
  if (FAILURE.test(output) && !SUCCESS.test(output)) return 'failed';
  if (SUCCESS.test(output)) return 'trusted';
  return 'unknown';
}

function runInstall() {
  const cli = path.join(__dirname, '..', 'node_modules', 'office-addin-dev-certs', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'install'], { encoding: 'utf8' });
  const output = `${result.stdout || ''}\n${result.stderr || ''}`;
  return { output, status: result.error ? 'failed' : interpretInstallOutput(output) };
}

if (require.main === module) {
  const { output, status } = runInstall();
  process.stdout.write(output.trim() + '\n');
  if (status === 'trusted') {
    console.log('\nDev certificates are installed and trusted: https://localhost:3000 will load in Office.');
  } else {
    console.error(
      '\nThe dev certificates are NOT trusted (office-addin-dev-certs exits 0 even when this fails).' +
        '\nOffice will refuse to load the pane from https://localhost:3000 until they are.' +
        '\nTry again from an administrator / sudo-capable shell: npx office-addin-dev-certs install' +
        '\nOn Linux, Excel on the web also needs the CA (~/.office-addin-dev-certs/ca.crt) imported into the browser.',
    );
    process.exit(1);
  }
}

module.exports = { interpretInstallOutput, runInstall };
