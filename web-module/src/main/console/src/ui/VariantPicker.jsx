// The variant search-and-pick used wherever an operator chooses a variant (mapping a Shopee SKU,
// exceptions). It reads GET /admin/variants with a small page, so it stays quick on a large catalog.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { useDebounced } from './Filters.jsx';
import { money } from './format.js';

/**
 * Finds variants by SKU, title or set (GET /admin/variants?q=) and lets the operator pick one.
 * `name` keys the radio group and the test hooks; `chosen` is the picked variant or null.
 */
export function VariantPicker({ name, chosen, onChoose, error, fieldName = 'sku' }) {
  const [text, setText] = useState('');
  const wanted = useDebounced(text.trim());
  const [found, setFound] = useState({ variants: null, error: null });
  useEffect(() => {
    if (!wanted) {
      setFound({ variants: null, error: null });
      return undefined;
    }
    let live = true;
    api.get('/admin/variants', { q: wanted, limit: 8 }).then(
      (body) => live && setFound({ variants: body.variants, count: body.count, error: null }),
      (e) => live && setFound({ variants: null, error: e }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const message = error && error.field ? error.field(fieldName) : undefined;
  return (
    <div class={`field variant-picker${message ? ' field-invalid' : ''}`} data-variant-picker={name}>
      <label class="field-label" for={`vp-${name}`}>
        Variant
      </label>
      <input
        id={`vp-${name}`}
        type="search"
        placeholder="Search SKU, title, set…"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        data-variant-search={name}
      />
      {found.error && <span class="field-error">{found.error.message}</span>}
      {found.variants && found.variants.length === 0 && <span class="field-hint">No variant matches “{wanted}”.</span>}
      {found.variants && found.variants.length > 0 && (
        <ul class="variant-options">
          {found.variants.map((v) => (
            <li key={v.id}>
              <label class={chosen && chosen.id === v.id ? 'on' : undefined} data-variant-option={v.id}>
                <input type="radio" name={`variant-${name}`} checked={Boolean(chosen && chosen.id === v.id)} onChange={() => onChoose(v)} />
                <code>{v.sku}</code>
                <span>{v.title || v.product_title}</span>
                <span class="muted">{money(v.price)}</span>
              </label>
            </li>
          ))}
          {found.count > found.variants.length && <li class="muted">…and {found.count - found.variants.length} more; refine the search.</li>}
        </ul>
      )}
      {chosen && (
        <span class="field-hint" data-variant-chosen={chosen.id}>
          Chosen: <code>{chosen.sku}</code> {chosen.title || chosen.product_title}
        </span>
      )}
      {message && (
        <span class="field-error" data-field-error={fieldName}>
          {message}
        </span>
      )}
    </div>
  );
}
