/**
 * The hostile-input catalogue (issue 15): every case of test/hostile/catalogue, in zh-CN and en-US.
 * Each run checks the exit code, the message the user sees, that nothing crashed, that no file but
 * the one written changed, and, for a case that writes, a cell-by-cell comparison of every sheet
 * that finds no difference but those the case declares as the add-in's own.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE, catalogueTable } from './catalogue';
import { TODAY } from './catalogue/common';
import { diffBooks, nonFiniteValues, snapshotFile } from './catalogue/snapshot';
import {
  commandsOf,
  type CliCase,
  type Files,
  type Lang,
  type PortCase,
  type RegisteredCase,
  type Said,
  statusOf,
} from './catalogue/types';
import { expectNoCrash, runCli, tempDir, type CliRun } from './builders';

const LANGS: Lang[] = ['zh', 'en'];
const { dir: root, cleanup } = tempDir('sd-catalogue-');
afterAll(cleanup);

/** What the user reads, line by line, without the 'showroom-desk check:' prefix and the indentation. */
function seen(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^showroom-desk [a-z]+: ?/, '').trim())
    .join('\n');
}

export function expectSees(said: string, expected: Said): void {
  if (expected instanceof RegExp) expect(said).toMatch(expected);
  else expect(`\n${seen(said)}\n`).toContain(`\n${expected}\n`);
}

/** Every file and link under dir with its bytes (or its target), to find what a run changed. */
function filesUnder(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]) {
    const p = path.join(dir, entry);
    const stat = fs.lstatSync(p);
    if (stat.isSymbolicLink()) found.set(p, 'link:' + fs.readlinkSync(p));
    else if (stat.isFile()) found.set(p, fs.readFileSync(p).toString('base64'));
  }
  return found;
}

/** Each command of a case: its exit code, the message, no crash. */
async function runCommands(c: CliCase, f: Files, lang: Lang): Promise<void> {
  for (const argv of commandsOf(c, f)) {
    // The language and day first: a case's own --lang or --today (a wrong one) comes after and wins.
    const run: CliRun = await runCli('--lang', lang, '--today', TODAY, ...argv);
    expect({ argv, code: run.code }).toEqual({ argv, code: c.code });
    const expected = c.sees(f)[lang];
    expectSees(run.out + '\n' + run.err, expected);
    // A refusal says it on stderr, first thing, and prints nothing else.
    if (c.code !== 0) expect(run.out).toBe('');
    if (c.code !== 0 && typeof expected === 'string') expect(seen(run.err).startsWith(expected)).toBe(true);
    expectNoCrash(run);
  }
}

async function runCliCase(c: CliCase, lang: Lang): Promise<void> {
  const dir = fs.mkdtempSync(path.join(root, `${c.id}-${lang}-`));
  const f = await c.build(dir);
  const written = c.writes?.file(f);
  const before = filesUnder(dir);
  const from = c.writes ? await snapshotFile((c.writes.from ?? ((x) => x.input))(f)) : undefined;
  const undo = c.during?.();
  try {
    await runCommands(c, f, lang);
  } finally {
    undo?.();
  }
  const after = filesUnder(dir);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (p) => before.get(p) !== after.get(p) && p !== written && !(c.writes?.alsoNew?.test(path.basename(p)) ?? false),
  );
  expect(changed).toEqual([]);
  if (c.writes) {
    expect(fs.existsSync(written!)).toBe(true);
    expect(diffBooks(from!, await snapshotFile(written!), c.writes.intended(lang, f, from!))).toEqual([]);
    if (/\.xlsx$/.test(written!)) expect(nonFiniteValues(written!)).toEqual([]);
  } else if (written) expect(after.get(written)).toBe(before.get(written));
  await c.then?.(f, lang);
}

async function runPortCase(c: PortCase, lang: Lang): Promise<void> {
  const outcome = await c.run(lang);
  expectSees(outcome.said, c.sees[lang]);
  expect(outcome.said).not.toMatch(/\n\s+at .+[:(]\d+|意外错误|Unexpected error|TypeError|RangeError/);
  if (c.writes) expect(diffBooks(outcome.before!, outcome.after!, outcome.intended!)).toEqual([]);
}

function registeredTests(c: RegisteredCase): string[] {
  const source = fs.readFileSync(path.join(__dirname, '..', c.coveredBy.file), 'utf8');
  return c.coveredBy.tests.filter((title) => !source.includes(title));
}

describe('the catalogue', () => {
  test('ids are unique, and every case has both titles', () => {
    const ids = CATALOGUE.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const c of CATALOGUE) expect([c.id, !!c.title.zh, !!c.title.en]).toEqual([c.id, true, true]);
  });

  test('docs/hostile-inputs.md is the table made from the cases (UPDATE_HOSTILE_DOC=1 rewrites it)', () => {
    const page = path.join(__dirname, '..', '..', 'docs', 'hostile-inputs.md');
    const made = catalogueTable();
    if (process.env.UPDATE_HOSTILE_DOC) fs.writeFileSync(page, made);
    expect(fs.readFileSync(page, 'utf8')).toBe(made);
  });
});

for (const c of CATALOGUE)
  describe(c.id, () => {
    // A case that fails today (a known defect, or one a branch not yet merged fixes) runs, and must keep
    // failing until fixed: then its entry loses `fails` or `pending` (HOSTILE_SHOW_FAILS=1 shows how it fails).
    const known = statusOf(c) !== 'passes' && !process.env.HOSTILE_SHOW_FAILS;
    const each = known ? test.failing.each(LANGS) : test.each(LANGS);
    if (c.kind === 'cli') each(`${c.title.en} (%s)`, (lang) => runCliCase(c, lang));
    else if (c.kind === 'port') each(`${c.title.en} (%s)`, (lang) => runPortCase(c, lang));
    // Its tests are on the branch, not here yet.
    else if (c.pending) test.todo(`${c.title.en}: pending ${c.pending.branch}`);
    else test(`${c.title.en}: covered by ${c.coveredBy.file}`, () => expect(registeredTests(c)).toEqual([]));
  });
