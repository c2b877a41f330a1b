// Who did what, newest first: every non-GET admin call, refused and failed ones included. Filters
// live in the URL and go to the API as they are; clicking a person, an action or a target in a
// row narrows the list to it.
import { useEffect, useState } from 'preact/hooks';
import { Link, useQuery } from '../../router.jsx';
import { PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field } from '../../ui/Form.jsx';
import { FilterSelect } from '../../ui/Filters.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { dateTime } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';

const SHOPEE = '/admin/connectors/shopee';

/** Route templates as what was asked for (the outcome column says whether it happened). Others show method and route. */
const ACTIONS = {
  'POST /admin/auth/login': 'Sign in',
  'POST /admin/auth/logout': 'Sign out',
  'POST /admin/auth/password': 'Change own password',
  'POST /admin/staff': 'Add a staff member',
  'PATCH /admin/staff/{id}': 'Change a staff member (role, name, status)',
  'DELETE /admin/staff/{id}': 'Deactivate a staff member',
  'POST /admin/stock-locations': 'Create a stock location',
  'PATCH /admin/stock-locations/{id}': 'Edit a stock location',
  'POST /admin/products': 'Create a product',
  'PATCH /admin/products/{id}': 'Edit a product',
  'DELETE /admin/products/{id}': 'Delete a product',
  'POST /admin/products/{id}/variants': 'Add a variant',
  'PATCH /admin/variants/{id}': 'Edit a variant',
  'POST /admin/inventory/adjustments': 'Adjust stock',
  'POST /admin/inventory/transfers': 'Transfer stock',
  'PATCH /admin/inventory/levels/{id}': 'Change a stock level setting',
  'POST /admin/orders': 'Create a manual order',
  'POST /admin/orders/{id}/ship': 'Ship an order',
  'POST /admin/orders/{id}/complete': 'Complete an order',
  'POST /admin/orders/{id}/cancel': 'Cancel an order',
  'POST /admin/orders/{id}/returns': 'Record a return',
  'POST /admin/exceptions/{id}/resolve': 'Resolve an exception',
  'POST /admin/exceptions/{id}/retry': 'Retry an exception',
  'POST /admin/imports': 'Run an import',
  'POST /admin/demo-data': 'Load demo data',
  [`PUT ${SHOPEE}/active-environment`]: 'Switch the active environment',
  [`POST ${SHOPEE}/profiles`]: 'Create a Shopee profile',
  [`PATCH ${SHOPEE}/profiles/{id}`]: 'Edit a Shopee profile (settings or keys)',
  [`DELETE ${SHOPEE}/profiles/{id}`]: 'Delete a Shopee profile',
  [`POST ${SHOPEE}/profiles/{id}/activate`]: 'Activate a Shopee profile',
  [`POST ${SHOPEE}/profiles/{id}/deactivate`]: 'Deactivate a Shopee profile',
  [`POST ${SHOPEE}/profiles/{id}/authorize`]: 'Ask for a Shopee authorization link',
  [`POST ${SHOPEE}/profiles/{id}/refresh-token`]: 'Refresh a Shopee token',
  [`POST ${SHOPEE}/profiles/{id}/refresh-locations`]: 'Refresh Shopee warehouses',
  [`POST ${SHOPEE}/profiles/{id}/listings/refresh`]: 'Refresh Shopee listings',
  [`POST ${SHOPEE}/events/{id}/reprocess`]: 'Reprocess a Shopee event',
  [`POST ${SHOPEE}/key-rotation`]: 'Rotate the encryption key',
  [`POST ${SHOPEE}/reconcile`]: 'Start a Shopee reconciliation',
  [`POST ${SHOPEE}/buyer-data/redact-expired`]: 'Redact expired buyer data',
};

const ROUTES = [...new Set(Object.keys(ACTIONS).map((k) => k.slice(k.indexOf(' ') + 1)))].sort();

/** Where a target id can be opened in the console, by its type prefix. */
function targetHref(id) {
  if (!id) return null;
  if (id.startsWith('ord_')) return `/orders/${id}`;
  if (id.startsWith('prod_')) return `/catalog/products/${id}`;
  if (id.startsWith('var_')) return `/catalog/variants/${id}`;
  if (id.startsWith('prof_')) return `/connectors/shopee?profile=${id}`;
  if (id.startsWith('sloc_')) return `/locations`;
  if (id.startsWith('evt_')) return `/events`;
  if (id.startsWith('exc_')) return `/exceptions`;
  return null;
}

