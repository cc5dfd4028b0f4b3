/** The Settings tab: staleness days, match thresholds and the language, saved in the workbook. */
import * as React from 'react';
import { Button, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import type { Settings } from '../../workbook/port';
import type { ThresholdInfo } from '../services';
import { useStyles, type Tr } from './common';

export function SettingsTab(props: {
  tr: Tr;
  lang: Lang;
  settings: Partial<Settings>;
  thresholds: ThresholdInfo[];
  busy: boolean;
  onSave: (s: Partial<Settings>) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const [staleDays, setStaleDays] = React.useState(String(props.settings.staleDays ?? 30));
  const [values, setValues] = React.useState<Record<string, string>>(() =>
    Object.fromEntries(props.thresholds.map((th) => [th.key, String(th.value)])),
  );
  const [lang, setLang] = React.useState<Lang>(props.settings.lang ?? props.lang);
  const [who, setWho] = React.useState(typeof props.settings.who === 'string' ? props.settings.who : '');

  const staleOk = /^\d+$/.test(staleDays) && Number(staleDays) >= 1 && Number(staleDays) <= 3650;
  const thresholdOk = (th: ThresholdInfo) => {
    const n = Number(values[th.key]);
    return values[th.key] !== '' && Number.isFinite(n) && n >= th.min && n <= th.max;
  };
  const allOk = staleOk && props.thresholds.every(thresholdOk);

  const save = () => {
    const match: Record<string, number> = {};
    for (const th of props.thresholds) match[th.key] = Number(values[th.key]);
    props.onSave({ staleDays: Number(staleDays), lang, matchThresholds: match, who: who.trim() });
  };

  return (
    <div data-testid="settings-tab" className={styles.section} style={{ marginTop: 0 }}>
      <Field
        label={tr('pane.settings.staleDays')}
        hint={tr('pane.settings.staleDaysHint')}
        validationMessage={staleOk ? undefined : tr('pane.settings.range', { min: 1, max: 3650 })}
      >
        <Input type="number" value={staleDays} min={1} max={3650} onChange={(_, d) => setStaleDays(d.value)} data-testid="stale-days" />
      </Field>
      {props.thresholds.length > 0 && <Text weight="semibold">{tr('pane.settings.thresholds')}</Text>}
      {props.thresholds.map((th) => (
        <Field
          key={th.key}
          label={tr(`pane.threshold.${th.key}`)}
          hint={tr(`pane.threshold.${th.key}.hint`)}
          validationMessage={thresholdOk(th) ? undefined : tr('pane.settings.range', { min: th.min, max: th.max })}
        >
          <Input
            type="number"
            step={String(th.step)}
            value={values[th.key] ?? ''}
            onChange={(_, d) => setValues((v) => ({ ...v, [th.key]: d.value }))}
          />
        </Field>
      ))}
      <Field label={tr('pane.settings.who')}>
        <Input value={who} onChange={(_, d) => setWho(d.value)} data-testid="who" />
      </Field>
      <Field label={tr('pane.settings.language')}>
        <RadioGroup value={lang} onChange={(_, d) => setLang(d.value as Lang)} layout="horizontal">
          <Radio value="zh" label={tr('pane.settings.lang.zh')} />
          <Radio value="en" label={tr('pane.settings.lang.en')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!allOk || props.busy} onClick={save} data-testid="save-settings">
          {tr('pane.settings.save')}
        </Button>
      </div>
    </div>
  );
}
