import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';

/**
 * Loads `path` with `query` whenever either changes; `reload()` fetches again after an action.
 * A late answer to an older request never overwrites a newer one (fast filter typing).
 */
export function useApi(path, query) {
  const key = path ? path + JSON.stringify(query || {}) : null;
  const [state, setState] = useState({ data: null, error: null, loading: Boolean(path) });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api.get(path, query).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
