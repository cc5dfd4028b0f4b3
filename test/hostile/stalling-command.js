// The command line with one command whose work never settles, as a reader waiting for bytes a
// damaged file does not have: Node runs out of things to do and exits.
'use strict';
require('./ts-hook');

const stall = { name: 'stall', run: () => new Promise(() => undefined) };
require('../../src/cli/index.ts').runAsProcess(process.argv.slice(2), [stall]);
