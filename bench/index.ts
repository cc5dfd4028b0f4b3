/**
 * `npm run bench`: runs every registered section and prints markdown tables.
 * Options: --quick (smaller sizes), --only id[,id] (e.g. --only conflicts).
 * To add a section, write a module that calls registerSection() and import it below.
 */
import * as os from 'os';
import { markdownTable, registeredSections, type BenchArgs } from './registry';
import './engine';
import './app';
import './entry';
import './browser-engine';
import './conflicts';
import './holdout';
import './international';
import './normalise-section';
import './validation-section';
import './cli';
import './peer';
import './xlsx-read';
import './write';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const onlyAt = argv.indexOf('--only');
  const args: BenchArgs = {
    quick: argv.includes('--quick'),
    only: onlyAt >= 0 && argv[onlyAt + 1] ? argv[onlyAt + 1].split(',') : [],
  };
  console.log(
    `# Showroom Desk bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores)\n`,
  );
  for (const section of registeredSections()) {
    if (args.only.length && !args.only.includes(section.id)) continue;
    try {
      for (const table of await section.run(args)) console.log(markdownTable(table) + '\n');
    } catch (e) {
      console.log(`### ${section.id}\n\nfailed: ${(e as Error).message}\n`);
    }
  }
}

void main();
