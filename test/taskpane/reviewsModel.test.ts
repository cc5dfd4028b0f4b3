import { groupDueByKind, volumeBars, type DueReviewView } from '../../src/taskpane/reviewsModel';

const due = (customerId: string, kind: string, dueDate: string, overdue: boolean): DueReviewView => ({
  customerId,
  name: customerId,
  kind,
  dueDate,
  overdue,
  reason: '',
});

describe('groupDueByKind', () => {
  it('orders kinds special, deal, new, annual and puts overdue first, then by due date', () => {
    const groups = groupDueByKind([
      due('D1', 'annual', '2026-12-31', false),
      due('E1', 'deal', '2026-03-01', false),
      due('E2', 'deal', '2026-01-15', true),
      due('E3', 'deal', '2026-02-01', false),
      due('D2', 'special', '2026-02-10', false),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['special', 'deal', 'annual']);
    expect(groups[1].items.map((i) => i.customerId)).toEqual(['E2', 'E3', 'E1']);
    expect(groups[1].overdue).toBe(1);
    expect(groups[0].overdue).toBe(0);
  });
});

describe('volumeBars', () => {
  it('scales bars to the height, keeps a baseline for zero months and marks flagged months', () => {
    const bars = volumeBars(
      [
        { month: '2025-01', value: 10, flagged: false },
        { month: '2025-02', value: 0, flagged: false },
        { month: '2025-03', value: 40, flagged: true },
        { month: '2025-04', value: 20, flagged: false },
      ],
      200,
      41,
    );
    expect(bars).toHaveLength(4);
    expect(bars[2].height).toBe(40); // the maximum fills the height (less 1px)
    expect(bars[2].y).toBe(1);
    expect(bars[0].height).toBe(10);
    expect(bars[1].height).toBe(1);
    expect(bars[3].x).toBe(150);
    expect(bars.filter((b) => b.flagged).map((b) => b.month)).toEqual(['2025-03']);
    for (const b of bars) expect(b.y + b.height).toBe(41);
  });

  it('returns nothing for no data', () => {
    expect(volumeBars([], 100, 20)).toEqual([]);
  });
});
