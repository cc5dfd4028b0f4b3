import { scorePairs } from '../../bench/holdout';

describe('hold-out scoring (pairwise precision and recall)', () => {
  // customers: A on rows 0-2, B on rows 3-4, C and D are namesakes planted as a debatable negative
  const truth = [
    { e: 'A', k: 'phone_fmt' },
    { e: 'A', k: 'phone_fmt' },
    { e: 'A', k: 'phone_fmt' },
    { e: 'B', k: 'name_title' },
    { e: 'B', k: 'name_title' },
    { e: 'C', k: 'namesake_sbirth_noid' },
    { e: 'D', k: 'namesake_sbirth_noid' },
    { e: 'E', k: 'single' },
  ];

  test('counts correct, predicted and true pairs, misses and false merges by kind', () => {
    // A found whole, B missed, C+D merged (debatable), row 7 wrongly joined to A
    const s = scorePairs(
      [
        [0, 1, 2, 7],
        [5, 6],
      ],
      truth,
    );
    expect(s.truePairs).toBe(3 + 1);
    expect(s.predictedPairs).toBe(6 + 1);
    expect(s.correct).toBe(3);
    expect(Object.fromEntries(s.missedByKind)).toEqual({ name_title: 1 });
    expect(Object.fromEntries(s.falseByKind)).toEqual({ 'phone_fmt+single': 3, namesake_sbirth_noid: 1 });
    // the debatable merge is not a clear false merge; the wrong join to A is
    expect(s.falseClear).toBe(3);
  });
});
