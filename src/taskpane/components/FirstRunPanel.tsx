/**
 * The pane's first minute: what its four job tabs are for, and who is working, so that the change log
 * names a person rather than 展厅主管. Shown until a name is saved (or put off for this session).
 */
import * as React from 'react';
import { Button, Card, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import type { RosterPerson } from '../../app/roster';
import { WhoField } from './WhoField';
import { useStyles, type Tr } from './common';

const usePanelStyles = makeStyles({
  card: { marginBottom: '8px', backgroundColor: tokens.colorBrandBackground2, gap: '6px' },
  jobs: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
});

/** The four jobs, each under the name of the tab that does it. */
const JOBS = [
  { tab: 'check', text: 'pane.welcome.check' },
  { tab: 'reviews', text: 'pane.welcome.reviews' },
  { tab: 'showroom', text: 'pane.welcome.showroom' },
  { tab: 'setup', text: 'pane.welcome.setup' },
] as const;

export type JobTab = (typeof JOBS)[number]['tab'];

export function FirstRunPanel(props: {
  tr: Tr;
  lang: Lang;
  roster: RosterPerson[];
  busy: boolean;
  onSave: (who: string) => void;
  onLater: () => void;
  onOpenTab: (tab: JobTab) => void;
}): React.ReactElement {
  const styles = useStyles();
  const own = usePanelStyles();
  const { tr } = props;
  const [who, setWho] = React.useState('');
  return (
    <Card className={own.card} data-testid="first-run" aria-labelledby="first-run-title">
      <Subtitle2 id="first-run-title">{tr('pane.welcome.title')}</Subtitle2>
      <Text size={200}>{tr('pane.welcome.intro')}</Text>
      <ul className={own.jobs}>
        {JOBS.map((job) => (
          <li key={job.tab} data-testid={`first-run-${job.tab}`}>
            <Button
              appearance="transparent"
              size="small"
              style={{ padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold }}
              onClick={() => props.onOpenTab(job.tab)}
            >
              {tr(`pane.tab.${job.tab}`)}
            </Button>
            <Text size={200}>{tr(job.text)}</Text>
          </li>
        ))}
      </ul>
      <WhoField
        tr={tr}
        lang={props.lang}
        label={tr('pane.welcome.who')}
        value={who}
        roster={props.roster}
        onChange={setWho}
        testId="first-run-who"
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={props.busy || !who.trim()}
          onClick={() => props.onSave(who.trim())}
          data-testid="first-run-save"
        >
          {tr('pane.welcome.save')}
        </Button>
        <Button appearance="subtle" onClick={props.onLater} data-testid="first-run-later">
          {tr('pane.welcome.later')}
        </Button>
      </div>
    </Card>
  );
}
