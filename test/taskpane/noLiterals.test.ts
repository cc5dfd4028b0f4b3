/**
 * The pane and the playground show no hard-coded text: every user-visible string
 * comes from src/i18n. This scans the .tsx sources with the TypeScript parser for
 * JSX text, string children and user-visible attributes holding letters (Latin or
 * CJK), and for any CJK string literal; and checks each literal message key used
 * exists in both languages.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { allTables } from '../../src/i18n';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['src/taskpane', 'src/playground'];
const VISIBLE_ATTRS = new Set([
  'aria-label',
  'title',
  'placeholder',
  'label',
  'alt',
  'hint',
  'validationMessage',
  'content',
  'aria-description',
]);
const LETTERS = /\p{L}/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function sources(ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (ext.test(e.name)) out.push(p);
    }
  };
  for (const d of DIRS) walk(path.join(ROOT, d));
  return out;
}

export function findLiterals(fileName: string, code: string): string[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) => {
    const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    return `${path.relative(ROOT, fileName)}:${line + 1}`;
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && LETTERS.test(n.text)) found.push(`${where(n)} JSX text "${n.text.trim()}"`);
    if (
      ts.isJsxExpression(n) &&
      n.expression &&
      ts.isStringLiteralLike(n.expression) &&
      ts.isJsxElement(n.parent) &&
      LETTERS.test(n.expression.text)
    ) {
      found.push(`${where(n)} string child "${n.expression.text}"`);
    }
    if (ts.isJsxAttribute(n) && VISIBLE_ATTRS.has(n.name.getText(sf)) && n.initializer) {
      const init = n.initializer;
      const lit = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (lit && LETTERS.test(lit.text)) found.push(`${where(n)} attribute ${n.name.getText(sf)}="${lit.text}"`);
    }
    if ((ts.isStringLiteralLike(n) || ts.isTemplateLiteral(n)) && CJK.test(n.getText(sf)))
      found.push(`${where(n)} CJK literal ${n.getText(sf)}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no user-visible literals in the pane and playground', () => {
  const files = sources(/\.tsx$/);

  it('finds the pane sources', () => {
    expect(files.some((f) => f.endsWith(path.join('taskpane', 'App.tsx')))).toBe(true);
  });

  it('has no JSX text, string children, visible attributes or CJK literals', () => {
    const found = files.flatMap((f) => findLiterals(f, fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scanner catches each kind of literal (it can fail)', () => {
    const bad = [
      'const a = <b>Run check</b>;',
      'const a = <b>运行检查</b>;',
      "const a = <b>{'Cancel'}</b>;",
      'const a = <input placeholder="Name" />;',
      "const a = <input aria-label={'名字'} />;",
      "const s = '客户';",
    ];
    for (const code of bad) expect(findLiterals('x.tsx', code).length).toBeGreaterThan(0);
    expect(findLiterals('x.tsx', 'const a = <b data-testid="run">{t(lang, \'pane.check.run\')}</b>;')).toEqual([]);
  });

  it('every literal message key used exists in zh and en', () => {
    const keys = new Set<string>();
    for (const f of sources(/\.tsx?$/)) {
      const code = fs.readFileSync(f, 'utf8');
      for (const m of code.matchAll(/\b(?:tr|t)\((?:lang, )?'((?:pane|playground|app)\.[A-Za-z0-9_.]+)'/g))
        keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(50);
    const lookup = (lang: 'zh' | 'en', k: string) => allTables().some((table) => table[lang][k] !== undefined);
    const missing = [...keys].filter((k) => !lookup('zh', k) || !lookup('en', k));
    expect(missing).toEqual([]);
  });
});
