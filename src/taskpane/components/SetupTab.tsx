/** The Setup tab: set up or repair the workbook, and show what was found, mapped, missing and added. */
import * as React from 'react';
import { Badge, Button, Subtitle2, Text } from '@fluentui/react-components';
import type { SetupReport } from '../../workbook/port';
import { SHEET_BY_KEY, type Lang, type SheetKey, label } from '../../domain/schema';
import { useStyles, type Tr } from './common';

export interface SheetSetupView {
  sheet: SheetKey;
  name: string;
  status: 'found' | 'created';
  mapped: { field: string; header: string }[];
  missing: string[];
  added: string[];
  extra: string[];
}

function fieldName(sheet: SheetKey, key: string, lang: Lang): string {
  const def = SHEET_BY_KEY[sheet]?.fields.find((f) => f.key === key);
  return def ? label(def, lang) : key;
}

/** The setup report as display rows, in the schema's sheet order. */
export function setupViews(report: SetupReport, lang: Lang): SheetSetupView[] {
  const out: SheetSetupView[] = [];
  for (const key of Object.keys(SHEET_BY_KEY) as SheetKey[]) {
    const s = report.sheets[key];
    if (!s) continue;
    out.push({
      sheet: key,
      name: label(SHEET_BY_KEY[key], lang),
      status: s.created ? 'created' : 'found',
      mapped: Object.entries(s.mapped).map(([field, header]) => ({ field: fieldName(key, field, lang), header })),
      missing: s.missing.map((f) => fieldName(key, f, lang)),
      added: s.added.map((f) => fieldName(key, f, lang)),
      extra: s.extra,
    });
  }
  return out;
}

export function SetupTab(props: {
  tr: Tr;
  lang: Lang;
  busy: boolean;
  report: SetupReport | null;
  onSetup: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const views = props.report ? setupViews(props.report, props.lang) : [];
  return (
    <div data-testid="setup-tab">
      <Text block>{tr('pane.setup.intro')}</Text>
      <div className={styles.row} style={{ marginTop: 8 }}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onSetup} data-testid="run-setup">
          {tr('pane.setup.run')}
        </Button>
      </div>
      {views.length > 0 && (
        <section className={styles.section} data-testid="setup-report">
          <Subtitle2>{tr('pane.setup.report')}</Subtitle2>
          {views.map((v) => (
            <article key={v.sheet} className={styles.card} data-testid={`setup-${v.sheet}`}>
              <div className={styles.cardTitle}>
                <Text weight="semibold">{v.name}</Text>
                <Badge appearance="tint" color={v.status === 'created' ? 'success' : 'informative'}>
                  {tr(v.status === 'created' ? 'pane.setup.created' : 'pane.setup.found')}
                </Badge>
              </div>
              {v.mapped.length > 0 && (
                <Text size={200}>{tr('pane.setup.mappedCount', { count: v.mapped.length })}</Text>
              )}
              {v.mapped.some((m) => m.header !== m.field) && (
                <Text size={200}>
                  {tr('pane.setup.mapped', {
                    list: v.mapped
                      .filter((m) => m.header !== m.field)
                      .map((m) => tr('pane.setup.mapping', { field: m.field, header: m.header }))
                      .join(tr('pane.list.sep')),
                  })}
                </Text>
              )}
              {v.added.length > 0 && (
                <Text size={200}>{tr('pane.setup.added', { list: v.added.join(tr('pane.list.sep')) })}</Text>
              )}
              {v.missing.length > 0 && (
                <Text size={200} className={styles.warning}>
                  {tr('pane.setup.missing', { list: v.missing.join(tr('pane.list.sep')) })}
                </Text>
              )}
              {v.extra.length > 0 && (
                <Text size={200} className={styles.muted}>
                  {tr('pane.setup.extra', { list: v.extra.join(tr('pane.list.sep')) })}
                </Text>
              )}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
