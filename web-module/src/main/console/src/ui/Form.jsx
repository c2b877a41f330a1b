// Form building blocks. An ApiError's per-field messages appear under the field they name; any
// message the form has no field for is listed at the top, so no error from the API is ever lost.
import { useState } from 'preact/hooks';

export function ErrorBanner({ error, fields = [] }) {
  if (!error) return null;
  const unplaced = (error.errors || []).filter((e) => !fields.includes(e.field) && !fields.some((f) => e.field && e.field.endsWith('.' + f)));
  return (
    <div class="error-banner" role="alert" data-error-type={error.type}>
      <strong>{error.message}</strong>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((e) => (
            <li key={e.field + e.message}>
              {e.field ? <code>{e.field}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A labelled input. `error` is the ApiError of the last submit; its message for `name` shows below. */
export function Field({ label, name, error, hint, children, ...input }) {
  const message = error && error.field ? error.field(name) : undefined;
  const id = `f-${name}`;
  return (
    <label class={`field${message ? ' field-invalid' : ''}`} for={id}>
      <span class="field-label">{label}</span>
      {children || <input id={id} name={name} aria-invalid={message ? 'true' : undefined} {...input} />}
      {hint && !message && <span class="field-hint">{hint}</span>}
      {message && (
        <span class="field-error" data-field-error={name}>
          {message}
        </span>
      )}
    </label>
  );
}

/**
 * A labelled select. A choice fires "change" in every browser (and from WebDriver), so that is the
 * one event listened to; callers may pass it as `onInput` like any other field (useForm's bind).
 */
export function Select({ label, name, error, options, value, onInput, onChange, ...rest }) {
  return (
    <Field label={label} name={name} error={error}>
      <select id={`f-${name}`} name={name} value={value} onChange={onChange || onInput} {...rest}>
        {options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o)).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Form state plus submit handling: `bind('sku')` wires an input; `submit(fn)` runs `fn(values)`,
 * keeps the ApiError for field messages, and disables the button while it runs.
 */
export function useForm(initial) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (name, value) => setValues((v) => ({ ...v, [name]: value }));
  const bind = (name) => ({
    name,
    value: values[name] === undefined || values[name] === null ? '' : values[name],
    onInput: (e) => set(name, e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value),
  });
  const submit = (action) => async (event) => {
    if (event) event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action(values);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { values, set, setValues, bind, submit, error, setError, busy };
}
