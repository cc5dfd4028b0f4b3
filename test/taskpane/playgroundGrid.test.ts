/** The playground grid's pure helpers (src/playground/gridModel.ts). */
import { emptyModel, newSheet, setCell, type ConditionalFormat } from '../../src/workbook/memory/model';
import { displayCell, highlightedRows, parseContainsRule, tailRows, visibleRows } from '../../src/playground/gridModel';

function format(id: string, formula: string, fill: string): ConditionalFormat {
  return {
    id,
    range: { sheet: 'S', firstRow: 2, lastRow: 5, firstColumn: 0, lastColumn: 2 },
    rule: { type: 'expression', formula },
    fill,
  };
}

describe('playground grid', () => {
  it('parses the add-in rule formula, including escaped wildcards', () => {
    expect(parseContainsRule(format('a', 'ISNUMBER(SEARCH("⚑",$C2))', '#F00'))).toEqual({ text: '⚑', column: 2 });
    expect(parseContainsRule(format('a', 'ISNUMBER(SEARCH("a~*b",$AA2))', '#F00'))).toEqual({
      text: 'a*b',
      column: 26,
    });
    expect(parseContainsRule(format('a', 'A1>3', '#F00'))).toBeNull();
  });

  it('colours the rows whose status cell contains the text, first rule wins, only inside the range', () => {
    const model = emptyModel();
    const s = newSheet('S');
    model.sheets.push(s);
    setCell(s, 1, 2, '⚑ header');
    setCell(s, 2, 2, '⚑ G1');
    setCell(s, 3, 2, '✖ bad phone');
    setCell(s, 4, 2, '⚑ G1 ✖');
    setCell(s, 6, 2, '⚑ G2'); // outside the range
    model.conditionalFormats.push(format('sd:conflict', 'ISNUMBER(SEARCH("⚑",$C2))', '#F8CBAD'));
    model.conditionalFormats.push(format('sd:error', 'ISNUMBER(SEARCH("✖",$C2))', '#FFE0E0'));
    const rows = highlightedRows(model, s);
    expect([...rows.keys()].sort()).toEqual([2, 3, 4]);
    expect(rows.get(4)!.rule).toBe('sd:conflict');
    expect(rows.get(3)!.fill).toBe('#FFE0E0');
  });

  it('renders from row 1, or a window that shows the selection', () => {
    expect(visibleRows(100, [], 300)).toEqual({ first: 1, last: 100 });
    expect(visibleRows(5000, [50], 300)).toEqual({ first: 1, last: 300 });
    const w = visibleRows(5000, [4000, 4001], 300);
    expect(w.first).toBeLessThanOrEqual(4000);
    expect(w.last).toBeGreaterThanOrEqual(4001);
    expect(w.last - w.first + 1).toBe(300);
    expect(visibleRows(5000, [4999], 300).last).toBe(5000);
  });

  it('keeps the last rows of a long sheet in view below the window (where a new customer is typed)', () => {
    // 301 rows, window 1..300: row 301 follows, so the empty row 302 sits right under the data
    expect(tailRows(visibleRows(301, [], 300).last, 301, 5)).toEqual([301]);
    // after typing into that row the table has 302 rows: both stay in view
    expect(tailRows(visibleRows(302, [], 300).last, 302, 5)).toEqual([301, 302]);
    expect(tailRows(300, 5000, 5)).toEqual([4996, 4997, 4998, 4999, 5000]);
    // the window already reaches the end: nothing to add
    expect(tailRows(100, 100, 5)).toEqual([]);
    expect(tailRows(visibleRows(5000, [4999], 300).last, 5000, 5)).toEqual([]);
  });

  it('shows dates as YYYY-MM-DD', () => {
    expect(displayCell(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(displayCell(new Date(Date.UTC(2026, 0, 5, 9, 30)))).toBe('2026-01-05 09:30');
    expect(displayCell(null)).toBe('');
    expect(displayCell(12.5)).toBe('12.5');
  });
});
