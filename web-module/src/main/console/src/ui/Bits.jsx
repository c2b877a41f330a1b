// Small presentational pieces used across pages.
import { useState } from 'preact/hooks';
import { label } from './format.js';
import { ErrorBanner } from './Form.jsx';

export function PageHeader({ title, children }) {
  return (
    <header class="page-header">
      <h1>{title}</h1>
      <div class="page-actions">{children}</div>
    </header>
  );
}

const TONES = {
  ok: ['completed', 'shipped', 'valid', 'resolved', 'processed', 'active', 'sent', 'live', 'paid', 'delivered', 'succeeded', 'ok'],
  warn: ['pending', 'expiring', 'held', 'retrying', 'awaiting_shipment', 'ready_to_ship', 'open', 'sandbox', 'requires_action', 'processing', 'running', 'low_stock'],
  bad: ['canceled', 'cancelled', 'expired', 'needs_reconnect', 'dead', 'failed', 'returned', 'disabled', 'locked', 'error'],
};

export function Badge({ value }) {
  const tone = Object.keys(TONES).find((t) => TONES[t].includes(String(value).toLowerCase())) || 'neutral';
  return <span class={`badge badge-${tone}`}>{label(value)}</span>;
}

/** The environment marker: sandbox and live look different everywhere so no one mixes them up. */
export function EnvPill({ env }) {
  if (!env) return null;
  return (
    <span class={`env-pill env-${env}`} data-env-pill={env}>
      {env}
    </span>
  );
}

/** Copies `text`; falls back to selecting it when the clipboard API is not allowed (plain http). */
export function CopyButton({ text, name }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" class="secondary small" onClick={copy} data-copy={name} aria-label={`Copy ${name || 'value'}`}>
      {done ? 'Copied' : 'Copy'}
    </button>
  );
}

/** The message of a failed load, in place of the content that could not be shown. */
export function LoadError({ error }) {
  return <ErrorBanner error={error} />;
}
