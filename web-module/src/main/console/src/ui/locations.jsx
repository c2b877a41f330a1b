// Stock locations as names: every page shows and picks locations by name and code, never by raw id. A retailer has a handful of locations, so one page of up to 500 (by code) covers them; an
// id that is not on it (a deep link, a very large setup) is fetched on its own.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { useQuery } from '../router.jsx';
import { Select } from './Form.jsx';

const ALL = 500;
const extra = new Map(); // id → location fetched one by one, shared by every page of the session

/**
 * `{list, byId, label(id), error}`: every location (up to 500), plus any id in `wanted` that the
 * list lacks. `reload()` after a location was created or changed.
 */
export function useLocations(wanted = []) {
  const [state, setState] = useState({ list: null, error: null, tick: 0 });
  const [, setFetched] = useState(0);
  useEffect(() => {
    let live = true;
    api.get('/admin/stock-locations', { limit: ALL }).then(
      (body) => live && setState((s) => ({ ...s, list: body.stock_locations, error: null })),
      (error) => live && setState((s) => ({ ...s, list: [], error })),
    );
    return () => {
      live = false;
    };
  }, [state.tick]);

  const byId = new Map();
  extra.forEach((location, id) => byId.set(id, location));
  (state.list || []).forEach((location) => byId.set(location.id, location));

  const missing = state.list ? [...new Set(wanted.filter((id) => id && !byId.has(id)))] : [];
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    missingKey.split(',').forEach((id) => {
      extra.set(id, { id, code: id, name: id, pending: true });
      api.get(`/admin/stock-locations/${encodeURIComponent(id)}`).then(
        (location) => {
          extra.set(id, location);
          setFetched((n) => n + 1);
        },
        () => {
          extra.set(id, { id, code: id, name: 'Unknown location', missing: true });
          setFetched((n) => n + 1);
        },
      );
    });
  }, [missingKey]);

  const list = [...(state.list || [])];
  extra.forEach((location) => {
    if (!location.pending && !location.missing && !list.some((l) => l.id === location.id)) list.push(location);
  });
  return {
    list,
    loaded: state.list !== null,
    byId,
    error: state.error,
    label: (id) => locationLabel(byId.get(id), id),
    reload: () => setState((s) => ({ ...s, tick: s.tick + 1 })),
  };
}

export function locationLabel(location, fallbackId) {
  if (!location) return fallbackId || '—';
  return `${location.name} (${location.code})${location.active === false ? ' — inactive' : ''}`;
}

/**
 * A location dropdown for filters and forms. `blank` is the label of the empty choice ("All
 * locations", "Choose…"); `exclude` leaves one id out (a transfer's source).
 */
export function LocationSelect({ locations, label = 'Location', name = 'location_id', blank, exclude, value, onInput, error, ...rest }) {
  const options = locations.list
    .filter((l) => l.id !== exclude)
    .map((l) => ({ value: l.id, label: locationLabel(l) }));
  if (value && !options.some((o) => o.value === value) && value !== exclude) {
    options.unshift({ value, label: locations.label(value) });
  }
  if (blank !== undefined) options.unshift({ value: '', label: blank });
  return <Select label={label} name={name} error={error} options={options} value={value || ''} onInput={onInput} {...rest} />;
}

/** The `location_id` list filter, bound to the URL like every filter in ui/Filters.jsx. */
export function LocationFilter({ locations }) {
  const [query, setQuery] = useQuery();
  return (
    <LocationSelect
      locations={locations}
      name="filter_location"
      blank="All locations"
      value={query.get('location_id') || ''}
      onInput={(e) => setQuery({ location_id: e.currentTarget.value })}
      data-filter="location_id"
    />
  );
}
