import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  actions?: ReactNode;
  /** Submitting the dialog's form (Enter in a field) calls this. */
  onSubmit?(): void;
}

/**
 * A modal on the native <dialog> element: the browser traps focus, Esc closes it, and screen
 * readers announce it by its title.
 */
export function Dialog({ title, onClose, children, actions, onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <div className="modal-body">
          <h2 id={titleId}>{title}</h2>
          {children}
        </div>
        {actions && <div className="modal-actions">{actions}</div>}
      </form>
    </dialog>
  );
}
