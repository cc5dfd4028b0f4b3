/**
 * The Settings tab: staleness days, the customer matcher shown as data (decision,
 * comparisons per field, blocking keys) with its tunable numbers beside the rule they
 * change, the audit name and the language; saved per workbook.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import type { MatchConfig } from '../../domain/conflicts/config';
import type { Settings } from '../../workbook/port';
import type { ThresholdInfo } from '../services';
import { STALE_DAYS, checkTunable } from '../../domain/conflicts/tunables';
import { matchConfigView, tunableErrorText, type LevelRow } from '../matchSettings';
import { useStyles, type Tr } from './common';

export interface SettingsTabProps {
  tr: Tr;
  lang: Lang;
  settings: Partial<Settings>;
  thresholds: ThresholdInfo[];
  matchConfig: (values: Record<string, number>) => MatchConfig;
  busy: boolean;
  onSave: (s: Partial<Settings>) => void;
}

const ROLE_COLOR = { for: 'success', against: 'danger', neutral: 'informative' } as const;

export function SettingsTab(props: SettingsTabProps): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const [staleDays, setStaleDays] = React.useState(
    String(typeof props.settings.staleDays === 'number' ? props.settings.staleDays : STALE_DAYS.default),
  );
  const [values, setValues] = React.useState<Record<string, string>>(() =>
    Object.fromEntries(props.thresholds.map((th) => [th.key, String(th.value)])),
  );
  const [lang, setLang] = React.useState<Lang>(props.settings.lang ?? props.lang);
  const [who, setWho] = React.useState(typeof props.settings.who === 'string' ? props.settings.who : '');
  const [restored, setRestored] = React.useState(false);

  const staleCheck = checkTunable(STALE_DAYS, staleDays);
  const checks = new Map(props.thresholds.map((th) => [th.key, checkTunable(th, values[th.key] ?? '')]));
  const allOk = !staleCheck.error && [...checks.values()].every((c) => !c.error);

  // The configuration as it would run with what is typed now (invalid entries keep the saved value).
  const live: Record<string, number> = {};
  for (const th of props.thresholds) live[th.key] = checks.get(th.key)?.value ?? th.value;
  const view = matchConfigView(props.matchConfig(live), props.lang);

  const save = () => {
    if (!allOk) return;
    const match: Record<string, number> = {};
    for (const th of props.thresholds) match[th.key] = checks.get(th.key)!.value!;
    setRestored(false);
    props.onSave({ staleDays: staleCheck.value, lang, matchThresholds: match, who: who.trim() });
  };

  const restore = () => {
    setValues(Object.fromEntries(props.thresholds.map((th) => [th.key, String(th.defaultValue)])));
    setStaleDays(String(STALE_DAYS.default));
    setRestored(true);
  };

  const tunablesOf = (section: string) =>
    props.thresholds
      .filter((th) => th.section === section)
      .map((th) => (
        <TunableField
          key={th.key}
          tr={tr}
          lang={props.lang}
          info={th}
          raw={values[th.key] ?? ''}
          onChange={(v) => setValues((old) => ({ ...old, [th.key]: v }))}
        />
      ));

  return (
    <form
      data-testid="settings-tab"
      className={styles.section}
      style={{ marginTop: 0 }}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field
        label={tr('pane.settings.staleDays')}
        hint={tr('pane.tune.hint', {
          min: STALE_DAYS.min,
          max: STALE_DAYS.max,
          value: STALE_DAYS.default,
          more: tr('pane.settings.staleDaysHint'),
        })}
        validationMessage={
          staleCheck.error ? tunableErrorText(props.lang, staleCheck.error, staleDays, STALE_DAYS) : undefined
        }
      >
        <Input
          inputMode="numeric"
          value={staleDays}
          onChange={(_, d) => setStaleDays(d.value)}
          data-testid="stale-days"
        />
      </Field>

      <section className={styles.section} aria-labelledby="match-title" data-testid="match-config">
        <Subtitle2 id="match-title">{tr('pane.settings.thresholds')}</Subtitle2>
        <Text size={200} className={styles.muted}>
          {tr('pane.match.intro')}
        </Text>

        <article className={styles.card} data-testid="match-decision">
          <Text weight="semibold">{tr('pane.match.decision')}</Text>
          <Text size={200}>{tr('pane.match.decisionRule', { threshold: view.decision.threshold })}</Text>
          {tunablesOf('decision')}
          <ul className={styles.reasons}>
            {view.decision.rules.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </article>

        <Accordion multiple collapsible data-testid="match-sections">
          <AccordionItem value="comparisons">
            <AccordionHeader size="small" data-testid="match-comparisons-header">
              {tr('pane.match.comparisons', { count: view.comparisons.length })}
            </AccordionHeader>
            <AccordionPanel className={styles.section} style={{ marginTop: 0 }}>
              <Text size={200} className={styles.muted}>
                {tr('pane.match.comparisonsIntro')}
              </Text>
              {view.comparisons.map((c) => (
                <article key={c.id} className={styles.card} data-testid={`match-comparison-${c.id}`}>
                  <Text weight="semibold">{c.field}</Text>
                  <Text size={200} className={styles.muted}>
                    {tr('pane.match.normalisedBy', { normaliser: c.normaliser })}
                  </Text>
                  <Levels tr={tr} levels={c.levels} />
                  {c.companyLevels.length > 0 && (
                    <>
                      <Text size={200} weight="semibold">
                        {tr('pane.match.companyLevels')}
                      </Text>
                      <Levels tr={tr} levels={c.companyLevels} />
                    </>
                  )}
                  {tunablesOf(`comparison:${c.id}`)}
                </article>
              ))}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="blocking">
            <AccordionHeader size="small" data-testid="match-blocking-header">
              {tr('pane.match.blocking', { count: view.blocking.length })}
            </AccordionHeader>
            <AccordionPanel className={styles.section} style={{ marginTop: 0 }}>
              <Text size={200} className={styles.muted}>
                {tr('pane.match.blockingIntro')}
              </Text>
              {view.blocking.map((b) => (
                <article
                  key={b.id}
                  className={styles.card}
                  data-testid={`match-blocking-${b.id}`}
                  data-max-block={b.maxBlock}
                >
                  <Text weight="semibold">{b.key}</Text>
                  <Text size={200} className={styles.muted}>
                    {b.policy}
                  </Text>
                  {tunablesOf(`blocking:${b.id}`)}
                </article>
              ))}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>

      <Field label={tr('pane.settings.who')}>
        <Input value={who} onChange={(_, d) => setWho(d.value)} data-testid="who" />
      </Field>
      <Field label={tr('pane.settings.language')}>
        <RadioGroup value={lang} onChange={(_, d) => setLang(d.value as Lang)} layout="horizontal">
          <Radio value="zh" label={tr('pane.settings.lang.zh')} />
          <Radio value="en" label={tr('pane.settings.lang.en')} />
        </RadioGroup>
      </Field>
      {!allOk && (
        <Text className={styles.warning} role="alert" data-testid="settings-invalid">
          {tr('pane.settings.fixFirst')}
        </Text>
      )}
      {restored && (
        <Text size={200} data-testid="settings-restored">
          {tr('pane.settings.restored')}
        </Text>
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={!allOk || props.busy} data-testid="save-settings">
          {tr('pane.settings.save')}
        </Button>
        <Button
          type="button"
          appearance="secondary"
          disabled={props.busy}
          onClick={restore}
          data-testid="restore-defaults"
        >
          {tr('pane.settings.restore')}
        </Button>
      </div>
    </form>
  );
}

function Levels(props: { tr: Tr; levels: LevelRow[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.levels.map((l, i) => (
        <li key={i} className={styles.row} style={{ gap: 4, flexWrap: 'nowrap', alignItems: 'flex-start' }}>
          <Badge
            appearance="tint"
            size="small"
            color={ROLE_COLOR[l.role]}
            aria-label={props.tr(`pane.match.role.${l.role}`)}
            title={props.tr(`pane.match.role.${l.role}`)}
            style={{ flexShrink: 0, minWidth: '2.6em' }}
          >
            {l.weight}
          </Badge>
          <Text size={200}>{l.label}</Text>
        </li>
      ))}
    </ul>
  );
}

function TunableField(props: {
  tr: Tr;
  lang: Lang;
  info: ThresholdInfo;
  raw: string;
  onChange: (v: string) => void;
}): React.ReactElement {
  const { tr, info } = props;
  const check = checkTunable(info, props.raw);
  return (
    <Field
      label={tr(info.labelKey)}
      hint={tr('pane.tune.hint', { min: info.min, max: info.max, value: info.defaultValue, more: '' })}
      validationMessage={check.error ? tunableErrorText(props.lang, check.error, props.raw, info) : undefined}
      size="small"
    >
      <Input
        size="small"
        inputMode={info.integer ? 'numeric' : 'decimal'}
        value={props.raw}
        onChange={(_, d) => props.onChange(d.value)}
        data-testid={`tune-${info.key}`}
      />
    </Field>
  );
}
