/** Small shared pieces of the pane: the translate hook, styles, a focusable jump row. */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import { t, type Params } from '../../i18n';

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
