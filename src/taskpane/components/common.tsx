/** Small shared pieces of the pane: the translate hook, styles, a focusable jump row. */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import { t, type Params } from '../../i18n';
import { splitDates } from '../viewModel';

export type Tr = (key: string, params?: Params) => string;

export function useTr(lang: Lang): Tr {
  return React.useCallback((key: string, params?: Params) => t(lang, key, params), [lang]);
}

export const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', marginTop: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  summary: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  cardTitle: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  jump: {
    display: 'block',
    padding: '4px 6px',
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reasons: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  // a date is one word: 2026-06-30 never breaks at its hyphens
  date: { whiteSpace: 'nowrap' },
});

/**
 * A list row that jumps to its place in the sheet: clickable and reachable by
 * keyboard (Tab to focus, Enter or Space to jump).
 */
export function JumpRow(props: {
  onJump: () => void;
  label: string;
  children: React.ReactNode;
  testId?: string;
  selected?: boolean;
}): React.ReactElement {
  const styles = useStyles();
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onJump();
    }
  };
  return (
    <li
      className={styles.jump}
      role="button"
      tabIndex={0}
      aria-label={props.label}
      aria-pressed={props.selected}
      data-testid={props.testId}
      onClick={props.onJump}
      onKeyDown={onKeyDown}
      style={props.selected ? { backgroundColor: tokens.colorBrandBackground2 } : undefined}
    >
      {props.children}
    </li>
  );
}

/** Is focus lost: on the page's body, or inside a dialog that is closing? */
function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * Gives focus to `target()` once no dialog is open: after a dialog closed, or a check that disabled the
 * button that started it. Unless `force`, only when focus is lost, so it never takes focus from where
 * the person put it meanwhile.
 */
export function refocus(target: () => HTMLElement | null | undefined, force = false): void {
  let frames = 0;
  const tick = () => {
    const el = target();
    const dialogOpen = document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
    if (!dialogOpen && el?.isConnected) {
      if (!force && !focusLost()) return;
      el.focus();
      // a button still disabled (the render that enables it after a check has not run yet) takes no focus: try again
      if (document.activeElement === el) {
        el.scrollIntoView?.({ block: 'nearest' });
        return;
      }
    }
    // a dialog's exit takes a few frames; give up after about a second
    if (++frames < 60) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Text whose dates never break across lines: each date in a span that does not wrap. */
export function DateText(props: { text: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      {splitDates(props.text).map((part, i) =>
        i % 2 ? (
          <span key={i} className={styles.date} data-date="">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Long lists are cut so the pane stays quick on big workbooks; "show more" extends them. */
export const PAGE = 30;

/** "Show N more" under a list cut at `limit` items; shows PAGE more each time. Nothing when none are hidden. */
export function ShowMore(props: {
  tr: Tr;
  hidden: number;
  onMore: React.Dispatch<React.SetStateAction<number>>;
  size?: 'small';
}): React.ReactElement | null {
  if (props.hidden <= 0) return null;
  return (
    <Button appearance="subtle" size={props.size} onClick={() => props.onMore((n) => n + PAGE)}>
      {props.tr('pane.list.more', { count: props.hidden })}
    </Button>
  );
}
