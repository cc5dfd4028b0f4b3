/** The frame every action dialog shares: a title, the content, a confirm button and Cancel. */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Tr } from './common';

export function ActionFrame(props: {
  tr: Tr;
  title: string;
  confirmLabel: string;
  /** The confirm button's test id ('dialog-confirm' unless told). */
  confirmTestId?: string;
  canConfirm: boolean;
  busy: boolean;
  /** How wide the dialog may get on a wide pane (it never gets wider than the pane). */
  maxWidth?: number;
  testId?: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}): React.ReactElement {
  const width = props.maxWidth ? `min(${props.maxWidth}px, calc(100vw - 24px))` : 'calc(100vw - 24px)';
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: width }}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: '8px' }} data-testid={props.testId}>
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={props.busy || !props.canConfirm}
              onClick={props.onConfirm}
              data-testid={props.confirmTestId ?? 'dialog-confirm'}
            >
              {props.confirmLabel}
            </Button>
            <Button appearance="secondary" disabled={props.busy} onClick={props.onCancel}>
              {props.tr('pane.action.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
