/**
 * The command line as a process: work that never settles (a reader waiting for bytes a damaged
 * file does not have) used to let Node exit 0 with no output at all (issue 15: tiers and reviews on
 * a half-truncated file). It exits 1 and says what happened, in the chosen language.
 */
import * as path from 'path';
import { spawn } from 'child_process';

function run(...argv: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'stalling-command.js'), ...argv]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

test('a command whose work never settles exits 1 with a message, not 0 with nothing', async () => {
  expect(await run('stall', 'half.xlsx')).toEqual({
    code: 1,
    out: '',
    err: 'showroom-desk stall:命令没有做完就停了:读取文件时等不到后面的内容,文件可能已损坏或被截断。请在 Excel 中打开它并另存一份,再用那份文件重试。\n',
  });
  expect(await run('--lang', 'en', 'stall', 'half.xlsx')).toEqual({
    code: 1,
    out: '',
    err: 'showroom-desk stall: The command stopped before it finished: reading the file ran out of data, so the file may be damaged or cut short. Open it in Excel, save a copy and try that copy.\n',
  });
}, 120_000);
