/**
 * "I am …" (issue 20): the person using the pane, picked from the roster and remembered on this machine
 * only; their role's scope, and the "my view" switch with the plain warning that a filter in a shared
 * workbook is no protection.
 */
import * as React from 'react';
import {
  Button,
  Card,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ROLES, label, type Lang } from '../../domain/schema';
import type { RosterPerson } from '../../app/roster';
import { whoOf } from './WhoField';
import { useStyles, type Tr } from './common';

const useCardStyles = makeStyles({
  card: { marginBottom: '8px', gap: '6px', backgroundColor: tokens.colorNeutralBackground2 },
});

export interface IAmState {
  person: RosterPerson | null;
  /** The scope line ("展厅主管：可查看所负责展厅的客户") or why the person sees nothing. */
  scopeText: string;
  startText: string;
  myView: boolean;
  /** "my view" can filter (a check has run and the person sees something). */
  canFilter: boolean;
  /** The line saying what the filter shows, when on. */
  shownText: string;
}

function roleName(role: string | null, lang: Lang): string {
  const value = ROLES.find((r) => r.key === role);
  return value ? label(value, lang) : '';
}

export function IAmCard(props: {
  tr: Tr;
  lang: Lang;
  roster: RosterPerson[];
  state: IAmState;
  busy: boolean;
  onPick: (staffId: string | null) => void;
  onMyView: (on: boolean) => void;
}): React.ReactElement | null {
  const styles = useStyles();
  const own = useCardStyles();
  const { tr, state } = props;
  if (!props.roster.length) return null;
  const person = state.person;
  return (
    <Card className={own.card} data-testid="iam-card" data-staff={person?.id ?? ''} data-role={person?.role ?? ''}>
      <Field label={tr('pane.iam.label')} hint={tr('pane.iam.hint')}>
        <Dropdown
          value={person ? whoOf(person) : ''}
          selectedOptions={person ? [person.id] : []}
          placeholder={tr('pane.iam.placeholder')}
          onOptionSelect={(_, d) => props.onPick(d.optionValue ?? null)}
          data-testid="iam"
        >
          {props.roster.map((p) => (
            <Option key={p.id} value={p.id} text={whoOf(p)} data-testid={`iam-${p.id}`}>
              {`${whoOf(p)} · ${roleName(p.role, props.lang)}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {person && (
        <>
          <Text size={200} data-testid="iam-scope">
            {state.scopeText}
          </Text>
          {state.startText && (
            <Text size={200} className={styles.muted} data-testid="iam-start">
              {state.startText}
            </Text>
          )}
          <div className={styles.row}>
            <Switch
              checked={state.myView}
              disabled={props.busy || !state.canFilter}
              label={tr('pane.myView.label')}
              onChange={(_, d) => props.onMyView(d.checked)}
              data-testid="my-view"
            />
            <Button appearance="subtle" size="small" onClick={() => props.onPick(null)} data-testid="iam-clear">
              {tr('pane.iam.clear')}
            </Button>
          </div>
          {!state.canFilter && (
            <Text size={200} className={styles.muted} data-testid="my-view-need-check">
              {tr('pane.myView.needCheck')}
            </Text>
          )}
          {state.myView && state.shownText && (
            <Text size={200} data-testid="my-view-shown">
              {state.shownText}
            </Text>
          )}
          <MessageBar intent="warning" layout="multiline" data-testid="my-view-caveat">
            <MessageBarBody>{tr('pane.myView.caveat')}</MessageBarBody>
          </MessageBar>
        </>
      )}
    </Card>
  );
}
