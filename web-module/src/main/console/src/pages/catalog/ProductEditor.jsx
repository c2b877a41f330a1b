import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, navigate } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, CopyButton, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { ConfirmButton } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable } from '../../ui/Table.jsx';
import { dateTime } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { BLANK_VARIANT, GameOptions, STATUSES, VariantFields, invalid, newVariantBody, scoped, variantColumns, variantPaths } from './VariantFields.jsx';

/** One product: its fields, its variants, adding a variant and deleting (or archiving) it. */
export function ProductEditor({ params }) {
  const { user } = useSession();
  const path = `/admin/products/${encodeURIComponent(params.id)}`;
  const { data: product, error, reload } = useApi(path);
  const canEdit = hasRole(user, 'admin');
  const [adding, setAdding] = useState(false);
  if (error) {
    return (
      <section class="page">
        <PageHeader title="Product" />
        <LoadError error={error} />
        <p>
          <Link href="/catalog?view=products">Back to the catalog</Link>
        </p>
      </section>
    );
  }
  if (!product) return <p class="muted">Loading…</p>;

  const remove = async () => {
    const result = await api.del(path);
    if (result.deleted) {
      notify(`Product "${product.title}" deleted`);
      navigate('/catalog?view=products');
    } else {
      notify(`Product "${product.title}" archived: orders or stock movements refer to it, so it is kept for history`);
      reload();
    }
  };
  const columns = variantColumns({ withBarcode: true });
  return (
    <section class="page" data-product={product.id}>
      <PageHeader title={product.title}>
        <Badge value={product.status} />
        {canEdit && (
          <ConfirmButton
            label="Delete product"
            title="Delete this product?"
            message={`"${product.title}" and its ${product.variants.length} variant(s) will be deleted. If orders or stock movements refer to any of them, the product is archived instead so its history stays intact.`}
            confirmLabel="Delete"
            danger
            action={remove}
            data-delete-product
          />
        )}
      </PageHeader>
      <p class="muted">
        <Link href="/catalog?view=products">Catalog</Link> / <span class="mono">{product.handle}</span> · <span class="mono">{product.id}</span>{' '}
        <CopyButton text={product.id} name="product id" /> · created {dateTime(product.created_at)} · updated {dateTime(product.updated_at)}
      </p>
      <ProductForm key={product.updated_at} product={product} path={path} canEdit={canEdit} onSaved={reload} />
      <div class="card">
        <div class="card-header">
          <h2>Variants ({product.variants.length})</h2>
          {canEdit && !adding && (
            <button type="button" class="secondary" onClick={() => setAdding(true)} data-add-variant>
              Add variant
            </button>
          )}
        </div>
        <DataTable columns={columns} rows={product.variants} testId="product-variants" empty="This product has no variants." />
      </div>
      {adding && (
        <AddVariant
          product={product}
          path={path}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </section>
  );
}

const PRODUCT_FIELDS = ['title', 'handle', 'status', 'description'];

/** The product's own fields; only what changed is sent (PATCH leaves the rest as is). */
function ProductForm({ product, path, canEdit, onSaved }) {
  const initial = {
    title: product.title || '',
    handle: product.handle || '',
    status: product.status,
    description: product.description || '',
  };
  const form = useForm(initial);
  const changed = PRODUCT_FIELDS.filter((f) => form.values[f] !== initial[f]);
  const save = form.submit(async (values) => {
    const body = {};
    changed.forEach((f) => {
      body[f] = f === 'status' ? values[f] : values[f].trim();
    });
    await api.patch(path, body);
    notify('Product saved');
    onSaved();
  });
  const own = scoped(form.error);
  return (
    <form class="card form-card" onSubmit={save} data-form="product">
      <h2>Product</h2>
      {!canEdit && (
        <p class="muted" data-readonly>
          Read-only: changing the catalog needs the admin role.
        </p>
      )}
      <ErrorBanner error={form.error} fields={PRODUCT_FIELDS} />
      <div class="form-grid">
        <Field label="Title" error={own} disabled={!canEdit} {...form.bind('title')} />
        <Field label="Handle" hint="Lowercase letters, digits and '-'" error={own} disabled={!canEdit} {...form.bind('handle')} />
        <Select label="Status" error={own} options={STATUSES} disabled={!canEdit} {...form.bind('status')} />
      </div>
      <Field label="Description" name="description" error={own}>
        <textarea id="f-description" name="description" rows={4} disabled={!canEdit} value={form.values.description} onInput={(e) => form.set('description', e.currentTarget.value)} />
      </Field>
      {canEdit && (
        <div class="actions">
          <button type="button" class="secondary" disabled={changed.length === 0} onClick={() => form.setValues(initial)}>
            Discard changes
          </button>
          <button type="submit" class="primary" disabled={form.busy || changed.length === 0} data-save-product>
            Save product
          </button>
        </div>
      )}
    </form>
  );
}

/** POST /admin/products/{id}/variants, starting from the product's first variant's card details. */
function AddVariant({ product, path, onClose, onAdded }) {
  const first = product.variants[0];
  const start = first
    ? {
        ...BLANK_VARIANT,
        game: first.game,
        set_code: first.set_code || '',
        set_name: first.set_name || '',
        collector_number: first.collector_number || '',
        rarity: first.rarity || '',
        currency_code: first.price.currency_code,
      }
    : { ...BLANK_VARIANT };
  const form = useForm(start);
  const save = form.submit(async (values) => {
    const problems = [];
    const body = newVariantBody(values, '', problems);
    if (problems.length > 0) throw invalid(problems);
    const created = await api.post(`${path}/variants`, body);
    notify(`Variant ${created.sku} added`);
    onAdded(created);
  });
  return (
    <form class="card form-card" onSubmit={save} data-form="add-variant">
      <h2>Add a variant to {product.title}</h2>
      <GameOptions />
      <ErrorBanner error={form.error} fields={variantPaths()} />
      <VariantFields values={form.values} set={form.set} error={form.error} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={form.busy}>
          Add variant
        </button>
      </div>
    </form>
  );
}
