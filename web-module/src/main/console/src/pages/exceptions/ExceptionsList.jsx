import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, EnvPill, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select } from '../../ui/Form.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, label } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { LocationSelect, VariantPicker } from '../orders/pickers.jsx';

export const EXCEPTION_TYPES = [
  'SIGNATURE_INVALID',
  'MALFORMED_PUSH',
  'SKU_NOT_FOUND',
  'STOCK_SHORTAGE',
  'UPSTREAM_ERROR',
  'TOKEN_REFRESH_FAILED',
  'AUTHORIZATION_FAILED',
  'AUTHORIZATION_EXPIRING',
  'AUTHORIZATION_CANCELLED',
  'STOCK_PUSH_FAILED',
  'PUSH_SUCCESS_RATE_LOW',
];
/** Exceptions whose reference is a Shopee order number. */
const ORDER_TYPES = ['SKU_NOT_FOUND', 'STOCK_SHORTAGE'];

/**
 * Connector problems an operator fixes. Retry re-runs the held Shopee event (the exception is
 * resolved when that works); resolve closes it by hand. An unknown SKU is fixed in one flow:
 * map it onto a variant, optionally count stock in, retry, and see the order it created.
 */
export function ExceptionsList() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = { status: query.get('status') || '', type: query.get('type') || '', env: query.get('env') || '' };
  const { data, error, reload } = useApi('/admin/exceptions', { ...filters, limit, offset });
  const [mapping, setMapping] = useState(null);
  const [retrying, setRetrying] = useState(null);
  const operator = hasRole(user, 'operator');
  const admin = hasRole(user, 'admin');

  const retry = async (x) => {
    setRetrying(x.id);
    try {
      const out = await api.post(`/admin/exceptions/${encodeURIComponent(x.id)}/retry`);
      if (out.exception.status === 'resolved') notify(`Retried: event ${out.event.status}; the exception is resolved`);
      else notify(`Retried, but the event is ${label(out.event.status)}: ${out.event.last_error || 'see the event'}`, 'error');
      reload();
    } catch (e) {
      notify(e.message, 'error');
    } finally {
      setRetrying(null);
    }
  };

  const columns = [
    { label: 'Raised', render: (x) => <span title={`Last seen ${dateTime(x.updated_at)}`}>{dateTime(x.created_at)}</span> },
    { label: 'Type', render: (x) => <span class="mono" data-type={x.type}>{x.type}</span> },
    {
      label: 'Status',
      render: (x) => (
        <span data-status={x.status}>
          <Badge value={x.status} />
          {x.status === 'resolved' && (
            <span class="muted block" title={x.resolution || ''}>
              by {x.resolved_by} {dateTime(x.resolved_at)}
            </span>
          )}
        </span>
      ),
    },
    { label: 'Env', render: (x) => (x.environment ? <EnvPill env={x.environment} /> : <span class="muted">—</span>) },
    {
      label: 'Reference',
      render: (x) => (
        <span class="exception-ref">
          {x.reference && ORDER_TYPES.includes(x.type) ? (
            <Link href={`/orders?channel=shopee&q=${encodeURIComponent(x.reference)}`} class="mono" title="Find the order">
              {x.reference}
            </Link>
          ) : (
            <span class="mono">{x.reference || '—'}</span>
          )}
          {x.skus && x.skus.length > 0 && (
            <span class="block">
              SKU{' '}
              {x.skus.map((s) => (
                <code key={s} class="chip" data-unknown-sku={s}>
                  {s}
                </code>
              ))}
            </span>
          )}
          {x.event_id && (
            <Link href={`/events?id=${encodeURIComponent(x.event_id)}`} class="block mono" data-event-link>
              {x.event_id}
            </Link>
          )}
        </span>
      ),
    },
    { label: 'Message', render: (x) => <span class="message">{x.message}</span> },
    { label: 'Seen', numeric: true, render: (x) => count(x.occurrences) },
    {
      label: 'Actions',
      render: (x) =>
        x.status === 'open' && operator ? (
          <div class="row-actions">
            {admin && x.type === 'SKU_NOT_FOUND' && x.skus && x.skus.length > 0 && (
              <button type="button" class="primary small" onClick={() => setMapping(x)} data-map-sku={x.id}>
                Map SKU
              </button>
            )}
            {x.event_id && (
              <button type="button" class="secondary small" disabled={retrying === x.id} onClick={() => retry(x)} data-retry={x.id}>
                {retrying === x.id ? 'Retrying…' : 'Retry'}
              </button>
            )}
            <ConfirmButton
              label="Resolve"
              class="small"
              title={`Resolve ${label(x.type)}?`}
              message="Marks the problem handled without running anything again. Use it when the cause is fixed some other way."
              confirmLabel="Resolve"
              action={async () => {
                await api.post(`/admin/exceptions/${encodeURIComponent(x.id)}/resolve`);
                notify('Exception resolved');
                reload();
              }}
              data-resolve={x.id}
            />
          </div>
        ) : null,
    },
  ];

  return (
    <section class="page">
      <PageHeader title="Exceptions" />
      <div class="filters" data-filters="exceptions">
        <Select
          label="Status"
          name="status"
          value={filters.status}
          options={[{ value: '', label: 'Open and resolved' }, { value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }]}
          onChange={(e) => setQuery({ status: e.currentTarget.value })}
          data-filter="status"
        />
        <Select
          label="Type"
          name="type"
          value={filters.type}
          options={[{ value: '', label: 'Any type' }, ...EXCEPTION_TYPES.map((t) => ({ value: t, label: t }))]}
          onChange={(e) => setQuery({ type: e.currentTarget.value })}
          data-filter="type"
        />
        <Select
          label="Environment"
          name="env"
          value={filters.env}
          options={[{ value: '', label: 'Any environment' }, 'sandbox', 'live']}
          onChange={(e) => setQuery({ env: e.currentTarget.value })}
          data-filter="env"
        />
      </div>
      <ErrorBanner error={error} />
      <DataTable
        columns={columns}
        rows={data ? data.exceptions : error ? [] : null}
        testId="exceptions"
        empty={filters.status === 'open' ? 'No open exceptions: nothing is waiting for an operator.' : 'No exceptions match.'}
      />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
      {mapping && (
        <MapSkuDialog
          exception={mapping}
          onClose={() => {
            setMapping(null);
            reload();
          }}
        />
      )}
    </section>
  );
}

