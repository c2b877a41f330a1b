import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, EnvPill, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner } from '../../ui/Form.jsx';
import { EnvFilter, FilterSelect, SearchFilter } from '../../ui/Filters.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, label } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { VariantPicker } from '../../ui/VariantPicker.jsx';
import { SKU_MAPPINGS, normaliseSku } from '../connector/connector.js';

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
 * map the Shopee SKU onto a variant, retry, and see the order it created (or what still holds it).
 */
export function ExceptionsList() {
  const { user } = useSession();
  const [query] = useQuery();
  const { limit, offset } = usePage();
  const filters = { status: query.get('status') || '', type: query.get('type') || '', env: query.get('env') || '', reference: query.get('reference') || '' };
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
      <PageHeader title="Exceptions">
        <Link href="/connectors/shopee/sku-mappings" class="small-link" data-link="sku-mappings">
          Shopee SKU mappings
        </Link>
      </PageHeader>
      <div class="filters" data-filters="exceptions">
        <FilterSelect label="Status" name="status" any="Open and resolved" options={[{ value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }]} />
        <FilterSelect label="Type" name="type" any="Any type" options={EXCEPTION_TYPES} />
        <EnvFilter />
        <SearchFilter name="reference" label="Order number or reference" placeholder="e.g. 2411230ABCDEF" />
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
 * The SKU_NOT_FOUND fix in one go: each unknown Shopee SKU is mapped onto the variant the operator
 * picks (POST /admin/connectors/shopee/sku-mappings; the variant keeps its own SKU and stock, so a
 * stocked card is the normal target), then the held event is retried and its outcome shown. A
 * Shopee SKU that is already mapped is not mapped again, so running it again after fixing what
 * still held the order (e.g. counting stock in) only retries.
 */
function MapSkuDialog({ exception, onClose }) {
  const [chosen, setChosen] = useState({});
  const [mapped, setMapped] = useState(null);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState(null);

  useEffect(() => {
    // Mappings that already exist for these SKUs (made elsewhere, or by an earlier run).
    let live = true;
    Promise.all(
      exception.skus.map((sku) =>
        api.get(SKU_MAPPINGS, { q: normaliseSku(sku), limit: 50 }).then((body) => body.sku_mappings.find((m) => m.shopee_sku === normaliseSku(sku)) || null),
      ),
    ).then(
      (found) => live && setMapped(Object.fromEntries(exception.skus.map((sku, i) => [sku, found[i]]).filter(([, m]) => m))),
      () => live && setMapped({}),
    );
    return () => {
      live = false;
    };
  }, [exception.id]);

  const run = async (event) => {
    event.preventDefault();
    const known = mapped || {};
    const missing = exception.skus.filter((s) => !known[s] && !chosen[s]);
    if (missing.length > 0) {
      setFailure({ step: 'pick', sku: missing[0], error: { message: `Pick the variant Shopee SKU ${missing[0]} means.`, errors: [] } });
      return;
    }
    setBusy(true);
    setFailure(null);
    setOutcome(null);
    const progress = { ...known };
    let step = null;
    let sku = null;
    try {
      for (sku of exception.skus) {
        if (!progress[sku]) {
          step = 'map';
          progress[sku] = await api.post(SKU_MAPPINGS, { shopee_sku: sku, sku: chosen[sku].sku });
          setMapped({ ...progress });
        }
      }
      step = 'retry';
      sku = null;
      const out = await api.post(`/admin/exceptions/${encodeURIComponent(exception.id)}/retry`);
      const resolved = out.exception.status === 'resolved';
      let order = null;
      if (resolved && exception.reference) {
        const found = await api.get('/admin/orders', { channel: 'shopee', env: exception.environment, q: exception.reference, limit: 5 });
        order = found.orders.find((o) => o.external_ref === exception.reference) || null;
      }
      setOutcome({ resolved, event: out.event, order, targets: [...new Set(exception.skus.map((s) => progress[s].sku))] });
      if (resolved) notify(order ? `SKU mapped; order ${order.external_ref || order.id} created` : 'SKU mapped; the exception is resolved');
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
          Shopee sent a SKU no variant has. Pick the variant it means: the console maps the Shopee SKU onto it (the variant keeps its own SKU and
          stock, and later orders and stock pushes use the mapping too), then retries the held order.
        </p>
        {mapped === null && <p class="muted">Looking up existing mappings…</p>}
        {mapped !== null &&
          exception.skus.map((sku) => (
            <fieldset key={sku} class="map-sku-line" data-map-line={sku}>
              <legend>
                Shopee SKU <code>{sku}</code>
                {mapped[sku] && <span class="badge badge-ok">mapped</span>}
              </legend>
              {mapped[sku] ? (
                <p class="map-sku-done" data-mapped-to={mapped[sku].sku}>
                  Mapped to{' '}
                  <Link href={`/catalog/variants/${encodeURIComponent(mapped[sku].variant_id)}`} class="mono">
                    {mapped[sku].sku}
                  </Link>{' '}
                  <span class="muted">
                    by {mapped[sku].created_by} {dateTime(mapped[sku].created_at)}
                  </span>
                </p>
              ) : (
                <VariantPicker
                  name={sku}
                  chosen={chosen[sku] || null}
                  onChoose={(v) => setChosen({ ...chosen, [sku]: v })}
                  error={stepFailed('map', sku) || stepFailed('pick', sku) ? failure.error : null}
                />
              )}
            </fieldset>
          ))}
        {failure && (
          <div data-map-failure={failure.step}>
            {failure.step === 'map' && <p class="muted">Mapping Shopee SKU {failure.sku} failed:</p>}
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
                <strong>Mapped, but still held:</strong> the event is {label(outcome.event.status)}.{' '}
                <span data-held-reason>{outcome.event.last_error}</span>
                <span class="block">
                  Fix that, e.g.{' '}
                  {outcome.targets.map((t, i) => (
                    <span key={t}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/inventory?sku=${encodeURIComponent(t)}`} data-adjust-stock={t}>
                        adjust stock of {t}
                      </Link>
                    </span>
                  ))}
                  , then run it again (or Retry on the exception).
                </span>
              </>
            )}
          </div>
        )}
        <div class="actions">
          <Link href={`/connectors/shopee/sku-mappings`} class="small-link">
            All SKU mappings
          </Link>
          <span class="spacer" />
          <button type="button" class="secondary" onClick={onClose}>
            {outcome && outcome.resolved ? 'Close' : 'Cancel'}
          </button>
          {!(outcome && outcome.resolved) && (
            <button type="submit" class="primary" disabled={busy || mapped === null} data-map-submit>
              {busy ? 'Working…' : exception.skus.every((s) => mapped && mapped[s]) ? 'Retry' : 'Map and retry'}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
