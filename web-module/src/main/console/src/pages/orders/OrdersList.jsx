import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, navigate, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, EnvPill, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { EnvFilter, FilterSelect, SearchFilter, useDebounced } from '../../ui/Filters.jsx';
import { Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { dateTime, label, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { LocationSelect, useLocations } from '../../ui/locations.jsx';

export const ORDER_STATUSES = ['placed', 'shipped', 'completed', 'cancelled', 'returned'];
const FILTERS = ['status', 'env', 'channel', 'q', 'created_from', 'created_to'];

/**
 * Every order, newest first, one page at a time from the API. Each filter the API has lives in
 * the URL (the home page links here with ?status=…&env=…), so a filtered list can be shared.
 */
export function OrdersList() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) || '']));
  const { data, error, loading } = useApi('/admin/orders', { ...filters, limit, offset });
  const [creating, setCreating] = useState(false);
  const filtered = FILTERS.some((f) => filters[f]);

  const columns = [
    {
      label: 'Order',
      render: (o) => (
        <Link href={`/orders/${o.id}`} data-order-link={o.id} class="order-ref">
          {o.external_ref || o.id}
          {o.external_ref && <span class="muted mono">{o.id}</span>}
        </Link>
      ),
    },
    { label: 'Channel', render: (o) => <span data-channel>{label(o.channel)}</span> },
    { label: 'Env', render: (o) => (o.environment ? <EnvPill env={o.environment} /> : <span class="muted">—</span>) },
    { label: 'Status', render: (o) => <span data-status={o.status}><Badge value={o.status} /></span> },
    { label: 'Payment', render: (o) => <Badge value={o.payment_status} /> },
    { label: 'Customer', render: (o) => o.customer_name || <span class="muted">—</span> },
    { label: 'Total', numeric: true, render: (o) => money(o.total) },
    { label: 'Created', render: (o) => dateTime(o.created_at) },
  ];

  return (
    <section class="page">
      <PageHeader title="Orders">
        {hasRole(user, 'operator') && (
          <button type="button" class="primary" onClick={() => setCreating(true)} data-new-order>
            New order
          </button>
        )}
      </PageHeader>
      {/* Selects listen to `change`: every browser fires it, and so does WebDriver's option click (not `input`). */}
      <div class="filters" data-filters="orders">
        <SearchFilter placeholder="Order id, reference, customer…" />
        <FilterSelect label="Status" name="status" any="Any status" options={ORDER_STATUSES.map((s) => ({ value: s, label: label(s) }))} />
        <EnvFilter />
        <FilterSelect
          label="Channel"
          name="channel"
          any="Any channel"
          options={['manual', 'shopee', ...(filters.channel && !['manual', 'shopee'].includes(filters.channel) ? [filters.channel] : [])]}
        />
        <Field
          label="Created from"
          name="created_from"
          type="date"
          value={filters.created_from}
          onInput={(e) => setQuery({ created_from: e.currentTarget.value })}
          data-filter="created_from"
        />
        <Field
          label="Created to"
          name="created_to"
          type="date"
          value={filters.created_to}
          onInput={(e) => setQuery({ created_to: e.currentTarget.value })}
          data-filter="created_to"
          hint="Includes that day (UTC)"
        />
        {filtered && (
          <button type="button" class="secondary" onClick={() => setQuery(Object.fromEntries(FILTERS.map((f) => [f, ''])))} data-clear-filters>
            Clear filters
          </button>
        )}
      </div>
      <ErrorBanner error={error} fields={[]} />
      <DataTable
        columns={columns}
        rows={data ? data.orders : error ? [] : null}
        testId="orders"
        empty={filtered ? 'No order matches these filters.' : 'No orders yet.'}
      />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
      {loading && data && <span class="muted" aria-live="polite">Refreshing…</span>}
      {creating && <NewOrderDialog onClose={() => setCreating(false)} />}
    </section>
  );
}

const EMPTY_LINE = { sku: '', quantity: '1' };

/**
 * A manual order: SKU + quantity lines at a location (the API reserves the stock at once, all or
 * nothing). Field errors come back per line (items[1].quantity: not enough stock…).
 */
