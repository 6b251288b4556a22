/** A link-styled button that selects an actor or a relation, the details' way of moving on. */
import type { ReactNode } from 'react';

import type { Selection } from '../../domain/selection';
import { useExplorerDataset, useSelection } from '../view/ExplorerContext';

export function SelectButton({
  target,
  current = false,
  children,
}: {
  target: Selection;
  /** Whether it names the selected element (a bundle's member). */
  current?: boolean;
  children: ReactNode;
}) {
  const { onSelect } = useSelection();
  return (
    <button
      type="button"
      className="link-button"
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(target)}
    >
      {children}
    </button>
  );
}

/** An actor's label as a button that selects it; isolated, as it shares a line with words. */
export function ActorButton({ actorId }: { actorId: string }) {
  const { lookup } = useExplorerDataset();
  return (
    <SelectButton target={{ kind: 'actor', id: actorId }}>
      <bdi>{lookup.actorLabel(actorId)}</bdi>
    </SelectButton>
  );
}
