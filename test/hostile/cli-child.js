// Runs the command line from the TypeScript sources, as bin/showroom-desk.js runs the build, for
// tests that need a real process (kill -9, two runs at once).
'use strict';
require('./ts-hook');

require('../../src/cli/index.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(String((e && e.stack) || e) + '\n');
      process.exitCode = 1;
    },
  );