/**
 * The SKU_NOT_FOUND fix in one go: each unknown Shopee SKU is given to a variant the operator
 * picks (PATCH /admin/variants/{id}), stock is optionally counted in where the shop reserves,
 * then the held event is retried. Steps that worked are not repeated when the operator runs it
 * again after fixing a failed one.
 */
function MapSkuDialog({ exception, onClose }) {
  const profile = useApi(exception.profile_id ? `/admin/connectors/shopee/profiles/${encodeURIComponent(exception.profile_id)}` : null);
  const shopLocation = profile.data && profile.data.default_location_id && profile.data.default_location_id.startsWith('sloc_') ? profile.data.default_location_id : '';
  const [chosen, setChosen] = useState({});
  const [quantities, setQuantities] = useState({});
  const [locationId, setLocationId] = useState(null);
  const [done, setDone] = useState({});
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState(null);
  const where = locationId === null ? shopLocation : locationId;
  const anyStock = exception.skus.some((s) => Number(quantities[s] || 0) > 0);

  const run = async (event) => {
    event.preventDefault();
    const missing = exception.skus.filter((s) => !chosen[s]);
    if (missing.length > 0) {
      setFailure({ step: 'pick', sku: missing[0], error: { message: `Pick the variant that should carry SKU ${missing[0]}.`, errors: [] } });
      return;
    }
    if (anyStock && !where) {
      setFailure({ step: 'stock', error: { message: 'Choose where the counted stock is.', errors: [] } });
      return;
    }
    setBusy(true);
    setFailure(null);
    setOutcome(null);
    const progress = { ...done };
    let step = null;
    let sku = null;
    try {
      for (sku of exception.skus) {
        step = 'map';
        const key = `map:${sku}:${chosen[sku].id}`;
        if (!progress[key]) {
          await api.patch(`/admin/variants/${encodeURIComponent(chosen[sku].id)}`, { sku });
          progress[key] = true;
          setDone({ ...progress });
        }
        const quantity = Number(quantities[sku] || 0);
        const stockKey = `stock:${sku}:${quantity}:${where}`;
        if (quantity > 0 && !progress[stockKey]) {
          step = 'stock';
          await api.post('/admin/inventory/adjustments', {
            sku,
            location_id: where,
            delta: quantity,
            reason: `Counted in for Shopee order ${exception.reference}`,
          });
          progress[stockKey] = true;
          setDone({ ...progress });
        }
      }
      step = 'retry';
      sku = null;
      const out = await api.post(`/admin/exceptions/${encodeURIComponent(exception.id)}/retry`);
      let order = null;
      if (out.exception.status === 'resolved' && exception.reference) {
        const found = await api.get('/admin/orders', { channel: 'shopee', env: exception.environment, q: exception.reference, limit: 5 });
        order = found.orders.find((o) => o.external_ref === exception.reference) || null;
      }
      setOutcome({ resolved: out.exception.status === 'resolved', event: out.event, order });
      if (out.exception.status === 'resolved') notify(order ? `SKU mapped; order ${order.id} created` : 'SKU mapped; the exception is resolved');
    } catch (e) {
      setFailure({ step, sku, error: e });
    } finally {
      setBusy(false);
    }
  };

  const stepFailed = (s, k) => failure && failure.step === s && (k === undefined || failure.sku === k);
  return (
    <Modal title={`Map SKU for Shopee order ${exception.reference || ''}`} onClose={onClose}>
      <form onSubmit={run} data-form="map-sku" class="map-sku">
        <p class="muted">
          Shopee sent a SKU no variant has. Pick the variant it means: the console gives that variant the Shopee SKU, counts in stock if you enter
          any, and retries the held order.
        </p>
        {exception.skus.map((sku) => (
          <fieldset key={sku} class="map-sku-line" data-map-line={sku}>
            <legend>
              Shopee SKU <code>{sku}</code>
              {Object.keys(done).some((k) => k.startsWith(`map:${sku}:`)) && <span class="badge badge-ok">mapped</span>}
            </legend>
            <VariantPicker
              name={sku}
              chosen={chosen[sku] || null}
              onChoose={(v) => setChosen({ ...chosen, [sku]: v })}
              error={stepFailed('map', sku) || stepFailed('pick', sku) ? failure.error : null}
            />
            <Field
              label="Count in stock (optional)"
              name={`quantity-${sku}`}
              type="number"
              min="0"
              value={quantities[sku] || ''}
              onInput={(e) => setQuantities({ ...quantities, [sku]: e.currentTarget.value })}
              hint="A variant whose SKU can still change holds no stock yet; count in what is on the shelf so the order can reserve it."
              data-map-quantity={sku}
            />
          </fieldset>
        ))}
        {anyStock && <LocationSelect
            label="Counted in at"
            value={where}
            onChange={setLocationId}
            error={stepFailed('stock') ? failure.error : null}
            blankLabel="Choose a location"
          />}
        {failure && (
          <div data-map-failure={failure.step}>
            {failure.step === 'map' && <p class="muted">Giving the variant the SKU failed:</p>}
            {failure.step === 'stock' && <p class="muted">The SKU is mapped, but counting in stock failed:</p>}
            {failure.step === 'retry' && <p class="muted">The SKU is mapped, but the retry failed:</p>}
            <ErrorBanner error={failure.error} fields={['sku']} />
          </div>
        )}
        {outcome && (
          <div class={`map-outcome ${outcome.resolved ? 'ok' : 'bad'}`} data-map-outcome={outcome.resolved ? 'resolved' : 'held'} role="status">
            {outcome.resolved ? (
              <>
                <strong>Exception resolved.</strong>{' '}
                {outcome.order ? (
                  <>
                    Order{' '}
                    <Link href={`/orders/${outcome.order.id}`} data-created-order={outcome.order.id}>
                      {outcome.order.external_ref || outcome.order.id}
                    </Link>{' '}
                    was created and its stock reserved.
                  </>
                ) : (
                  <>The held event ran ({label(outcome.event.status)}).</>
                )}
              </>
            ) : (
              <>
                <strong>Still held:</strong> the event is {label(outcome.event.status)}. {outcome.event.last_error}
                {' '}Fix that (e.g. count in stock above) and run it again.
              </>
            )}
          </div>
        )}
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            {outcome && outcome.resolved ? 'Close' : 'Cancel'}
          </button>
          {!(outcome && outcome.resolved) && (
            <button type="submit" class="primary" disabled={busy} data-map-submit>
              {busy ? 'Working…' : 'Map and retry'}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
