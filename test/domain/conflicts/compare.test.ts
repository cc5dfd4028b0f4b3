import { prepareRows } from '../../../src/domain/conflicts/prepare';
import { PairComparator, NO_LEVEL } from '../../../src/domain/conflicts/compare';
import { resolveMatchConfig } from '../../../src/domain/conflicts';
import { makeTable, person } from './make-table';

const rows = [
  person({ Name: '张伟', Phone: '13812345678', IdNumber: '11010519491231002X', BirthDate: '1949-12-31', City: '广州' }),
  person({ Name: '张伟', Phone: '13812345678', BirthDate: '1985-03-02', City: '深圳' }),
  person({ Name: '李娜', Phone: '13912345670', IdNumber: '440106198001011234', City: '北京' }),
  person({ Name: '王芳', Phone: '13712345671', City: '上海', BirthDate: '1990-05-06' }),
  person({ Name: '王芳', Phone: '13712345672', City: '上海', BirthDate: '1990-05-06' }),
  person({ Kind: '经销商客户', Name: '广州安达汽贸有限公司', Contact: '陈明', City: '广州', Phone: '02088886666' }),
  person({ Kind: '经销商客户', Name: '安达汽贸', Contact: '陈明', City: '广州', Phone: '02088886667' }),
  person({ Kind: '经销商客户', Name: '上海安达汽贸', Contact: '刘强', City: '上海', Phone: '02166668888' }),
];

describe('PairComparator early rejection', () => {
  const config = resolveMatchConfig();
  const p = prepareRows(makeTable(rows));
  // the same comparisons, but suspiciousWhen names an unknown level: never decides early
  const full = new PairComparator(p, resolveMatchConfig({ decision: { ...config.decision, suspiciousWhen: ['x:y'] } }));
  const early = new PairComparator(p, config);
  full.estimateChanceAgreement();
  early.estimateChanceAgreement();

  it('decides every pair as the full evaluation does', () => {
    let stopped = 0;
    for (let a = 0; a < p.n; a++)
      for (let b = a + 1; b < p.n; b++) {
        const sf = full.score(a, b);
        const se = early.score(a, b);
        expect([a, b, early.accepted(se)]).toEqual([a, b, full.accepted(sf)]);
        if (early.accepted(se)) {
          expect(se).toBe(sf);
          expect(Array.from(early.levels)).toEqual(Array.from(full.levels));
        }
        if (early.levels[early.levels.length - 1] === NO_LEVEL && full.levels[full.levels.length - 1] !== NO_LEVEL)
          stopped++;
      }
    // different people: most pairs here are rejected before the last comparisons
    expect(stopped).toBeGreaterThan(5);
  });

  it('evaluates a suspicious pair (same phone, evidence against) in full', () => {
    const s = early.score(0, 1);
    expect(early.accepted(s)).toBe(false);
    expect(early.levelName(0)).toBe('exact');
    // birth date and city were evaluated although the pair was lost early
    expect(Array.from(early.levels)).toEqual(Array.from((full.score(0, 1), full.levels)));
  });
});
