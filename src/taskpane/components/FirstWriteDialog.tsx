/** Before the first check writes into a workbook: what it will add, and a choice to go ahead. */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { FirstWritePlan } from '../../app/check-workbook';
import type { Lang } from '../../domain/schema';
import { firstWriteItems } from '../firstWrite';
import type { Tr } from './common';

export function FirstWriteDialog(props: {
  plan: FirstWritePlan | null;
  lang: Lang;
  tr: Tr;
  onAnswer: (go: boolean) => void;
}): React.ReactElement | null {
  const { plan, tr } = props;
  if (!plan) return null;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onAnswer(false)}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: 'calc(100vw - 24px)' }} data-testid="first-write">
        <DialogBody>
          <DialogTitle>{tr('pane.firstWrite.title')}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {firstWriteItems(plan, props.lang).map((item) => (
                <li key={item}>
                  <Text>{item}</Text>
                </li>
              ))}
            </ul>
            <Text size={200}>{tr('pane.firstWrite.untouched')}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)} data-testid="first-write-confirm">
              {tr('pane.firstWrite.confirm')}
            </Button>
            <Button appearance="secondary" onClick={() => props.onAnswer(false)} data-testid="first-write-cancel">
              {tr('pane.firstWrite.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
