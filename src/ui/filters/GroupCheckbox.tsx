/**
 * A checkbox for a group of checkboxes (a quad class and its types), with the third, mixed
 * state when only some of the group is on. React has no prop for `indeterminate`, so it is set
 * on the element after every render (a click clears it in the browser, so it is set again).
 */
import { type ReactNode, useLayoutEffect, useRef } from 'react';

export type GroupState = 'on' | 'off' | 'mixed';

export function GroupCheckbox({
  state,
  onChange,
  children,
}: {
  state: GroupState;
  onChange: () => void;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (input.current) input.current.indeterminate = state === 'mixed';
  });
  return (
    <label className="check">
      <input ref={input} type="checkbox" checked={state === 'on'} onChange={onChange} />
      {children}
    </label>
  );
}
