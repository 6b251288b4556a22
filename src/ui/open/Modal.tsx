/**
 * A modal dialog: focus moves into it, Tab and Shift+Tab wrap inside it, Escape or a click on the
 * backdrop closes it, and closing gives focus back to where it was. The page behind is covered
 * by the backdrop and announced as out of reach by `aria-modal`.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

import { tabStops, wrapTab } from '../common/focusTrap';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Said under the title, and read with it when the dialog opens. */
  description?: ReactNode;
}

export function Modal({ title, onClose, children, className, description }: ModalProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    (element && (tabStops(element)[0] ?? element))?.focus();
    return () => {
      // The opener may be gone (its menu closed); then focus stays where the page puts it.
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    wrapTab(event);
  };

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className={`modal${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="modal-head">
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          <button type="button" className="button small" onClick={onClose}>
            Close
          </button>
        </div>
        {description && (
          <p id={descriptionId} className="modal-description">
            {description}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
