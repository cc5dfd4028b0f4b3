/**
 * The Issues sheet speaks to people: its rule column holds the rule's title in the sheet's language,
 * never the code (customer.phone.format) the JSON output uses.
 */
import { checkWorkbook } from '../../src/app/check-workbook';
import { parseDate } from '../../src/domain/normalise';
import { RULES } from '../../src/domain/validation';
import { buildSampleWorkbook } from '../../src/sample';

const TODAY = '2026-06-30';

describe('the Issues sheet', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`names each issue's rule by its ${lang} title`, async () => {
      const wb = buildSampleWorkbook({ seed: 42, today: TODAY, lang, customers: 300 });
      const done = await checkWorkbook(wb, { today: parseDate(TODAY)!, lang, pause: async () => undefined });
      if (done.outcome !== 'checked') throw new Error(done.outcome);
      const rows = await wb.readAddinSheet('Issues', lang);
      expect(rows.length).toBe(done.result.issues.length);
      const titles = new Map(RULES.map((r) => [r.id, r.title[lang]]));
      const ruleColumn = rows.map((r) => r[4]);
      expect(ruleColumn).toEqual(done.result.issues.map((i) => titles.get(i.rule)));
      // no cell of the sheet is a rule code
      const codes = new Set(RULES.map((r) => r.id));
      expect(rows.flat().filter((v) => typeof v === 'string' && codes.has(v))).toEqual([]);
    });
  }
});
