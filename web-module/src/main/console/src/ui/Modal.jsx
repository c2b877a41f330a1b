// A dialog for confirmations ("Switch the active environment to live?") and small forms.
import { useEffect, useState } from 'preact/hooks';
import { ErrorBanner } from './Form.jsx';

export function Modal({ title, onClose, children }) {
  useEffect(() => {
    const escape = (e) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', escape);
    return () => window.removeEventListener('keydown', escape);
  }, [onClose]);
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="modal" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/**
 * A button that asks before it acts. `action` may throw an ApiError; its message stays in the
 * dialog so the operator sees why (e.g. 409 "Missing: partner key").
 */
export function ConfirmButton({ label, title, message, confirmLabel = 'Confirm', action, danger, disabled, ...rest }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class={danger ? 'danger' : undefined} disabled={disabled} onClick={() => setOpen(true)} {...rest}>
        {label}
      </button>
      {open && (
        <Modal title={title || label} onClose={() => setOpen(false)}>
          <p>{message}</p>
          <ErrorBanner error={error} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="button" class={danger ? 'danger' : 'primary'} disabled={busy} onClick={run} data-confirm>
              {confirmLabel}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
