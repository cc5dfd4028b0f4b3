import type { Issue } from '../../src/domain/issues';
import type { Table, WorkbookData } from '../../src/domain/table';
import {
  conflictViews,
  groupIssuesByRule,
  overallProgress,
  ownerLabel,
  phaseStep,
  placeholderViews,
  resultIndex,
  splitDates,
  summarise,
  suspiciousViews,
  type ClusterView,
} from '../../src/taskpane/viewModel';

function table(sheet: Table['sheet'], rowNumbers: number[], columns: Table['columns']): Table {
  return {
    sheet,
    sourceName: sheet,
    headerRow: 1,
    firstColumn: 0,
    headers: Object.keys(columns),
    mapping: { columns: {}, extra: [], missing: [], matchedLabels: {} },
    length: rowNumbers.length,
    rowNumbers,
    columns,
  };
}

const issue = (rule: string, severity: Issue['severity'], row: number, sheet: Issue['sheet'] = 'Customers'): Issue => ({
  sheet,
  row,
  rule,
  severity,
  message: `${rule}@${row}`,
});

describe('summarise', () => {
  it('counts issues by severity and clusters by kind', () => {
    const s = summarise(
      [issue('a', 'error', 2), issue('b', 'warning', 3), issue('b', 'warning', 4)],
      [
        { id: 'G1', kind: 'conflict', rows: [2, 3], customerIds: [], owners: [], reasons: [], suggestedOwner: '' },
        { id: 'G2', kind: 'duplicate', rows: [5, 6], customerIds: [], owners: [], reasons: [], suggestedOwner: '' },
        { id: 'G3', kind: 'conflict', rows: [7, 8], customerIds: [], owners: [], reasons: [], suggestedOwner: '' },
      ],
    );
    expect(s).toEqual({ errors: 1, warnings: 2, conflicts: 2, duplicates: 1 });
  });
});

