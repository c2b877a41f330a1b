// List filters bound to the query string: one component per kind of filter, so every list reads,
// writes, debounces and tags its filters the same way (`data-filter=<name>` for tests).
import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '../router.jsx';
import { Field, Select } from './Form.jsx';

export const ENVIRONMENTS = ['sandbox', 'live'];

/** Typing pauses before `value` follows `text`, so a search is sent once the operator stops. */
export function useDebounced(text, wait = 300) {
  const [value, setValue] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setValue(text), wait);
    return () => clearTimeout(timer);
  }, [text]);
  return value;
}

/** A select for the filter `name`; `any` labels the empty choice ("Any status"). */
export function FilterSelect({ label, name, any, options, ...rest }) {
  const [query, setQuery] = useQuery();
  return (
    <Select
      label={label}
      name={name}
      value={query.get(name) || ''}
      options={[{ value: '', label: any }, ...options]}
      onInput={(e) => setQuery({ [name]: e.currentTarget.value })}
      data-filter={name}
      {...rest}
    />
  );
}

/** The sandbox/live filter every Shopee-facing list has. */
export function EnvFilter() {
  return <FilterSelect label="Environment" name="env" any="Any environment" options={ENVIRONMENTS} />;
}

/** A text filter: the list follows as the operator types (after a pause) or presses Enter. */
export function SearchFilter({ name = 'q', label = 'Search', placeholder, hint, ...rest }) {
  const [query, setQuery] = useQuery();
  const current = query.get(name) || '';
  const [text, setText] = useState(current);
  const settled = useDebounced(text);
  useEffect(() => setText(current), [current]);
  useEffect(() => {
    if (settled.trim() !== current) setQuery({ [name]: settled.trim() });
  }, [settled]);
  return (
    <Field
      label={label}
      name={name}
      type="search"
      placeholder={placeholder}
      hint={hint}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && setQuery({ [name]: text.trim() })}
      autocomplete="off"
      data-filter={name}
      {...rest}
    />
  );
}

/** The SKU box applies on Enter or the button (exact match, as the API filters), not per keystroke. */
export function SkuFilter({ value, onApply }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = (event) => {
    event.preventDefault();
    onApply(text.trim());
  };
  return (
    <form class="filter-form" onSubmit={apply} data-filter-form="sku">
      <Field label="SKU (exact)" name="filter_sku" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="e.g. PKM-SV3PT5-006-NM" data-filter="sku" />
      <button type="submit" class="secondary" data-apply="sku">
        Filter
      </button>
      {value && (
        <button type="button" class="link" onClick={() => onApply('')} data-clear="sku">
          Clear
        </button>
      )}
    </form>
  );
}
