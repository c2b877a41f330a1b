import { api } from '../../api.js';
import { Link } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, CopyButton, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, useForm } from '../../ui/Form.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable } from '../../ui/Table.jsx';
import { count, dateTime, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { useLocations } from '../../ui/locations.jsx';
import { GameOptions, VariantFields, gradeOf, invalid, priceOf, variantPaths, variantValues } from './VariantFields.jsx';

/** Text fields PATCH takes as they are; for the optional ones an empty string clears the value. */
const TEXT_FIELDS = ['sku', 'barcode', 'title', 'game', 'set_code', 'set_name', 'collector_number', 'rarity', 'condition', 'language', 'finish'];

/** Every field of one variant (admin+ may change them), and its stock at each location. */
export function VariantEditor({ params }) {
  const { user } = useSession();
  const path = `/admin/variants/${encodeURIComponent(params.id)}`;
  const { data: variant, error, reload } = useApi(path);
  if (error) {
    return (
      <section class="page">
        <PageHeader title="Variant" />
        <LoadError error={error} />
        <p>
          <Link href="/catalog">Back to the catalog</Link>
        </p>
      </section>
    );
  }
  if (!variant) return <p class="muted">Loading…</p>;
  return (
    <section class="page" data-variant={variant.id}>
      <PageHeader title={variant.title}>
        <span class="mono variant-sku" data-variant-sku>
          {variant.sku}
        </span>
        <CopyButton text={variant.sku} name="SKU" />
      </PageHeader>
      <p class="muted">
        <Link href="/catalog">Catalog</Link> / <Link href={`/catalog/products/${variant.product_id}`} data-product-link>{variant.product_title}</Link> ·{' '}
        <span class="mono">{variant.id}</span> · {money(variant.price)} · created {dateTime(variant.created_at)} · updated {dateTime(variant.updated_at)}
      </p>
      <StockLevels sku={variant.sku} />
      <VariantForm key={variant.updated_at} variant={variant} path={path} canEdit={hasRole(user, 'admin')} onSaved={reload} />
    </section>
  );
}

function VariantForm({ variant, path, canEdit, onSaved }) {
  const original = variantValues(variant);
  const form = useForm(original);
  const changes = (values) => {
    const problems = [];
    const body = {};
    TEXT_FIELDS.forEach((f) => {
      const value = String(values[f] === undefined || values[f] === null ? '' : values[f]).trim();
      if (value !== original[f]) body[f] = value;
    });
    const price = priceOf(values, '', problems);
    if (price && (price.amount !== variant.price.amount || price.currency_code !== variant.price.currency_code)) {
      body.price = price;
    }
    if (values.grade_company.trim() !== original.grade_company || values.grade_score.trim() !== original.grade_score) {
      const grade = gradeOf(values, '', problems);
      if (grade) {
        body.grade = grade;
      } else {
        problems.push({ field: 'grade.company', message: 'a grading can be changed here but not removed' });
      }
    }
    if (problems.length > 0) throw invalid(problems);
    return body;
  };
  const save = form.submit(async (values) => {
    const body = changes(values);
    if (Object.keys(body).length === 0) {
      notify('Nothing to save: no field changed');
      return;
    }
    const saved = await api.patch(path, body);
    notify(`Variant ${saved.sku} saved`);
    onSaved();
  });
  return (
    <form class="card form-card" onSubmit={save} data-form="variant">
      <h2>Variant</h2>
      {!canEdit && (
        <p class="muted" data-readonly>
          Read-only: changing the catalog needs the admin role.
        </p>
      )}
      <GameOptions />
      <ErrorBanner error={form.error} fields={variantPaths()} />
      <VariantFields values={form.values} set={form.set} error={form.error} disabled={!canEdit} />
      {canEdit && (
        <div class="actions">
          <button type="button" class="secondary" onClick={() => form.setValues(original)}>
            Discard changes
          </button>
          <button type="submit" class="primary" disabled={form.busy} data-save-variant>
            Save variant
          </button>
        </div>
      )}
    </form>
  );
}

/** The variant's levels at every location that holds (or held) it, and the way into inventory. */
function StockLevels({ sku }) {
  const { data, error } = useApi('/admin/inventory/levels', { sku, limit: 100 });
  const levels = data && data.levels;
  const locations = useLocations((levels || []).map((l) => l.location_id));
  const total = (levels || []).reduce((sum, l) => sum + l.available, 0);
  const columns = [
    { label: 'Location', render: (l) => <span title={l.location_id}>{locations.label(l.location_id)}</span> },
    { label: 'Stocked', render: (l) => count(l.stocked), numeric: true },
    { label: 'Reserved', render: (l) => count(l.reserved), numeric: true },
    { label: 'Available', render: (l) => count(l.available), numeric: true },
    { label: 'Low at', render: (l) => count(l.low_stock_threshold), numeric: true },
    { label: '', render: (l) => (l.low_stock ? <Badge value="low_stock" /> : null) },
  ];
  return (
    <div class="card stock-card" data-stock-levels>
      <div class="card-header">
        <h2>Stock</h2>
        <Link href={`/inventory?sku=${encodeURIComponent(sku)}`} data-inventory-link>
          Open in inventory
        </Link>
      </div>
      <LoadError error={error} />
      {levels && (
        <p class="muted" data-available-total={total}>
          {count(total)} available across {count(levels.length)} location(s)
          {data.count > levels.length && ` (first ${levels.length} of ${count(data.count)} shown)`}
        </p>
      )}
      <DataTable columns={columns} rows={levels} testId="variant-levels" empty="No stock of this SKU at any location yet." />
    </div>
  );
}
