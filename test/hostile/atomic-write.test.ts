/**
 * Every file the command line writes is written whole or not at all (issue 15, "Data lost", items
 * 2 and 3): a kill -9 during the write leaves the old file, two runs writing the same file leave
 * the last one's, whole. The kill and the race run the real command line as child processes.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ChildProcess } from 'child_process';
import { writeFileAtomically } from '../../src/workbook/file/atomic';
import { loadWorkbookFile } from '../../src/workbook/file';
import { exited, sampleWorkbook, spawnCli, tempDir, zipIntact } from './builders';

const { dir, cleanup } = tempDir('sd-atomic-');
afterAll(cleanup);

const tempFilesOf = (file: string) =>
  fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith(`.${path.basename(file)}.sd-`));

describe('writeFileAtomically', () => {
  test('a writer that fails half-way leaves the target as it was and no temporary file', async () => {
    const target = path.join(dir, 'fails.xlsx');
    fs.writeFileSync(target, 'old content');
    await expect(
      writeFileAtomically(target, async (temp) => {
        fs.writeFileSync(temp, 'half of the new');
        throw new Error('disk went away');
      }),
    ).rejects.toThrow('disk went away');
    expect(fs.readFileSync(target, 'utf8')).toBe('old content');
    expect(tempFilesOf(target)).toEqual([]);
  });

  test('a rename that fails (the target became a folder) removes the temporary file', async () => {
    const target = path.join(dir, 'now-a-folder.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomically(target, async (temp) => fs.writeFileSync(temp, 'new'))).rejects.toThrow();
    expect(tempFilesOf(target)).toEqual([]);
  });

  test("the replaced file's permissions are kept", async () => {
    const target = path.join(dir, 'shared.xlsx');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    await writeFileAtomically(target, async (temp) => fs.writeFileSync(temp, 'new'));
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  test('temporary files a killed run left behind are removed; a live process’s are not', async () => {
    const target = path.join(dir, 'after-kill.xlsx');
    const dead = path.join(dir, `.after-kill.xlsx.sd-999999999-abc.tmp`);
    const live = path.join(dir, `.after-kill.xlsx.sd-${process.pid}-def.tmp`);
    fs.writeFileSync(dead, 'half');
    fs.writeFileSync(live, 'in progress');
    await writeFileAtomically(target, async (temp) => fs.writeFileSync(temp, 'new'));
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });
});

// ---------------------------------------------------------------- real processes

/**
 * Resolves once the child has opened file for writing: its temporary file exists (ExcelJS opens
 * it, builds the whole zip for seconds, then writes), or file itself was created or truncated (a
 * writer that writes in place).
 */
function writeStarted(child: ChildProcess, file: string, before: Buffer | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      let current: Buffer | null = null;
      try {
        current = fs.readFileSync(file);
      } catch {
        // not there yet
      }
      const inPlace = current !== null && !(before && current.equals(before));
      if (tempFilesOf(file).length > 0 || inPlace) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the child exited (${child.exitCode}) before it started writing ${file}`));
      }
    }, 2);
  });
}

describe('the command line as a real process', () => {
  const big = path.join(dir, 'big.xlsx');
  const smallFile = path.join(dir, 'small.xlsx');
  let small: Buffer;
  const customers = { big: 0, small: 0 };
  const customersIn = async (file: string) => (await (await loadWorkbookFile(file)).read()).Customers!.length;
  beforeAll(async () => {
    await sampleWorkbook(big, 1000, 11);
    small = await sampleWorkbook(smallFile, 40, 3);
    customers.big = await customersIn(big);
    customers.small = await customersIn(smallFile);
  }, 120_000);

  test('kill -9 during check --out leaves the old file under the name, whole; the next run cleans up', async () => {
    const target = path.join(dir, 'killed.xlsx');
    fs.writeFileSync(target, small);
    const child = spawnCli(['check', big, '--out', target, '--today', '2026-06-15']);
    await writeStarted(child, target, small);
    child.kill('SIGKILL');
    expect(await exited(child)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(fs.readFileSync(target).equals(small)).toBe(true);
    // the next run writes the file and removes what the killed one left
    const again = spawnCli(['check', smallFile, '--out', target, '--today', '2026-06-15']);
    expect((await exited(again)).code).toBe(0);
    expect(zipIntact(fs.readFileSync(target))).toBe(true);
    expect(tempFilesOf(target)).toEqual([]);
  }, 240_000);

  test('kill -9 during check --in-place leaves the input whole, and its backup', async () => {
    const input = path.join(dir, 'in-place-killed.xlsx');
    fs.copyFileSync(big, input);
    const bytes = fs.readFileSync(input);
    const child = spawnCli(['check', input, '--in-place', '--today', '2026-06-15']);
    await writeStarted(child, input, bytes);
    child.kill('SIGKILL');
    expect(await exited(child)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    const backups = fs.readdirSync(dir).filter((n) => /^in-place-killed\.bak-.*\.xlsx$/.test(n));
    expect(backups.map((n) => fs.readFileSync(path.join(dir, n)).equals(bytes))).toEqual([true]);
  }, 240_000);

  test('two runs writing the same --out: the last one to finish wins, whole', async () => {
    const target = path.join(dir, 'shared-out.xlsx');
    // Stop the first run (the small workbook) once it has opened its output, let the second (the
    // big one) write its whole file, then let the first finish: a writer in place would now write
    // its shorter zip over the start of the second's, leaving the second's tail and directory.
    const first = spawnCli(['check', smallFile, '--out', target, '--today', '2026-06-15']);
    await writeStarted(first, target, null);
    first.kill('SIGSTOP');
    try {
      const second = spawnCli(['check', big, '--out', target, '--today', '2026-06-15']);
      expect((await exited(second)).code).toBe(0);
      expect(zipIntact(fs.readFileSync(target))).toBe(true);
      expect(await customersIn(target)).toBe(customers.big);
    } finally {
      first.kill('SIGCONT');
    }
    expect((await exited(first)).code).toBe(0);
    expect(zipIntact(fs.readFileSync(target))).toBe(true);
    expect(await customersIn(target)).toBe(customers.small);
    expect(tempFilesOf(target)).toEqual([]);
  }, 240_000);
});
