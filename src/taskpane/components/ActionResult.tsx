/** The result of an action, shown in its list where the card acted on was (not at the top of the pane). */
import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { resultIndex, type CardList, type PlacedResult } from '../viewModel';

function ActionResult(props: { placed: PlacedResult }): React.ReactElement {
  return (
    <MessageBar
      intent={props.placed.intent}
      layout="multiline"
      data-testid="action-result"
      tabIndex={-1}
      aria-live="polite"
    >
      <MessageBarBody>{props.placed.text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * The cards of one list (those shown, in order; `keys` are the keys of the whole list), with the
 * last action's result before the card that followed the one acted on.
 */
export function CardsWithResult(props: {
  list: CardList;
  keys: readonly string[];
  placed: PlacedResult | null;
  children: React.ReactElement[];
}): React.ReactElement {
  const { placed, children } = props;
  if (!placed || placed.list !== props.list) return <>{children}</>;
  const at = Math.min(resultIndex(props.keys, placed), children.length);
  return (
    <>
      {children.slice(0, at)}
      <ActionResult placed={placed} />
      {children.slice(at)}
    </>
  );
}
