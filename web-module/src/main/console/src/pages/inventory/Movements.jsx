import { Link, useQuery } from '../../router.jsx';
import { useSession } from '../../session.jsx';
import { Badge, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { SkuFilter } from '../../ui/Filters.jsx';
import { LocationFilter, useLocations } from '../../ui/locations.jsx';

/**
 * The stock ledger (GET /admin/inventory/movements), newest first: every change to a level with
 * its deltas, reason, what caused it (an order, a transfer, an import, an adjustment) and who.
 * Filters (SKU, location, reference) live in the URL; the inventory rows link here with theirs.
 */
export function Movements() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = {
    sku: query.get('sku') || '',
    location_id: query.get('location_id') || '',
    reference_id: query.get('reference_id') || '',
  };
  const { data, error } = useApi('/admin/inventory/movements', { ...filters, limit, offset });
  const movements = data ? data.movements : null;
  const locations = useLocations([filters.location_id, ...(movements || []).map((m) => m.location_id)]);
  const levelsQuery = new URLSearchParams();
  if (filters.sku) levelsQuery.set('sku', filters.sku);
  if (filters.location_id) levelsQuery.set('location_id', filters.location_id);

  const columns = [
    { label: 'Time', render: (m) => <span class="cell-nowrap" data-cell="time">{dateTime(m.created_at)}</span> },
    // A column the filter already pins to one value only takes room from the others.
    !filters.sku && { label: 'SKU', render: (m) => <span class="mono cell-nowrap" data-cell="sku">{m.sku}</span> },
    !filters.location_id && { label: 'Location', render: (m) => <span data-cell="location">{locations.label(m.location_id)}</span> },
    { label: 'Kind', render: (m) => <span data-cell="kind" data-kind={m.kind}><Badge value={m.kind} /></span> },
    { label: 'Stocked Δ', numeric: true, render: (m) => <Delta value={m.stocked_delta} cell="stocked_delta" /> },
    { label: 'Reserved Δ', numeric: true, render: (m) => <Delta value={m.reserved_delta} cell="reserved_delta" /> },
    { label: 'Reason', render: (m) => <span data-cell="reason">{m.reason || <span class="muted">—</span>}</span> },
    { label: 'Caused by', render: (m) => <Reference movement={m} /> },
    { label: 'By', render: (m) => <span class="actor" data-cell="actor" title={m.actor}>{actorLabel(m.actor, user)}</span> },
    // Only receipts carry a unit cost; the column shows when the page has one.
    (movements || []).some((m) => m.unit_cost && m.unit_cost.amount !== undefined && m.unit_cost.amount !== null) && {
      label: 'Unit cost',
      numeric: true,
      render: (m) => (m.unit_cost ? money(m.unit_cost) : <span class="muted">—</span>),
    },
  ].filter(Boolean);

  return (
    <section class="page">
      <PageHeader title="Stock movements">
        <Link href={`/inventory${levelsQuery.toString() ? `?${levelsQuery}` : ''}`} data-link="levels">
          Stock levels
        </Link>
      </PageHeader>
      <div class="filters" data-filters="movements">
        <LocationFilter locations={locations} />
        <SkuFilter value={filters.sku} onApply={(sku) => setQuery({ sku })} />
        {filters.reference_id && (
          <div class="field">
            <span class="field-label">Reference</span>
            <span class="filter-chip" data-filter-chip="reference_id">
              <span class="mono">{filters.reference_id}</span>
              <button type="button" class="link" onClick={() => setQuery({ reference_id: '' })} aria-label="Clear the reference filter">
                ×
              </button>
            </span>
          </div>
        )}
      </div>
      <LoadError error={error || locations.error} />
      <DataTable columns={columns} rows={error ? [] : movements} testId="movements" empty="No stock movement matches these filters." />
      <Pager total={data && data.count} limit={limit} offset={offset} />
    </section>
  );
}

function Delta({ value, cell }) {
  const n = Number(value) || 0;
  const text = n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0';
  return (
    <span class={n > 0 ? 'delta-up' : n < 0 ? 'delta-down' : 'muted'} data-cell={cell} data-value={n}>
      {text}
    </span>
  );
}

/** What the movement answers to; orders open their page, a transfer shows both of its legs. */
function Reference({ movement: m }) {
  const id = m.reference_id;
  if (!id) return <span class="muted">—</span>;
  if (m.reference_type === 'order') {
    return (
      <Link href={`/orders/${encodeURIComponent(id)}`} data-cell="reference" data-reference="order">
        Order <span class="ref-id">{id}</span>
      </Link>
    );
  }
  if (m.reference_type === 'transfer') {
    return (
      <Link href={`/inventory/movements?reference_id=${encodeURIComponent(id)}`} data-cell="reference" data-reference="transfer">
        Transfer <span class="ref-id">{id}</span>
      </Link>
    );
  }
  const kinds = { adjustment: 'Adjustment', import: 'Import' };
  return (
    <span data-cell="reference" data-reference={m.reference_type}>
      {kinds[m.reference_type] || m.reference_type} <span class="ref-id">{id}</span>
    </span>
  );
}

function actorLabel(actor, user) {
  if (!actor) return '—';
  if (user && (actor === user.id || actor === user.email)) return 'you';
  return actor;
}
