import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { dateTime, label } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';

const TYPES = ['warehouse', 'store', 'consignment', 'other'];
const ADDRESS = ['address_line1', 'address_line2', 'city', 'postal_code', 'country_code'];
const FIELDS = ['code', 'name', 'type', ...ADDRESS];

/**
 * Stock locations (GET /admin/stock-locations), by code, filtered by active in the URL. Admins and
 * owners create, edit, deactivate and reactivate them (the API's @RolesAllowed); everyone sees them
 * and jumps to their stock and movements.
 */
export function Locations() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const active = query.get('active') || '';
  const { data, error, reload } = useApi('/admin/stock-locations', { active, limit, offset });
  const [editing, setEditing] = useState(null); // {} for a new location, or the location
  const canEdit = hasRole(user, 'admin');
  const done = () => {
    setEditing(null);
    reload();
  };
  const setActive = async (location, value) => {
    await api.patch(`/admin/stock-locations/${encodeURIComponent(location.id)}`, { active: value });
    notify(`${location.name} ${value ? 'reactivated' : 'deactivated'}.`);
    reload();
  };

  const columns = [
    { label: 'Code', render: (l) => <span class="mono" data-cell="code">{l.code}</span> },
    { label: 'Name', render: (l) => <span data-cell="name">{l.name}</span> },
    { label: 'Type', render: (l) => <span data-cell="type">{label(l.type)}</span> },
    {
      label: 'Status',
      render: (l) => (
        <span data-cell="status" data-active={String(l.active)}>
          <Badge value={l.active ? 'active' : 'inactive'} />
        </span>
      ),
    },
    { label: 'Address', render: (l) => <span data-cell="address">{address(l) || <span class="muted">—</span>}</span> },
    { label: 'Updated', render: (l) => <span class="muted">{dateTime(l.updated_at)}</span> },
    {
      label: 'Actions',
      render: (l) => (
        <span class="row-actions">
          <Link href={`/inventory?location_id=${encodeURIComponent(l.id)}`} data-action="stock">
            Stock
          </Link>
          <Link href={`/inventory/movements?location_id=${encodeURIComponent(l.id)}`} data-action="movements">
            Movements
          </Link>
          {canEdit && (
            <>
              <button type="button" class="secondary small" onClick={() => setEditing(l)} data-action="edit">
                Edit
              </button>
              {l.active ? (
                <ConfirmButton
                  label="Deactivate"
                  class="secondary small"
                  title={`Deactivate ${l.name}?`}
                  message="Its stock and history stay; it is marked inactive in pickers and lists until reactivated."
                  confirmLabel="Deactivate"
                  danger
                  action={() => setActive(l, false)}
                  data-action="deactivate"
                />
              ) : (
                <ConfirmButton
                  label="Reactivate"
                  class="secondary small"
                  title={`Reactivate ${l.name}?`}
                  message="It becomes an active stock location again."
                  confirmLabel="Reactivate"
                  action={() => setActive(l, true)}
                  data-action="reactivate"
                />
              )}
            </>
          )}
        </span>
      ),
    },
  ];

  return (
    <section class="page">
      <PageHeader title="Stock locations">
        {canEdit && (
          <button type="button" class="primary" onClick={() => setEditing({})} data-action="new-location">
            New location
          </button>
        )}
      </PageHeader>
      <div class="filters" data-filters="locations">
        <div class="field">
          <span class="field-label">Status</span>
          <div class="segmented" role="group" aria-label="Status">
            {[
              ['', 'All'],
              ['true', 'Active'],
              ['false', 'Inactive'],
            ].map(([value, text]) => (
              <button type="button" key={value} class={active === value ? 'on' : undefined} onClick={() => setQuery({ active: value })} data-filter-active={value || 'all'}>
                {text}
              </button>
            ))}
          </div>
        </div>
      </div>
      <LoadError error={error} />
      <DataTable columns={columns} rows={error ? [] : data && data.stock_locations} testId="locations" empty="No stock location matches this filter." />
      <Pager total={data && data.count} limit={limit} offset={offset} />
      {editing && <LocationDialog location={editing.id ? editing : null} onClose={() => setEditing(null)} onDone={done} />}
    </section>
  );
}

function address(l) {
  return [l.address_line1, l.address_line2, [l.postal_code, l.city].filter(Boolean).join(' '), l.country_code].filter(Boolean).join(', ');
}

/**
 * Create (POST, blank fields left out) or edit (PATCH with only the fields that changed, since the
 * API reads an absent field as "leave as is").
 */
function LocationDialog({ location, onClose, onDone }) {
  const initial = {};
  FIELDS.forEach((f) => {
    initial[f] = location ? location[f] || '' : f === 'type' ? 'warehouse' : '';
  });
  const form = useForm(initial);
  const submit = form.submit(async (values) => {
    const body = {};
    FIELDS.forEach((f) => {
      const value = values[f].trim();
      if (location ? value !== (location[f] || '') : value !== '') body[f] = value;
    });
    if (location && Object.keys(body).length === 0) {
      onClose();
      return;
    }
    const saved = location
      ? await api.patch(`/admin/stock-locations/${encodeURIComponent(location.id)}`, body)
      : await api.post('/admin/stock-locations', body);
    notify(location ? `${saved.name} saved.` : `Location ${saved.code} created.`);
    onDone(saved);
  });
  return (
    <Modal title={location ? `Edit ${location.name}` : 'New stock location'} onClose={onClose}>
      <form onSubmit={submit} data-form="location" class="dialog-form" noValidate>
        <ErrorBanner error={form.error} fields={FIELDS} />
        <div class="form-grid">
          <Field label="Code" name="code" required maxLength={32} hint="Letters, digits, '-' and '_'." error={form.error} {...form.bind('code')} />
          <Select label="Type" name="type" error={form.error} options={TYPES.map((t) => ({ value: t, label: label(t) }))} {...form.bind('type')} />
        </div>
        <Field label="Name" name="name" required maxLength={200} error={form.error} {...form.bind('name')} />
        <Field label="Address line 1" name="address_line1" maxLength={200} error={form.error} {...form.bind('address_line1')} />
        <Field label="Address line 2" name="address_line2" maxLength={200} error={form.error} {...form.bind('address_line2')} />
        <div class="form-grid">
          <Field label="City" name="city" maxLength={100} error={form.error} {...form.bind('city')} />
          <Field label="Postal code" name="postal_code" maxLength={20} error={form.error} {...form.bind('postal_code')} />
          <Field label="Country" name="country_code" maxLength={2} hint="ISO code, e.g. SG" error={form.error} {...form.bind('country_code')} />
        </div>
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy}>
            {location ? 'Save' : 'Create location'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