/** `2025-01-31T10:00:00Z` ⇄ the `2025-01-31T18:00` a datetime-local input shows in local time. */
function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value) {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

const FILTERS = ['actor_id', 'target_id', 'method', 'route', 'status', 'outcome', 'from', 'to'];

export function AuditLog() {
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) || '']));
  const list = useApi('/admin/audit-log', { ...filters, limit, offset });
  const actor = useApi(filters.actor_id ? `/admin/staff/${encodeURIComponent(filters.actor_id)}` : null);
  // Text filters apply on Enter or when the field is left, not on every keystroke.
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [query.toString()]);
  const text = (name, label, extra = {}) => (
    <Field
      label={label}
      name={name}
      value={draft[name]}
      onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
      onBlur={() => draft[name] !== filters[name] && setQuery({ [name]: draft[name].trim() })}
      {...extra}
    />
  );
  const active = FILTERS.filter((f) => filters[f]);
  const rows = list.data ? list.data.audit_entries : null;

  const columns = [
    {
      label: 'When',
      render: (e) => (
        <span title={e.occurred_at} class="nowrap">
          {dateTime(e.occurred_at, { seconds: true }) /* to the second: several entries often share a minute */}
        </span>
      ),
    },
    {
      label: 'Who',
      render: (e) =>
        e.actor_id ? (
          <button type="button" class="link" title="Show only this person's actions" onClick={() => setQuery({ actor_id: e.actor_id })} data-filter-actor={e.actor_id}>
            {e.actor_email || e.actor_id}
          </button>
        ) : (
          <span class="muted">{e.actor_email || 'not signed in'}</span>
        ),
    },
    {
      label: 'What',
      render: (e) => (
        <span class="audit-what">
          <button type="button" class="link" title="Show only this action" onClick={() => setQuery({ route: e.route, method: e.method })} data-filter-route={e.route}>
            {ACTIONS[`${e.method} ${e.route}`] || `${e.method} ${e.route}`}
          </button>
          <span class="muted mono">
            {e.method} {e.path}
          </span>
        </span>
      ),
    },
    {
      label: 'Target',
      render: (e) =>
        e.target_id ? (
          <span class="audit-target">
            <button type="button" class="link mono" title="Show everything done to this" onClick={() => setQuery({ target_id: e.target_id })} data-filter-target={e.target_id}>
              {e.target_id}
            </button>
            {targetHref(e.target_id) && (
              <Link href={targetHref(e.target_id)} class="small-link">
                open
              </Link>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      label: 'Outcome',
      render: (e) => (
        <span class={`badge ${e.outcome === 'success' ? 'badge-ok' : 'badge-bad'}`} data-outcome={e.outcome}>
          {e.outcome === 'success' ? 'done' : 'refused'} · {e.status}
        </span>
      ),
    },
    { label: 'From', render: (e) => <span class="mono">{e.remote_addr || '—'}</span> },
  ];

  return (
    <section class="page" data-page="audit">
      <PageHeader title="Audit log" />
      <p class="muted">Every change made through the admin API, refused and failed attempts included, newest first. Reads are not recorded, nor are request bodies.</p>
      <form
        class="filters"
        data-form="audit-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(Object.fromEntries(['actor_id', 'target_id', 'route', 'status'].map((f) => [f, draft[f].trim()])));
        }}
      >
        {text('actor_id', 'Person (staff id)', { placeholder: 'user_…', hint: actor.data ? actor.data.email : undefined })}
        {text('target_id', 'Target id', { placeholder: 'ord_…, prof_…' })}
        <FilterSelect label="Method" name="method" any="Any" options={['POST', 'PUT', 'PATCH', 'DELETE']} />
        {text('route', 'Route', { list: 'audit-routes', placeholder: '/admin/staff/{id}' })}
        <datalist id="audit-routes">
          {ROUTES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <FilterSelect
          label="Outcome"
          name="outcome"
          any="Any"
          options={[
            { value: 'success', label: 'Done (2xx/3xx)' },
            { value: 'failure', label: 'Refused or failed (4xx/5xx)' },
          ]}
        />
        {text('status', 'HTTP status', { inputMode: 'numeric', placeholder: '409', size: 5 })}
        <Field label="From" name="from" type="datetime-local" value={toLocalInput(filters.from)} onChange={(e) => setQuery({ from: fromLocalInput(e.currentTarget.value) })} />
        <Field label="To" name="to" type="datetime-local" value={toLocalInput(filters.to)} onChange={(e) => setQuery({ to: fromLocalInput(e.currentTarget.value) })} />
        <button type="submit" class="secondary">
          Apply
        </button>
        {active.length > 0 && (
          <button type="button" class="link" onClick={() => setQuery(Object.fromEntries(FILTERS.map((f) => [f, ''])))} data-action="clear-filters">
            Clear filters
          </button>
        )}
      </form>
      <ErrorBanner error={list.error} />
      <DataTable testId="audit" columns={columns} rows={rows} empty="No entry matches these filters." />
      {list.data && <Pager total={list.data.count} limit={limit} offset={offset} />}
    </section>
  );
}
