// Short-lived messages after an action ("Stock adjusted"), announced to screen readers.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();
let next = 1;

export function notify(text, kind = 'success') {
  const notice = { id: next++, text, kind };
  listeners.forEach((listener) => listener(notice));
}

export function Notices() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    const add = (notice) => {
      setItems((list) => [...list, notice]);
      setTimeout(() => setItems((list) => list.filter((n) => n.id !== notice.id)), notice.kind === 'error' ? 8000 : 4000);
    };
    listeners.add(add);
    return () => listeners.delete(add);
  }, []);
  return (
    <div class="notices" role="status" aria-live="polite">
      {items.map((n) => (
        <div key={n.id} class={`notice notice-${n.kind}`} data-notice={n.kind}>
          {n.text}
        </div>
      ))}
    </div>
  );
}