describe('groupIssuesByRule', () => {
  const rules = [
    { id: 'customer.phone.format', severity: 'error' as const, title: { zh: '电话格式', en: 'Phone format' } },
    { id: 'customer.stale', severity: 'warning' as const, title: { zh: '跟进超期', en: 'Stale customer' } },
  ];

  it('groups by rule with localised titles, errors first, then by size', () => {
    const groups = groupIssuesByRule(
      [
        issue('customer.stale', 'warning', 9),
        issue('customer.stale', 'warning', 4),
        issue('customer.stale', 'warning', 7),
        issue('customer.phone.format', 'error', 12),
        issue('unknown.rule', 'warning', 3),
      ],
      rules,
      'en',
    );
    expect(groups.map((g) => g.rule)).toEqual(['customer.phone.format', 'customer.stale', 'unknown.rule']);
    expect(groups[0].title).toBe('Phone format');
    expect(groups[1].title).toBe('Stale customer');
    // A rule the table does not know keeps its id as the title.
    expect(groups[2].title).toBe('unknown.rule');
    // Items sorted by row inside a group.
    expect(groups[1].items.map((i) => i.row)).toEqual([4, 7, 9]);
    expect(groupIssuesByRule([issue('customer.stale', 'warning', 1)], rules, 'zh')[0].title).toBe('跟进超期');
  });

  it('marks a group as error when any issue in it is an error, and keys are unique', () => {
    const groups = groupIssuesByRule([issue('x', 'warning', 2), issue('x', 'error', 2)], [], 'zh');
    expect(groups).toHaveLength(1);
    expect(groups[0].severity).toBe('error');
    const keys = groups[0].items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('conflictViews', () => {
  const data: WorkbookData = {
    Customers: table('Customers', [2, 3, 4, 5, 6], {
      CustomerId: ['C001', 'C002', 'C003', 'C004', 'C005'],
      Name: ['王伟', '王玮', '李娜', '李娜', '张三'],
      Owner: ['S001', 'S002', 'S003', 'S003', 'S001'],
      Phone: ['13812345678', '138 1234 5678', '13900000000', '13900000000', null],
    }),
    Staff: table('Staff', [2, 3, 4], {
      StaffId: ['S001', 'S002', 'S003'],
      Name: ['赵一', '钱二', '孙三'],
    }),
  };
  const clusters: ClusterView[] = [
    {
      id: 'G1',
      kind: 'duplicate',
      rows: [4, 5],
      customerIds: ['C003', 'C004'],
      owners: ['S003'],
      reasons: ['same phone'],
      suggestedOwner: 'S003',
      evidence: [{ a: 5, b: 4 }],
    },
    {
      id: 'G2',
      kind: 'conflict',
      rows: [2, 3],
      customerIds: ['C001', 'C002'],
      owners: ['S001', 'S002'],
      reasons: ['same phone', 'names sound alike'],
      suggestedOwner: 'S001',
      evidence: [
        { a: 2, b: 3 },
        { a: 3, b: 2 },
      ],
    },
  ];

  it('puts conflicts first and fills rows from the Customers table with staff names', () => {
    const views = conflictViews(clusters, data);
    expect(views.map((v) => v.id)).toEqual(['G2', 'G1']);
    const g2 = views[0];
    expect(g2.rows).toEqual([
      { row: 2, customerId: 'C001', name: '王伟', owner: 'S001', ownerName: '赵一', phone: '13812345678' },
      { row: 3, customerId: 'C002', name: '王玮', owner: 'S002', ownerName: '钱二', phone: '138 1234 5678' },
    ]);
    expect(g2.owners).toEqual([
      { id: 'S001', name: '赵一' },
      { id: 'S002', name: '钱二' },
    ]);
    expect(g2.source).toBe(clusters[1]);
  });

  it('deduplicates matched pairs regardless of direction', () => {
    const views = conflictViews(clusters, data);
    expect(views[0].pairs).toEqual([[2, 3]]);
    expect(views[1].pairs).toEqual([[4, 5]]);
  });

  it('falls back to the cluster ids when a row is missing from the table', () => {
    const views = conflictViews(
      [
        {
          id: 'G9',
          kind: 'conflict',
          rows: [99],
          customerIds: ['C099'],
          owners: ['S009'],
          reasons: [],
          suggestedOwner: 'S009',
        },
      ],
      data,
    );
    expect(views[0].rows[0]).toMatchObject({ row: 99, customerId: 'C099', owner: 'S009', name: '' });
  });
});

describe('small helpers', () => {
  it('ownerLabel shows the name when known', () => {
    expect(ownerLabel('S001', '赵一')).toBe('S001 赵一');
    expect(ownerLabel('S001', '')).toBe('S001');
  });

  it('overallProgress maps read to the first half and is monotone across phases', () => {
    expect(overallProgress('read', 0, 100)).toBe(0);
    expect(overallProgress('read', 50, 100)).toBe(0.25);
    expect(overallProgress('read', 100, 100)).toBe(0.5);
    expect(overallProgress('match', 100, 100)).toBeCloseTo(0.9);
    expect(overallProgress('write', 1, 1)).toBe(1);
    expect(overallProgress('read', 5, 0)).toBe(0);
    expect(overallProgress('match', 200, 100)).toBeCloseTo(0.9);
    // validation sits between reading and matching, so the bar never goes back
    expect(overallProgress('validate', 0, 1)).toBe(0.5);
    expect(overallProgress('validate', 1, 1)).toBeCloseTo(overallProgress('match', 0, 10));
    expect(overallProgress('match', 0, 10)).toBeLessThan(overallProgress('write', 0, 1));
  });

  it('phaseStep numbers the four phases', () => {
    expect(phaseStep('read')).toEqual({ step: 1, of: 4 });
    expect(phaseStep('validate')).toEqual({ step: 2, of: 4 });
    expect(phaseStep('match')).toEqual({ step: 3, of: 4 });
    expect(phaseStep('write')).toEqual({ step: 4, of: 4 });
  });
});

describe('suspiciousViews', () => {
  const data: WorkbookData = {
    Customers: table('Customers', [8, 189, 300], {
      CustomerId: ['C7', 'C188', 'C299'],
      Name: ['王伟', '王芳', '李娜'],
      Owner: ['S007', 'S009', 'S007'],
      Phone: ['13504767578', '13504767578', '13900000000'],
    }),
    Staff: table('Staff', [2, 3], { StaffId: ['S007', 'S009'], Name: ['张三', '李四'] }),
  };

  it('orders rows within and across pairs, fills names and owners, and makes a one-pair group for the action', () => {
    const views = suspiciousViews(
      [
        { rows: [300, 8], customerIds: ['C299', 'C7'], owners: ['S007', 'S007'], why: 'idConflict', message: 'm2' },
        { rows: [189, 8], customerIds: ['C188', 'C7'], owners: ['S009', 'S007'], why: 'negative', message: 'm1' },
      ],
      data,
    );
    expect(views.map((v) => v.key)).toEqual(['8-189', '8-300']);
    const [first, second] = views;
    expect(first.rows.map((r) => [r.row, r.customerId, r.name, r.ownerName])).toEqual([
      [8, 'C7', '王伟', '张三'],
      [189, 'C188', '王芳', '李四'],
    ]);
    expect(first.message).toBe('m1');
    expect(first.group.rows.map((r) => r.row)).toEqual([8, 189]);
    expect(first.group.pairs).toEqual([[8, 189]]);
    expect(first.group.source.rows).toEqual([8, 189]);
    expect(first.group.source.customerIds).toEqual(['C7', 'C188']);
    expect(first.group.kind).toBe('conflict');
    expect(first.group.owners.map((o) => o.id)).toEqual(['S007', 'S009']);
    // one owner on both rows: a duplicate-shaped group
    expect(second.group.kind).toBe('duplicate');
    expect(second.why).toBe('idConflict');
  });

  it('falls back to the engine ids and owners when a row is not in the data', () => {
    const [v] = suspiciousViews(
      [{ rows: [8, 999], customerIds: ['C7', 'CX'], owners: ['S007', 'S404'], why: 'negative', message: 'm' }],
      data,
    );
    expect(v.rows[1]).toMatchObject({ row: 999, customerId: 'CX', owner: 'S404', ownerName: '', name: '' });
  });
});

describe('placeholderViews', () => {
  it('lists the most-typed value first with a stable key', () => {
    const v = placeholderViews([
      { rule: 'phone', value: '13800000000', count: 60, message: 'a' },
      { rule: 'id', value: '000000', count: 5000, message: 'b' },
      { rule: 'phone', value: '13900000000', count: 60, message: 'c' },
    ]);
    expect(v.map((x) => [x.key, x.count])).toEqual([
      ['id:000000', 5000],
      ['phone:13800000000', 60],
      ['phone:13900000000', 60],
    ]);
  });
});

describe('resultIndex: the result of an action goes where the card acted on was', () => {
  it('goes before the card that followed the one acted on, when the acted card left the list', () => {
    expect(resultIndex(['G1', 'G3', 'G4'], { acted: 'G2', following: ['G3', 'G4'] })).toBe(1);
  });
  it('goes right after the acted card when it is still listed (a conflict that became a duplicate)', () => {
    expect(resultIndex(['G1', 'G2', 'G3'], { acted: 'G2', following: ['G3'] })).toBe(2);
  });
  it('skips followers that left with the action, and goes at the end when none is left', () => {
    expect(resultIndex(['G1', 'G4'], { acted: 'G2', following: ['G3', 'G4'] })).toBe(1);
    expect(resultIndex(['G1'], { acted: 'G2', following: ['G3'] })).toBe(1);
  });
  it('does not go before a follower that now sorts above the acted card', () => {
    expect(resultIndex(['G3', 'G2', 'G4'], { acted: 'G2', following: ['G3', 'G4'] })).toBe(2);
  });
});

describe('splitDates: dates are cut out whole, so the pane keeps each on one line', () => {
  it('puts each date at an odd index, with its time when it has one', () => {
    expect(splitDates('跟进于 2026-06-30 14:05，登记于 2026-05-01。')).toEqual([
      '跟进于 ',
      '2026-06-30 14:05',
      '，登记于 ',
      '2026-05-01',
      '。',
    ]);
    expect(splitDates('近 3 个月（2026-08 至 2026-10）')).toEqual(['近 3 个月（', '2026-08', ' 至 ', '2026-10', '）']);
  });
  it('leaves text without dates whole', () => {
    expect(splitDates('电话 13800138000')).toEqual(['电话 13800138000']);
  });
});
