// Runs the command line from the TypeScript sources, as bin/showroom-desk.js runs the build, for
// tests that need a real process (kill -9, two runs at once, a command that never settles).
'use strict';
require('./ts-hook');

require('../../src/cli/index.ts').runAsProcess(process.argv.slice(2));