function NewOrderDialog({ onClose }) {
  const form = useForm({ location_id: '', customer_name: '', customer_email: '', note: '', payment_status: 'awaiting' });
  const [lines, setLines] = useState([{ ...EMPTY_LINE }]);
  const locations = useLocations();
  const setLine = (i, change) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const fieldNames = ['location_id', 'customer_name', 'customer_email', 'note', 'payment_status', 'items'];
  lines.forEach((l, i) => fieldNames.push(`items[${i}].sku`, `items[${i}].quantity`));

  const place = form.submit(async (values) => {
    const order = await api.post('/admin/orders', {
      location_id: values.location_id || undefined,
      customer_name: values.customer_name || undefined,
      customer_email: values.customer_email || undefined,
      note: values.note || undefined,
      payment_status: values.payment_status,
      items: lines.map((l) => ({ sku: l.sku.trim(), quantity: l.quantity === '' ? null : Number(l.quantity) })),
    });
    notify(`Order ${order.id} placed; its stock is reserved`);
    onClose();
    navigate(`/orders/${order.id}`);
  });

  return (
    <Modal title="New manual order" onClose={onClose}>
      <form onSubmit={place} data-form="new-order" class="new-order">
        <LocationSelect
          locations={locations}
          label="Reserve stock at"
          blank="Default location"
          error={form.error}
          data-location-select="location_id"
          {...form.bind('location_id')}
        />
        <fieldset class="order-lines">
          <legend>Items</legend>
          {lines.map((line, i) => (
            <div class="order-line" key={i} data-order-line={i}>
              <SkuField index={i} value={line.sku} onInput={(sku) => setLine(i, { sku })} error={form.error} />
              <Field
                label="Quantity"
                name={`items[${i}].quantity`}
                type="number"
                min="1"
                value={line.quantity}
                onInput={(e) => setLine(i, { quantity: e.currentTarget.value })}
                error={form.error}
              />
              <button
                type="button"
                class="secondary small"
                disabled={lines.length === 1}
                onClick={() => setLines((all) => all.filter((_, j) => j !== i))}
                aria-label={`Remove line ${i + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          <button type="button" class="secondary small" onClick={() => setLines((all) => [...all, { ...EMPTY_LINE }])} data-add-line>
            Add line
          </button>
        </fieldset>
        <div class="form-grid">
          <Field label="Customer name" {...form.bind('customer_name')} error={form.error} />
          <Field label="Customer email" type="email" {...form.bind('customer_email')} error={form.error} />
          <Select
            label="Payment"
            name="payment_status"
            value={form.values.payment_status}
            options={[
              { value: 'awaiting', label: 'Awaiting payment' },
              { value: 'captured', label: 'Paid (captured)' },
            ]}
            onChange={(e) => form.set('payment_status', e.currentTarget.value)}
            error={form.error}
          />
        </div>
        <Field label="Note" {...form.bind('note')} error={form.error} />
        <ErrorBanner error={form.error} fields={fieldNames} />
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy} data-place-order>
            {form.busy ? 'Placing…' : 'Place order'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A SKU input that suggests existing SKUs (prefix search) as the operator types. */
function SkuField({ index, value, onInput, error }) {
  const wanted = useDebounced(value.trim(), 250);
  const searching = wanted.length >= 2;
  // useApi drops a late answer to an older prefix; a failed search just suggests nothing.
  const found = useApi(searching ? '/admin/variants' : null, { sku: wanted, limit: 8 });
  const suggestions = (searching && found.data && found.data.variants) || [];
  const list = `sku-suggestions-${index}`;
  return (
    <Field label="SKU" name={`items[${index}].sku`} error={error}>
      <input
        id={`f-items[${index}].sku`}
        name={`items[${index}].sku`}
        list={list}
        autocomplete="off"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        data-line-sku={index}
      />
      <datalist id={list}>
        {suggestions.map((v) => (
          <option key={v.id} value={v.sku}>
            {v.product_title} · {money(v.price)}
          </option>
        ))}
      </datalist>
    </Field>
  );
}
