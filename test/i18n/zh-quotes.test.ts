/**
 * One quote style in Chinese: every zh message quotes with 「」 (『』 inside them), never with
 * “”, ‘’ or a pair of ASCII quotes. A lone ASCII " is allowed: it names the character itself
 * (the CSV reader's unclosed-quote message).
 */
import { allTables } from '../../src/i18n';

/** What is wrong with the quotes of one zh string, or null. */
export function quoteProblem(text: string): string | null {
  if (/[“”‘’]/.test(text)) return 'curly quotes (“” or ‘’): use 「」';
  if (/"[^"]*"/.test(text)) return 'ASCII quotes around text: use 「」';
  // 「」 and 『』 open and close in order, 『』 only inside 「」
  const stack: string[] = [];
  for (const ch of text) {
    if (ch === '「' || ch === '『') stack.push(ch);
    else if (ch === '」' || ch === '』') {
      const open = stack.pop();
      if (open !== (ch === '」' ? '「' : '『')) return `${ch} without its opening quote`;
    }
  }
  return stack.length ? `${stack[stack.length - 1]} never closed` : null;
}

describe('zh messages quote with 「」', () => {
  it('every zh message of every table', () => {
    const bad: string[] = [];
    for (const table of allTables())
      for (const [key, text] of Object.entries(table.zh)) {
        const problem = quoteProblem(text);
        if (problem) bad.push(`${key}: ${problem}: ${text}`);
      }
    expect(bad).toEqual([]);
  });

  it('the scan can fail', () => {
    expect(quoteProblem('请标记“不是同一客户”')).toMatch(/curly/);
    expect(quoteProblem('打开‘工作簿’页')).toMatch(/curly/);
    expect(quoteProblem('请输入 "abc"')).toMatch(/ASCII/);
    expect(quoteProblem('请标记「不是同一客户')).toMatch(/never closed/);
    expect(quoteProblem('请标记不是同一客户」')).toMatch(/without/);
    expect(quoteProblem('引号（"）没有关上')).toBeNull();
    expect(quoteProblem('点「保存」后生效，见「『快照』表」')).toBeNull();
  });
});
