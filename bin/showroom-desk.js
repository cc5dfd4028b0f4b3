#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm run build:cli` (tsconfig.cli.json).
let cli;
try {
  cli = require('../dist/src/cli/index.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/src/cli')) {
    process.stderr.write('showroom-desk: 还没有编译命令行,请先运行 npm run build:cli\n' +
      'showroom-desk: the command line is not built yet; run npm run build:cli first\n');
    process.exit(1);
  }
  throw e;
}
// Output piped into a command that stops reading (`... | head`) is not an error of ours:
// stop quietly, as other command-line tools do.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
cli.runAsProcess(process.argv.slice(2));
