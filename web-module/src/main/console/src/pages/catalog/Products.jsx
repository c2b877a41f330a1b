import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, navigate, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { FilterSelect, SearchFilter } from '../../ui/Filters.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { BLANK_VARIANT, GameOptions, STATUSES, VariantFields, invalid, newVariantBody, scoped, variantColumns, variantPaths } from './VariantFields.jsx';

/**
 * The catalog: variants found by SKU prefix (what operators use most) or by text, and products
 * by title/SKU/set and status, both paged by the API. Admins create products with their variants.
 */
export function Products() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const view = query.get('view') === 'products' ? 'products' : 'variants';
  const [creating, setCreating] = useState(false);
  return (
    <section class="page">
      <PageHeader title="Catalog">
        {hasRole(user, 'admin') && !creating && (
          <button type="button" class="primary" onClick={() => setCreating(true)} data-new-product>
            New product
          </button>
        )}
      </PageHeader>
      {creating && <NewProduct onClose={() => setCreating(false)} />}
      <div class="tabs" role="tablist">
        <button type="button" role="tab" class={view === 'variants' ? 'on' : undefined} onClick={() => setQuery({ view: '', status: '' })} data-view="variants">
          Variants by SKU
        </button>
        <button type="button" role="tab" class={view === 'products' ? 'on' : undefined} onClick={() => setQuery({ view: 'products', sku: '' })} data-view="products">
          Products
        </button>
      </div>
      {view === 'variants' ? <VariantList /> : <ProductList />}
    </section>
  );
}

function VariantList() {
  const [query] = useQuery();
  const { limit, offset } = usePage();
  const sku = query.get('sku') || '';
  const q = query.get('q') || '';
  const { data, error } = useApi('/admin/variants', { sku, q, limit, offset });
  const columns = variantColumns({ withProduct: true });
  return (
    <>
      <div class="filters" data-filters="variants">
        <SearchFilter name="sku" label="SKU starts with" placeholder="e.g. PKM-SV3" hint="Prefix, any case" />
        <SearchFilter name="q" label="Search" placeholder="SKU, barcode, title, set, number" />
      </div>
      <LoadError error={error} />
      <DataTable columns={columns} rows={data && data.variants} testId="variants" empty="No variant matches these filters." />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
    </>
  );
}

function ProductList() {
  const [query] = useQuery();
  const { limit, offset } = usePage();
  const q = query.get('q') || '';
  const status = query.get('status') || '';
  const { data, error } = useApi('/admin/products', { q, status, limit, offset });
  const columns = [
    { label: 'Product', render: (p) => <Link href={`/catalog/products/${p.id}`} data-product-link={p.handle}>{p.title}</Link> },
    { label: 'Handle', render: (p) => <span class="mono">{p.handle}</span> },
    { label: 'Status', render: (p) => <Badge value={p.status} /> },
    { label: 'Variants', render: (p) => count(p.variants.length), numeric: true },
    { label: 'SKUs', render: (p) => <SkuList variants={p.variants} /> },
    { label: 'Price', render: (p) => <span class="nowrap">{priceRange(p.variants)}</span>, numeric: true },
    { label: 'Updated', render: (p) => dateTime(p.updated_at) },
  ];
  return (
    <>
      <div class="filters" data-filters="products">
        <SearchFilter name="q" label="Search" placeholder="Title, SKU, barcode, set, number" />
        <FilterSelect label="Status" name="status" any="Any status" options={STATUSES} />
      </div>
      <LoadError error={error} />
      <DataTable columns={columns} rows={data && data.products} testId="products" empty="No product matches these filters." />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
    </>
  );
}

function SkuList({ variants }) {
  const shown = variants.slice(0, 3);
  return (
    <span class="mono">
      {shown.map((v, i) => (
        <Fragment key={v.id}>
          {i > 0 && ', '}
          <Link href={`/catalog/variants/${v.id}`}>{v.sku}</Link>
        </Fragment>
      ))}
      {variants.length > shown.length && <span class="muted"> +{variants.length - shown.length} more</span>}
    </span>
  );
}

function priceRange(variants) {
  if (variants.length === 0) return '—';
  const sorted = [...variants].sort((a, b) => a.price.amount - b.price.amount);
  const low = money(sorted[0].price);
  const high = money(sorted[sorted.length - 1].price);
  return low === high || sorted[0].price.currency_code !== sorted[sorted.length - 1].price.currency_code ? low : `${low} – ${high}`;
}

/** A product and its first variants in one POST; the API names a bad field as `variants[1].sku`. */
function NewProduct({ onClose }) {
  const form = useForm({ title: '', handle: '', status: 'active', description: '' });
  const [variants, setVariants] = useState([{ ...BLANK_VARIANT }]);
  const setVariant = (index) => (name, value) =>
    setVariants((list) => list.map((v, i) => (i === index ? { ...v, [name]: value } : v)));
  const addVariant = () => {
    const last = variants[variants.length - 1];
    // A new row starts from the previous one's card (same printing, other copy), without its SKU.
    setVariants([...variants, { ...last, sku: '', barcode: '', title: '', grade_company: '', grade_score: '' }]);
  };
  const removeVariant = (index) => {
    form.setError(null); // positions in any earlier error no longer match
    setVariants(variants.filter((_, i) => i !== index));
  };
  const save = form.submit(async (values) => {
    const problems = [];
    const body = {
      title: values.title.trim(),
      handle: values.handle.trim() || undefined,
      status: values.status,
      description: values.description.trim() || undefined,
      variants: variants.map((v, i) => newVariantBody(v, `variants[${i}].`, problems)),
    };
    if (problems.length > 0) throw invalid(problems);
    const created = await api.post('/admin/products', body);
    notify(`Product "${created.title}" created with ${created.variants.length} variant(s)`);
    navigate(`/catalog/products/${created.id}`);
  });
  const own = scoped(form.error);
  const placed = ['title', 'handle', 'status', 'description', ...variants.flatMap((_, i) => variantPaths(`variants[${i}].`))];
  return (
    <form class="card form-card" onSubmit={save} data-form="new-product">
      <h2>New product</h2>
      <GameOptions />
      <ErrorBanner error={form.error} fields={placed} />
      <div class="form-grid">
        <Field label="Title" error={own} {...form.bind('title')} />
        <Field label="Handle" hint="Blank: made from the title" error={own} {...form.bind('handle')} />
        <Select label="Status" error={own} options={STATUSES} {...form.bind('status')} />
      </div>
      <Field label="Description" name="description" error={own}>
        <textarea id="f-description" name="description" rows={3} value={form.values.description} onInput={(e) => form.set('description', e.currentTarget.value)} />
      </Field>
      {variants.map((v, i) => (
        <fieldset key={i} class="variant-row" data-variant-row={i}>
          <legend>
            Variant {i + 1}
            {variants.length > 1 && (
              <button type="button" class="link" onClick={() => removeVariant(i)} data-remove-variant={i}>
                Remove
              </button>
            )}
          </legend>
          <VariantFields values={v} set={setVariant(i)} error={form.error} prefix={`variants[${i}].`} />
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" class="secondary" onClick={addVariant} data-add-variant-row>
          Add another variant
        </button>
        <span class="spacer" />
        <button type="button" class="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={form.busy}>
          Create product
        </button>
      </div>
    </form>
  );
}
