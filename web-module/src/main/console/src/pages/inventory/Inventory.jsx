import { useState } from 'preact/hooks';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { LoadError, PageHeader } from '../../ui/Bits.jsx';
import { SkuFilter } from '../../ui/Filters.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { LocationFilter, useLocations } from '../../ui/locations.jsx';
import { AdjustDialog, ThresholdDialog, TransferDialog } from './StockDialogs.jsx';

/**
 * Stock levels (GET /admin/inventory/levels), one row per SKU and location, filtered by location,
 * exact SKU and low stock in the URL (the home page links to ?low_stock=true) and paged by the API.
 * Operators adjust, transfer and set the low-stock threshold from the row.
 */
export function Inventory() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = {
    location_id: query.get('location_id') || '',
    sku: query.get('sku') || '',
    low_stock: query.get('low_stock') === 'true' ? 'true' : '',
  };
  const { data, error, reload } = useApi('/admin/inventory/levels', { ...filters, limit, offset });
  const levels = data ? data.levels : null;
  const locations = useLocations([filters.location_id, ...(levels || []).map((l) => l.location_id)]);
  const [dialog, setDialog] = useState(null); // {kind: 'adjust'|'transfer'|'threshold', level}
  const canWork = hasRole(user, 'operator');
  const done = () => {
    setDialog(null);
    reload();
  };
  const historyQuery = new URLSearchParams();
  if (filters.sku) historyQuery.set('sku', filters.sku);
  if (filters.location_id) historyQuery.set('location_id', filters.location_id);

  const columns = [
    {
      label: 'SKU',
      render: (l) => (
        <Link href={`/catalog/variants/${encodeURIComponent(l.variant_id)}`} class="mono cell-nowrap" data-cell="sku">
          {l.sku}
        </Link>
      ),
    },
    { label: 'Location', render: (l) => <span data-cell="location">{locations.label(l.location_id)}</span> },
    { label: 'Stocked', numeric: true, render: (l) => <span data-cell="stocked">{count(l.stocked)}</span> },
    { label: 'Reserved', numeric: true, render: (l) => <span data-cell="reserved">{count(l.reserved)}</span> },
    {
      label: 'Available',
      numeric: true,
      render: (l) => (
        <span class={`available${l.low_stock ? ' available-low' : ''}`}>
          {l.low_stock && (
            <span class={`badge ${l.available <= 0 ? 'badge-bad' : 'badge-warn'}`} data-low-stock title="Available is at or below the low-stock threshold">
              {l.available <= 0 ? 'Out of stock' : 'Low stock'}
            </span>
          )}
          <span data-cell="available">{count(l.available)}</span>
        </span>
      ),
    },
    { label: 'Low-stock threshold', numeric: true, render: (l) => <span data-cell="threshold">{count(l.low_stock_threshold)}</span> },
    { label: 'Updated', render: (l) => <span class="muted">{dateTime(l.updated_at)}</span> },
    {
      label: 'Actions',
      render: (l) => (
        <span class="row-actions">
          <Link href={`/inventory/movements?sku=${encodeURIComponent(l.sku)}&location_id=${encodeURIComponent(l.location_id)}`} data-action="history">
            History
          </Link>
          {canWork && (
            <>
              <button type="button" class="secondary small" onClick={() => setDialog({ kind: 'adjust', level: l })} data-action="adjust">
                Adjust
              </button>
              <button type="button" class="secondary small" onClick={() => setDialog({ kind: 'transfer', level: l })} data-action="transfer">
                Transfer
              </button>
              <button type="button" class="secondary small" onClick={() => setDialog({ kind: 'threshold', level: l })} data-action="threshold">
                Threshold
              </button>
            </>
          )}
        </span>
      ),
    },
  ];

  return (
    <section class="page">
      <PageHeader title="Inventory">
        <Link href={`/inventory/movements${historyQuery.toString() ? `?${historyQuery}` : ''}`} data-link="movements">
          Stock movements
        </Link>
        {canWork && (
          <button type="button" class="primary" onClick={() => setDialog({ kind: 'adjust' })} data-action="new-adjustment">
            Adjust stock
          </button>
        )}
      </PageHeader>
      <div class="filters" data-filters="levels">
        <LocationFilter locations={locations} />
        <SkuFilter value={filters.sku} onApply={(sku) => setQuery({ sku })} />
        <div class="field">
          <span class="field-label">Stock</span>
          <div class="segmented" role="group" aria-label="Stock">
            <button type="button" class={filters.low_stock ? undefined : 'on'} onClick={() => setQuery({ low_stock: '' })} data-filter-low="all">
              All levels
            </button>
            <button type="button" class={filters.low_stock ? 'on' : undefined} onClick={() => setQuery({ low_stock: 'true' })} data-filter-low="true">
              Low stock
            </button>
          </div>
        </div>
      </div>
      <LoadError error={error || locations.error} />
      <DataTable
        columns={columns}
        rows={error ? [] : levels}
        testId="levels"
        empty={filters.low_stock ? 'No level is at or below its low-stock threshold for these filters.' : 'No stock levels match these filters.'}
      />
      <Pager total={data && data.count} limit={limit} offset={offset} />
      {dialog && dialog.kind === 'adjust' && (
        <AdjustDialog level={dialog.level} locations={locations} defaults={filters} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog && dialog.kind === 'transfer' && <TransferDialog level={dialog.level} locations={locations} onClose={() => setDialog(null)} onDone={done} />}
      {dialog && dialog.kind === 'threshold' && <ThresholdDialog level={dialog.level} locations={locations} onClose={() => setDialog(null)} onDone={done} />}
    </section>
  );
}
