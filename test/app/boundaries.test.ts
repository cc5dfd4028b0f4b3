/**
 * The layers keep to themselves: src/app (the use cases) imports neither a host (CLI, pane,
 * playground) nor Office.js nor file I/O, and src/workbook holds only the port and adapters.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function importsOf(dir: string): { file: string; from: string }[] {
  const out: { file: string; from: string }[] = [];
  for (const name of fs.readdirSync(path.join(ROOT, dir))) {
    const file = path.join(dir, name);
    if (!/\.tsx?$/.test(name)) continue;
    const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of code.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)) out.push({ file, from: m[1] });
  }
  return out;
}

describe('layers', () => {
  it('src/app imports no host, no Office.js, no file or Node APIs', () => {
    const found = importsOf('src/app');
    expect(found.length).toBeGreaterThan(10);
    const bad = found.filter(({ from }) =>
      /\/(cli|taskpane|playground|commands)(\/|$)|workbook\/(office|file)|^(fs|path|os|child_process|exceljs)$|office/i.test(
        from,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('src/workbook holds the port and adapters, no use cases', () => {
    const top = fs.readdirSync(path.join(ROOT, 'src/workbook')).filter((n) => /\.tsx?$/.test(n));
    expect(top.sort()).toEqual(['edits.ts', 'port.ts']);
  });
});
