/**
 * Dealers' basic information changes in the daily summary (issue 19, regulations §5): those the
 * checks found between two checks (fingerprints: the changed fields, basic ones only, dealers
 * only) and the change log's 'dealerInfo' entries of the chosen day (who, when, old, new), in the
 * CLI's text and JSON.
 */
import { checkWorkbook } from '../../src/app/check-workbook';
import { recordUserChanges } from '../../src/app/change-log';
import { dailySummary } from '../../src/app/daily-summary';
import { dailyJson, dailyText } from '../../src/cli/commands/daily';
import { isDealerKind } from '../../src/domain/dealer-info';
import { parseDate } from '../../src/domain/normalise';
import { text } from '../../src/domain/table';
import { buildSampleWorkbook } from '../../src/sample';

const MONDAY = parseDate('2026-06-29')!;
const TUESDAY = parseDate('2026-06-30')!;

test('the summary lists dealers whose basic fields changed, found by the checks and logged by the change log', async () => {
  const wb = buildSampleWorkbook({ seed: 5, today: '2026-06-30', lang: 'zh', customers: 80 });
  const first = await checkWorkbook(wb, { today: MONDAY, lang: 'zh' });
  if (first.outcome !== 'checked') throw new Error(first.outcome);
  const c = first.data.Customers!;
  const dealers = c.rowNumbers.map((_, i) => i).filter((i) => isDealerKind(c.columns.Kind[i]));
  const ends = c.rowNumbers.map((_, i) => i).filter((i) => !isDealerKind(c.columns.Kind[i]));
  const [d1, d2, d3] = dealers;
  const row = (i: number) => c.rowNumbers[i];
  // typed with the pane closed: a dealer's address, another dealer's notes only, an end customer's name
  await wb.updateCells([
    { sheet: 'Customers', row: row(d1), field: 'Address', value: '南京市新街口 1 号' },
    { sheet: 'Customers', row: row(d1), field: 'Notes', value: '搬家' },
    { sheet: 'Customers', row: row(d2), field: 'Notes', value: '只改备注' },
    { sheet: 'Customers', row: row(ends[0]), field: 'Name', value: '张三丰' },
  ]);
  // typed with the pane open on Tuesday: a third dealer's phone, logged
  await wb.updateCells([{ sheet: 'Customers', row: row(d3), field: 'Phone', value: '13912345678' }]);
  await recordUserChanges(
    wb,
    [
      {
        sheet: 'Customers',
        source: 'user',
        changes: [
          {
            sheet: 'Customers',
            row: row(d3),
            field: 'Phone',
            before: text(c, 'Phone', d3),
            after: '13912345678',
          },
        ],
      },
    ],
    '王婷',
    'zh',
    new Date(2026, 5, 30, 10, 15),
  );
  const second = await checkWorkbook(wb, { today: TUESDAY, lang: 'zh' });
  if (second.outcome !== 'checked') throw new Error(second.outcome);
  const summary = await dailySummary(wb, {
    since: TUESDAY,
    date: TUESDAY,
    today: TUESDAY,
    lang: 'zh',
    checked: second,
  });
  if (summary.outcome !== 'report') throw new Error(summary.outcome);
  const { report } = summary;
  expect(report.dealerInfo.map((r) => [r.row, r.fields])).toEqual([
    [row(d1), ['Address']],
    [row(d3), ['Phone']],
  ]);
  expect(report.dealerInfoLogged).toEqual([
    {
      at: '2026-06-30 10:15',
      who: '王婷',
      row: row(d3),
      customerId: text(c, 'CustomerId', d3),
      field: 'Phone',
      before: text(c, 'Phone', d3),
      after: '13912345678',
    },
  ]);
  const out = dailyText(report, TUESDAY, 'zh');
  expect(out).toContain('经销商基本信息有变化（检查发现）：');
  expect(out).toContain(
    `2026-06-30 10:15 王婷：第 ${row(d3)} 行 ${text(c, 'CustomerId', d3)} 电话「${text(c, 'Phone', d3)}」→「13912345678」`,
  );
  const json = JSON.parse(dailyJson(report, TUESDAY));
  expect(json.dealerInfo.map((r: { row: number }) => r.row)).toEqual([row(d1), row(d3)]);
  expect(json.dealerInfoLogged).toHaveLength(1);

  // another day: the change log's entries of that day only
  const monday = await dailySummary(wb, { since: MONDAY, date: MONDAY, today: TUESDAY, lang: 'zh', checked: second });
  if (monday.outcome !== 'report') throw new Error(monday.outcome);
  expect(monday.report.dealerInfoLogged).toEqual([]);
  expect(dailyText(monday.report, TUESDAY, 'en')).not.toContain('change log on');
});
