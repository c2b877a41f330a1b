import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, CopyButton, EnvPill, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner } from '../../ui/Form.jsx';
import { EnvFilter, FilterSelect } from '../../ui/Filters.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, label } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';

const STATUSES = ['pending', 'retry', 'held', 'done', 'ignored', 'dead'];
const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/**
 * Raw Shopee pushes as they arrived: filter by processed, signature and environment (all in the
 * URL), open one to read its body and history, reprocess it. `?id=evt_…` opens that event, so
 * orders and exceptions link straight to the push behind them.
 */
export function EventsList() {
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const filters = {
    processed: query.get('processed') || '',
    signature_ok: query.get('signature_ok') || '',
    env: query.get('env') || '',
    status: query.get('status') || '',
  };
  const { data, error, reload } = useApi('/admin/connectors/shopee/events', { ...filters, limit, offset });
  const selected = query.get('id');
  const open = (id) => setQuery({ id }, { keepOffset: true });

  const columns = [
    { label: 'Received', render: (e) => dateTime(e.received_at) },
    {
      label: 'Event',
      render: (e) => (
        <button type="button" class="link mono" onClick={() => open(e.id)} data-open-event={e.id}>
          {e.id}
        </button>
      ),
    },
    { label: 'Env', render: (e) => (e.environment ? <EnvPill env={e.environment} /> : <span class="muted">—</span>) },
    { label: 'Code', numeric: true, render: (e) => (e.push_code === null || e.push_code === undefined ? '—' : e.push_code) },
    {
      label: 'Order SN',
      render: (e) =>
        e.order_sn ? (
          <Link href={`/orders?channel=shopee&q=${encodeURIComponent(e.order_sn)}`} class="mono">
            {e.order_sn}
          </Link>
        ) : (
          <span class="muted">—</span>
        ),
    },
    { label: 'Signature', render: (e) => <SignatureBadge ok={e.signature_ok} /> },
    { label: 'Status', render: (e) => <span data-status={e.status}><Badge value={e.status} /></span> },
    { label: 'Attempts', numeric: true, render: (e) => count(e.attempts) },
    { label: 'Last error', render: (e) => <span class="message">{e.last_error || ''}</span> },
  ];

  return (
    <section class="page">
      <PageHeader title="Shopee events" />
      <div class="filters" data-filters="events">
        <FilterSelect label="Processed" name="processed" any="Either" options={YES_NO} />
        <FilterSelect label="Signature valid" name="signature_ok" any="Either" options={YES_NO} />
        <EnvFilter />
        <FilterSelect label="Status" name="status" any="Any status" options={STATUSES.map((s) => ({ value: s, label: label(s) }))} />
      </div>
      <ErrorBanner error={error} />
      <DataTable columns={columns} rows={data ? data.events : error ? [] : null} testId="events" empty="No Shopee event matches." />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
      {selected && (
        <EventDetail
          id={selected}
          onClose={() => setQuery({ id: '' }, { keepOffset: true })}
          onChanged={reload}
        />
      )}
    </section>
  );
}

function SignatureBadge({ ok }) {
  return <span class={`badge ${ok ? 'badge-ok' : 'badge-bad'}`}>{ok ? 'valid' : 'invalid'}</span>;
}

/** The body as received, indented when it is JSON. */
function prettyBody(body) {
  if (!body) return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch (e) {
    return body;
  }
}

function EventDetail({ id, onClose, onChanged }) {
  const { user } = useSession();
  const { data: event, error, reload } = useApi(`/admin/connectors/shopee/events/${encodeURIComponent(id)}`);
  const reprocess = async () => {
    const after = await api.post(`/admin/connectors/shopee/events/${encodeURIComponent(id)}/reprocess`);
    notify(after.last_error && after.status !== 'done' ? `Reprocessed: ${label(after.status)} (${after.last_error})` : `Reprocessed: ${label(after.status)}`, after.status === 'done' || after.status === 'ignored' ? 'success' : 'error');
    reload();
    onChanged();
  };
  return (
    <Modal title={`Shopee event ${id}`} onClose={onClose}>
      <div data-event-detail={id} class="event-detail">
        <LoadError error={error} />
        {!event && !error && <p class="muted">Loading…</p>}
        {event && (
          <>
            <dl class="facts">
              <dt>Status</dt>
              <dd data-event-status={event.status}>
                <Badge value={event.status} /> {event.processed ? `processed ${dateTime(event.processed_at)}` : 'not processed'}
              </dd>
              <dt>Signature</dt>
              <dd>
                <SignatureBadge ok={event.signature_ok} />
              </dd>
              <dt>Environment</dt>
              <dd>{event.environment ? <EnvPill env={event.environment} /> : '—'}</dd>
              <dt>Push code</dt>
              <dd>{event.push_code === null || event.push_code === undefined ? '—' : event.push_code}</dd>
              <dt>Shop</dt>
              <dd class="mono">{event.shop_id || '—'}</dd>
              <dt>Profile</dt>
              <dd>{event.profile_id ? <Link href="/connectors/shopee" class="mono">{event.profile_id}</Link> : '—'}</dd>
              <dt>Order SN</dt>
              <dd>
                {event.order_sn ? (
                  <Link href={`/orders?channel=shopee&q=${encodeURIComponent(event.order_sn)}`} class="mono">
                    {event.order_sn}
                  </Link>
                ) : (
                  '—'
                )}
              </dd>
              <dt>Received</dt>
              <dd>{dateTime(event.received_at)}</dd>
              <dt>Deliveries</dt>
              <dd>{count(event.deliveries)} (Shopee may send a push more than once)</dd>
              <dt>Attempts</dt>
              <dd>{count(event.attempts)}</dd>
              {event.next_attempt_at && (event.status === 'pending' || event.status === 'retry') && (
                <>
                  <dt>Next attempt</dt>
                  <dd>{dateTime(event.next_attempt_at)}</dd>
                </>
              )}
              {event.last_error && (
                <>
                  <dt>Last error</dt>
                  <dd data-event-error>{event.last_error}</dd>
                </>
              )}
            </dl>
            <div class="event-body">
              <div class="event-body-head">
                <strong>Body as received</strong> <CopyButton text={event.body || ''} name="event body" />
              </div>
              <pre data-event-body>{prettyBody(event.body)}</pre>
            </div>
          </>
        )}
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Close
          </button>
          {event && hasRole(user, 'operator') && (
            <ConfirmButton
              label="Reprocess"
              title="Reprocess this event?"
              message={
                event.signature_ok
                  ? 'It runs through processing again now. Handling is idempotent: an order it already applied does not change twice.'
                  : 'Its signature is checked again with the profile’s current push key first; it is never processed unverified.'
              }
              confirmLabel="Reprocess"
              action={reprocess}
              data-reprocess={id}
            />
          )}
        </div>
      </div>
    </Modal>
  );
}
