// A tiny history router: the console's routes live under /app, the servlet answers every one of
// them with index.html, and filters live in the query string so lists can be linked and reloaded.
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/app';
const CHANGE = 'tcg:navigate';

function current() {
  const path = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) : '/';
  return { path: path || '/', query: new URLSearchParams(window.location.search) };
}

export function navigate(to, { replace = false } = {}) {
  const url = BASE + to;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

export function useLocation() {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return location;
}

/** Matches '/orders/:id' against '/orders/ord_1' → { id: 'ord_1' }, or null. */
export function match(pattern, path) {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i += 1) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/**
 * The query string as filter state: read with `query.get`, change with `setQuery({status: 'x'})`
 * (empty values are removed; any filter change goes back to the first page).
 */
export function useQuery() {
  const { path, query } = useLocation();
  const setQuery = (changes, { keepOffset = false } = {}) => {
    const next = new URLSearchParams(query);
    Object.entries(changes).forEach(([key, value]) => {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    });
    if (!keepOffset && !('offset' in changes)) next.delete('offset');
    const text = next.toString();
    navigate(path + (text ? `?${text}` : ''), { replace: true });
  };
  return [query, setQuery];
}

export function Link({ href, children, ...rest }) {
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={BASE + href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
