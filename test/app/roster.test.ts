/** The roster the pane offers when it asks who is working: active staff, supervisors and managers first. */
import { buildSampleWorkbook } from '../../src/sample';
import { readRoster } from '../../src/app/roster';
import { MemoryWorkbook } from '../../src/workbook/memory';

describe('readRoster', () => {
  it.each(['zh', 'en'] as const)('lists the active staff of the %s sample, by role then ID', async (lang) => {
    const wb = buildSampleWorkbook({ seed: 42, today: '2026-06-30', lang });
    const roster = await readRoster(wb);
    expect(roster.length).toBeGreaterThan(5);
    expect(roster.every((p) => p.id && p.name)).toBe(true);
    // the one salesperson who has left is not offered
    const staff = (await wb.read({ sheets: ['Staff'] })).Staff!;
    expect(roster.length).toBe(staff.length - 1);
    const roles = roster.map((p) => p.role);
    expect(roles[0]).toBe('supervisor');
    expect(roles.lastIndexOf('supervisor')).toBeLessThan(roles.indexOf('manager'));
    expect(roles.indexOf('sales')).toBeGreaterThan(roles.lastIndexOf('finance'));
    const supervisors = roster.filter((p) => p.role === 'supervisor').map((p) => p.id);
    expect(supervisors).toEqual([...supervisors].sort());
  });

  it('is empty for a workbook without a Staff table', async () => {
    expect(await readRoster(new MemoryWorkbook())).toEqual([]);
  });
});
