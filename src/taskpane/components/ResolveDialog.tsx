/**
 * Settling a conflict or duplicate group in one step: the group's rows side by side, field by field,
 * with the kept row and the value per field pre-selected (the proposal), the owner and an optional
 * second salesperson (协助销售), then merge into the kept row or only reassign, as one audited action.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActionFrame } from './ActionFrame';
import { CUSTOMERS, label, type Lang } from '../../domain/schema';
import type { ResolutionProposal } from '../../domain/merge-proposal';
import type { ResolveChoice } from '../../app/resolve-conflict';
import type { ConflictView } from '../viewModel';
import { ownerLabel } from '../viewModel';
import { cellText, choiceOf, formFromProposal, withKeepRow, type ResolveForm } from '../resolveModel';
import { DateText, useStyles, type Tr } from './common';

const useDialogStyles = makeStyles({
  // one column per row of the group, as wide as the dialog allows; long values wrap
  columns: { display: 'grid', gap: '2px 8px', alignItems: 'start', overflowWrap: 'anywhere' },
  field: { marginTop: '6px', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorNeutralForeground3 },
  scroll: { maxHeight: '48vh', overflowY: 'auto', paddingRight: '4px' },
});

const fieldName = (key: string, lang: Lang) => {
  const def = CUSTOMERS.fields.find((f) => f.key === key);
  return def ? label(def, lang) : key;
};

export function ResolveDialog(props: {
  view: ConflictView;
  proposal: ResolutionProposal;
  lang: Lang;
  tr: Tr;
  busy: boolean;
  onConfirm: (choice: ResolveChoice) => void;
  onCancel: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const own = useDialogStyles();
  const { view: v, proposal: p, tr } = props;
  const [form, setForm] = React.useState<ResolveForm>(() => formFromProposal(p));
  const grid = { gridTemplateColumns: `repeat(${p.rows.length}, minmax(0, 1fr))` };
  const rowOf = (row: number) => v.rows.find((r) => r.row === row);
  const differing = p.fields.filter((f) => f.differs);
  const same = p.fields.filter((f) => !f.differs);
  const owners = v.owners.map((o) => ({ id: o.id, text: ownerLabel(o.id, o.name) }));
  if (p.coOwner && !owners.some((o) => o.id === p.coOwner)) owners.push({ id: p.coOwner, text: p.coOwner });

  return (
    <ActionFrame
      tr={tr}
      title={tr('pane.settle.title', { group: v.id })}
      confirmLabel={tr(form.merge ? 'pane.settle.confirmMerge' : 'pane.settle.confirmReassign')}
      canConfirm={Boolean(form.owner)}
      busy={props.busy}
      maxWidth={640}
      testId="settle-dialog"
      onConfirm={() => props.onConfirm(choiceOf(form))}
      onCancel={props.onCancel}
    >
      <div className={own.scroll}>
        <Text size={200} block>
          {tr('pane.settle.keep')}
        </Text>
        <RadioGroup
          className={own.columns}
          style={grid}
          value={String(form.keepRow)}
          onChange={(_, d) => setForm((f) => withKeepRow(f, Number(d.value)))}
          aria-label={tr('pane.settle.keep')}
          data-testid="settle-keep"
        >
          {p.rows.map((row) => (
            <Radio
              key={row}
              value={String(row)}
              label={tr('pane.settle.rowOption', { row, id: rowOf(row)?.customerId ?? '' })}
              data-testid={`settle-keep-${row}`}
            />
          ))}
        </RadioGroup>
        {differing.map((f) => (
          <React.Fragment key={f.key}>
            <Text className={own.field} block id={`settle-f-${f.key}`}>
              {fieldName(f.key, props.lang)}
            </Text>
            <RadioGroup
              className={own.columns}
              style={grid}
              value={String(form.chosen[f.key])}
              disabled={!form.merge}
              onChange={(_, d) => setForm((x) => ({ ...x, chosen: { ...x.chosen, [f.key]: Number(d.value) } }))}
              aria-labelledby={`settle-f-${f.key}`}
              data-testid={`settle-field-${f.key}`}
            >
              {p.rows.map((row, k) => (
                <Radio
                  key={row}
                  value={String(row)}
                  label={cellText(f.values[k]) || tr('pane.settle.empty')}
                  className={cellText(f.values[k]) ? undefined : own.empty}
                />
              ))}
            </RadioGroup>
          </React.Fragment>
        ))}
        {same.length > 0 && (
          <Accordion collapsible>
            <AccordionItem value="same">
              <AccordionHeader size="small">{tr('pane.settle.same', { count: same.length })}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.reasons}>
                  {same.map((f) => (
                    <li key={f.key}>
                      <DateText
                        text={tr('pane.settle.sameValue', {
                          field: fieldName(f.key, props.lang),
                          value: f.values.map(cellText).find(Boolean) || tr('pane.settle.empty'),
                        })}
                      />
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        )}
      </div>
      <OwnerFields tr={tr} form={form} owners={owners} suggested={v.suggestedOwner} onChange={setForm} />
      <RadioGroup
        value={form.merge ? 'merge' : 'reassign'}
        onChange={(_, d) => setForm((f) => ({ ...f, merge: d.value === 'merge' }))}
        aria-label={tr('pane.settle.how')}
        data-testid="settle-how"
      >
        <Radio value="merge" label={tr('pane.settle.merge', { count: p.rows.length - 1 })} />
        <Radio value="reassign" label={tr('pane.settle.reassign', { count: p.rows.length })} />
      </RadioGroup>
      <Text size={200}>{tr('pane.action.audited')}</Text>
    </ActionFrame>
  );
}

/** The owner (the suggested one marked) and the optional second salesperson, from the group's owners. */
function OwnerFields(props: {
  tr: Tr;
  form: ResolveForm;
  owners: { id: string; text: string }[];
  suggested: string;
  onChange: React.Dispatch<React.SetStateAction<ResolveForm>>;
}): React.ReactElement {
  const { tr, form } = props;
  return (
    <>
      <Field label={tr('pane.resolve.pick')}>
        <Select
          value={form.owner}
          onChange={(_, d) => props.onChange((f) => ({ ...f, owner: d.value }))}
          data-testid="settle-owner"
        >
          {props.owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.id === props.suggested ? tr('pane.resolve.suggestedOption', { owner: o.text }) : o.text}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr('pane.settle.coOwner')} hint={tr('pane.settle.coOwnerHint')}>
        <Select
          value={form.coOwner === form.owner ? '' : form.coOwner}
          onChange={(_, d) => props.onChange((f) => ({ ...f, coOwner: d.value }))}
          data-testid="settle-coowner"
        >
          <option value="">{tr('pane.settle.noCoOwner')}</option>
          {props.owners
            .filter((o) => o.id !== form.owner)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
        </Select>
      </Field>
    </>
  );
}
