/**
 * Who is working, for the change log (Audit sheet): a name typed, or picked from the roster's active
 * people, saved in the workbook's settings (`who`). Used by the first-run panel and the Settings tab.
 */
import * as React from 'react';
import { Combobox, Field, Option, Text } from '@fluentui/react-components';
import { ROLES, label, type Lang } from '../../domain/schema';
import type { RosterPerson } from '../../app/roster';
import { ownerLabel } from '../viewModel';
import { useStyles, type Tr } from './common';

/** How a person from the roster is recorded: staff ID and name, as the pane shows owners. */
export const whoOf = (p: RosterPerson): string => ownerLabel(p.id, p.name);

function roleName(role: string | null, lang: Lang): string {
  const value = ROLES.find((r) => r.key === role);
  return value ? label(value, lang) : '';
}

export function WhoField(props: {
  tr: Tr;
  lang: Lang;
  label: string;
  value: string;
  roster: RosterPerson[];
  onChange: (who: string) => void;
  testId: string;
}): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const typed = props.value.trim();
  // what is typed narrows the list; a name picked (or nothing typed) shows everyone
  const picked = props.roster.some((p) => whoOf(p) === typed);
  const shown = typed && !picked ? props.roster.filter((p) => whoOf(p).includes(typed)) : props.roster;
  return (
    <Field label={props.label} hint={props.roster.length ? tr('pane.who.hint') : undefined}>
      <Combobox
        freeform
        value={props.value}
        placeholder={tr(props.roster.length ? 'pane.who.placeholder' : 'pane.who.placeholderNoRoster')}
        onChange={(e) => props.onChange(e.target.value)}
        onOptionSelect={(_, d) => props.onChange(d.optionText ?? '')}
        data-testid={props.testId}
      >
        {shown.map((p) => (
          <Option key={p.id} value={whoOf(p)} text={whoOf(p)} data-who={whoOf(p)}>
            {whoOf(p)}{' '}
            <Text size={200} className={styles.muted}>
              {roleName(p.role, props.lang)}
            </Text>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
