/** The one-step resolve dialog's state: the proposal's pre-selections, another kept row, the choice sent. */
import type { ResolutionProposal } from '../../src/domain/merge-proposal';
import { cellText, choiceOf, formFromProposal, withKeepRow } from '../../src/taskpane/resolveModel';

const proposal: ResolutionProposal = {
  group: 'G-0001',
  rows: [12, 40, 77],
  keepRow: 12,
  owner: 'S005',
  coOwner: '',
  fields: [
    { key: 'CustomerId', values: ['C001', 'C002', 'C003'], chosenRow: 12, differs: true },
    { key: 'Phone', values: ['138', '139', ''], chosenRow: 40, differs: true },
    { key: 'Name', values: ['王伟', '王伟', '王伟'], chosenRow: 12, differs: false },
  ],
  pick: { Phone: 40 },
};

describe('resolve dialog state', () => {
  it('starts from the proposal, merging, and sends back the same picks', () => {
    const form = formFromProposal(proposal);
    expect(form).toEqual({
      keepRow: 12,
      chosen: { CustomerId: 12, Phone: 40, Name: 12 },
      owner: 'S005',
      coOwner: '',
      merge: true,
    });
    expect(choiceOf(form)).toEqual({ keepRow: 12, owner: 'S005', coOwner: '', merge: true, pick: { Phone: 40 } });
  });

  it('another kept row takes the fields that followed the old one; a value picked elsewhere stays', () => {
    const form = withKeepRow(formFromProposal(proposal), 77);
    expect(form.chosen).toEqual({ CustomerId: 77, Phone: 40, Name: 77 });
    expect(choiceOf(form).pick).toEqual({ Phone: 40 });
    // picking the kept row's own value is no pick at all
    expect(choiceOf({ ...form, chosen: { ...form.chosen, Phone: 77 } }).pick).toEqual({});
  });

  it('only reassigning sends no picks; a second salesperson who is the owner is none', () => {
    const form = { ...formFromProposal(proposal), merge: false, coOwner: 'S005' };
    expect(choiceOf(form)).toEqual({ keepRow: 12, owner: 'S005', coOwner: '', merge: false });
    expect(choiceOf({ ...form, coOwner: 'S007' }).coOwner).toBe('S007');
  });

  it('shows a date as its day and an empty cell as nothing', () => {
    expect(cellText(new Date(Date.UTC(2026, 5, 30)))).toBe('2026-06-30');
    expect(cellText(null)).toBe('');
    expect(cellText(' 138 ')).toBe('138');
  });
});
