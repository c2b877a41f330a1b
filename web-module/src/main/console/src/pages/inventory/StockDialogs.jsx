// The inventory actions an operator takes from a level row: a counted adjustment, a transfer to
// another location, and the low-stock threshold. Each is one API call; the API's refusal (e.g.
// "exceeds the available stock (3)") appears under the field it names.
import { ApiError, api } from '../../api.js';
import { ErrorBanner, Field, useForm } from '../../ui/Form.jsx';
import { Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { count } from '../../ui/format.js';
import { LocationSelect } from '../../ui/locations.jsx';

/** A whole number from a form input; '' becomes null so the API says "is required". */
function wholeNumber(values, name) {
  const text = String(values[name] === undefined || values[name] === null ? '' : values[name]).trim();
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n)) {
    throw new ApiError(400, { type: 'invalid_data', message: `${name} must be a whole number`, errors: [{ field: name, message: 'must be a whole number' }] });
  }
  return n;
}

function LevelFacts({ level, locations }) {
  return (
    <dl class="facts" data-level-facts>
      <dt>SKU</dt>
      <dd class="mono">{level.sku}</dd>
      <dt>Location</dt>
      <dd>{locations.label(level.location_id)}</dd>
      <dt>Stocked</dt>
      <dd>{count(level.stocked)}</dd>
      <dt>Reserved</dt>
      <dd>{count(level.reserved)}</dd>
      <dt>Available</dt>
      <dd>{count(level.available)}</dd>
    </dl>
  );
}

/**
 * POST /admin/inventory/adjustments. From a row the SKU and location are fixed; from the page
 * header (`level` absent) they are chosen, which also creates the level on a first count.
 */
export function AdjustDialog({ level, locations, defaults = {}, onClose, onDone }) {
  const form = useForm({
    sku: level ? level.sku : defaults.sku || '',
    location_id: level ? level.location_id : defaults.location_id || '',
    delta: '',
    reason: '',
  });
  const delta = Number(form.values.delta);
  const preview = level && Number.isInteger(delta) && delta !== 0 ? level.stocked + delta : null;
  const submit = form.submit(async (values) => {
    const body = { sku: values.sku.trim(), location_id: values.location_id, delta: wholeNumber(values, 'delta'), reason: values.reason };
    const after = await api.post('/admin/inventory/adjustments', body);
    notify(`Stock of ${after.sku} adjusted: ${count(after.stocked)} stocked, ${count(after.available)} available.`);
    onDone(after);
  });
  const fields = ['sku', 'location_id', 'delta', 'reason'];
  return (
    <Modal title={level ? `Adjust ${level.sku}` : 'Adjust stock'} onClose={onClose}>
      <form onSubmit={submit} data-form="adjust" class="dialog-form" noValidate>
        {level && <LevelFacts level={level} locations={locations} />}
        <ErrorBanner error={form.error} fields={level ? ['delta', 'reason'] : fields} />
        {!level && (
          <>
            <Field label="SKU" name="sku" required error={form.error} {...form.bind('sku')} />
            <LocationSelect locations={locations} blank="Choose a location…" error={form.error} {...form.bind('location_id')} />
          </>
        )}
        <Field
          label="Change (units)"
          name="delta"
          type="number"
          step="1"
          required
          autofocus
          error={form.error}
          hint={preview !== null ? `Stocked after: ${count(preview)}` : 'Positive for units found or received, negative for units written off.'}
          {...form.bind('delta')}
        />
        <Field label="Reason" name="reason" required maxLength={500} placeholder="e.g. cycle count, damaged, found in back room" error={form.error} {...form.bind('reason')} />
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy}>
            Adjust stock
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** POST /admin/inventory/transfers from the row's location to another one. */
export function TransferDialog({ level, locations, onClose, onDone }) {
  const form = useForm({ to_location_id: '', quantity: '', reason: '' });
  const submit = form.submit(async (values) => {
    const result = await api.post('/admin/inventory/transfers', {
      sku: level.sku,
      from_location_id: level.location_id,
      to_location_id: values.to_location_id,
      quantity: wholeNumber(values, 'quantity'),
      reason: values.reason.trim() || undefined,
    });
    notify(`Moved ${count(wholeNumber(values, 'quantity'))} of ${level.sku} to ${locations.label(values.to_location_id)}.`);
    onDone(result);
  });
  return (
    <Modal title={`Transfer ${level.sku}`} onClose={onClose}>
      <form onSubmit={submit} data-form="transfer" class="dialog-form" noValidate>
        <LevelFacts level={level} locations={locations} />
        <ErrorBanner error={form.error} fields={['to_location_id', 'quantity', 'reason']} />
        <LocationSelect locations={locations} label="To location" name="to_location_id" blank="Choose a location…" exclude={level.location_id} error={form.error} {...form.bind('to_location_id')} />
        <Field
          label="Quantity"
          name="quantity"
          type="number"
          step="1"
          min="1"
          required
          hint={`Up to ${count(level.available)} available here.`}
          error={form.error}
          {...form.bind('quantity')}
        />
        <Field label="Reason (optional)" name="reason" maxLength={500} error={form.error} {...form.bind('reason')} />
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy}>
            Transfer
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** PATCH /admin/inventory/levels/{id} {low_stock_threshold}: the only field a level accepts. */
export function ThresholdDialog({ level, locations, onClose, onDone }) {
  const form = useForm({ low_stock_threshold: String(level.low_stock_threshold) });
  const submit = form.submit(async (values) => {
    const after = await api.patch(`/admin/inventory/levels/${encodeURIComponent(level.id)}`, {
      low_stock_threshold: wholeNumber(values, 'low_stock_threshold'),
    });
    notify(`Low-stock threshold of ${after.sku} set to ${count(after.low_stock_threshold)}.`);
    onDone(after);
  });
  return (
    <Modal title={`Low-stock threshold of ${level.sku}`} onClose={onClose}>
      <form onSubmit={submit} data-form="threshold" class="dialog-form" noValidate>
        <LevelFacts level={level} locations={locations} />
        <ErrorBanner error={form.error} fields={['low_stock_threshold']} />
        <Field
          label="Low-stock threshold"
          name="low_stock_threshold"
          type="number"
          step="1"
          min="0"
          required
          hint="The level counts as low stock when available is at or below this number; 0 means only when none is left."
          error={form.error}
          {...form.bind('low_stock_threshold')}
        />
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy}>
            Save threshold
          </button>
        </div>
      </form>
    </Modal>
  );
}
