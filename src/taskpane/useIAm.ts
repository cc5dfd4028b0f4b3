/**
 * The state behind "I am …" and "my view": the person (remembered on this machine), the view their role
 * starts in, the check's lists narrowed to their rows, and the workbook's filter (port.applyRowFilter)
 * while "my view" is on.
 */
import * as React from 'react';
import type { Lang } from '../domain/schema';
import { ROLES, label } from '../domain/schema';
import { ROLE_LEVEL, type RoleKey } from '../domain/access';
import { noAccessMessage } from '../app/export-for-person';
import type { RosterPerson } from '../app/roster';
import type { WorkbookPort } from '../workbook/port';
import type { CheckRun } from './services';
import type { IAmState } from './components/IAmCard';
import type { Tr } from './components/common';
import {
  FILTERED_SHEETS,
  localIdentityStore,
  myRows,
  startViewFor,
  type IdentityStore,
  type MyRows,
  type StartView,
} from './myView';

export function useIAm(opts: {
  roster: RosterPerson[];
  run: CheckRun | null;
  port: WorkbookPort;
  lang: Lang;
  tr: Tr;
  onStart: (view: StartView) => void;
  fail: (e: unknown) => void;
  store?: IdentityStore;
}) {
  const { roster, run, port, lang, tr, onStart, fail } = opts;
  const store = React.useMemo(() => opts.store ?? localIdentityStore(), [opts.store]);
  const [staffId, setStaffId] = React.useState<string | null>(() => store.get());
  const [myView, setMyView] = React.useState(false);
  const person = roster.find((p) => p.id === staffId) ?? null;
  const role = (person?.role ?? null) as RoleKey | null;
  const start = startViewFor(role);

  // The start view, once per person (when the roster names the remembered person, or one is picked).
  const started = React.useRef<string | null>(null);
  React.useEffect(() => {
    if (!person || started.current === person.id) return;
    started.current = person.id;
    if (start) onStart(start);
    setMyView(start?.section === 'mine');
  }, [person, start, onStart]);

  const pick = (id: string | null) => {
    store.set(id);
    setStaffId(id);
    if (!id) setMyView(false);
  };

  const my = React.useMemo<MyRows | null>(() => (run && person ? myRows(run.data, person.id) : null), [run, person]);
  const sees = my !== null && my.scope.level !== 'none';
  const filtering = myView && sees ? my : null;

  // The workbook's filter follows "my view"; one that was applied is cleared when it goes off.
  const applied = React.useRef(false);
  const customerIds = filtering?.customerIds;
  React.useEffect(() => {
    if (!port.applyRowFilter) return;
    if (!customerIds && !applied.current) return;
    const values = customerIds ?? null;
    applied.current = values !== null;
    void (async () => {
      for (const { sheet, field } of FILTERED_SHEETS) await port.applyRowFilter!(sheet, field, values);
    })().catch(fail);
  }, [port, customerIds, fail]);

  const roleLabel = ROLES.find((r) => r.key === role);
  const state: IAmState = {
    person,
    scopeText:
      my && my.scope.level === 'none'
        ? noAccessMessage(my.scope, lang)
        : role
          ? tr('pane.iam.scope', {
              role: roleLabel ? label(roleLabel, lang) : '',
              level: tr(`access.level.${my?.scope.level ?? ROLE_LEVEL[role]}`),
            })
          : '',
    startText: start ? tr(`pane.iam.start.${start.section}`) : '',
    myView: myView && sees,
    canFilter: sees,
    shownText: filtering ? tr('pane.myView.shown', { customers: filtering.customerIds.length }) : '',
  };
  return { state, pick, setMyView, my: filtering, start: person ? start : null };
}
