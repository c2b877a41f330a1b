import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, CopyButton, EnvPill, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner } from '../../ui/Form.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable } from '../../ui/Table.jsx';
import { count, dateTime, decimalMoney, label, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { useLocations } from '../../ui/locations.jsx';

/**
 * One order: its items and money, where it stands at Shopee, what happened to it and to its stock
 * (status history and ledger movements on one timeline), and the actions its status allows.
 */
export function OrderDetail({ params }) {
  const { user } = useSession();
  const { data: order, error, reload } = useApi(`/admin/orders/${encodeURIComponent(params.id)}`);
  const movements = useApi('/admin/inventory/movements', { reference_id: params.id, limit: 500 });
  const locations = useLocations(order ? [order.location_id] : []);
  const refresh = () => {
    reload();
    movements.reload();
  };

  if (error) {
    return (
      <section class="page">
        <PageHeader title="Order">
          <Link href="/orders">All orders</Link>
        </PageHeader>
        <LoadError error={error} />
      </section>
    );
  }
  if (!order) return <section class="page muted">Loading order…</section>;

  const currency = order.total && order.total.currency_code;
  const locationName = locations.label(order.location_id);
  return (
    <section class="page" data-order={order.id}>
      <PageHeader title={`Order ${order.external_ref || order.id}`}>
        <span data-order-status={order.status}>
          <Badge value={order.status} />
        </span>
        <EnvPill env={order.environment} />
        <Link href="/orders">All orders</Link>
      </PageHeader>
      {hasRole(user, 'operator') && <OrderActions order={order} locationName={locationName} onDone={refresh} />}
      <div class="grid-2">
        <div class="card">
          <h2>Summary</h2>
          <dl class="facts" data-facts="order">
            <dt>Order id</dt>
            <dd>
              <code>{order.id}</code> <CopyButton text={order.id} name="order id" />
            </dd>
            <dt>Channel</dt>
            <dd>{label(order.channel)}</dd>
            {order.external_ref && (
              <>
                <dt>Reference</dt>
                <dd>
                  <code>{order.external_ref}</code>
                </dd>
              </>
            )}
            <dt>Environment</dt>
            <dd>{order.environment ? <EnvPill env={order.environment} /> : '—'}</dd>
            <dt>Fulfilment</dt>
            <dd>
              <Badge value={order.fulfilment_status} />
            </dd>
            <dt>Stock location</dt>
            <dd data-order-location>{locationName}</dd>
            <dt>Customer</dt>
            <dd>{[order.customer && order.customer.name, order.customer && order.customer.email, order.customer && order.customer.phone].filter(Boolean).join(' · ') || '—'}</dd>
            {order.note && (
              <>
                <dt>Note</dt>
                <dd>{order.note}</dd>
              </>
            )}
            <dt>Created</dt>
            <dd>{dateTime(order.created_at)}</dd>
            <dt>Updated</dt>
            <dd>{dateTime(order.updated_at)}</dd>
          </dl>
        </div>
        <div class="card">
          <h2>Payment</h2>
          <dl class="facts" data-facts="payment">
            <dt>Status</dt>
            <dd data-payment-status={order.payment.status}>
              <Badge value={order.payment.status} />
            </dd>
            <dt>Subtotal</dt>
            <dd>{money(order.subtotal)}</dd>
            <dt>Shipping</dt>
            <dd>{money(order.shipping)}</dd>
            <dt>Total</dt>
            <dd data-order-total>
              <strong>{money(order.total)}</strong>
            </dd>
            <dt>Captured</dt>
            <dd data-captured>{money(order.payment.captured)}</dd>
            {order.shopee && (
              <>
                <dt>Shopee payout</dt>
                <dd data-payout>
                  {order.shopee.escrow_amount !== null && order.shopee.escrow_amount !== undefined
                    ? `${decimalMoney(order.shopee.escrow_amount, currency)} (recorded ${dateTime(order.shopee.escrow_recorded_at)})`
                    : 'Not reported yet (Shopee reports it when the order completes)'}
                </dd>
              </>
            )}
          </dl>
        </div>
      </div>
      <div class="card">
        <h2>Items</h2>
        <DataTable
          testId="order-items"
          rows={order.items}
          columns={[
            {
              label: 'SKU',
              render: (i) => (
                <Link href={`/catalog/variants/${i.variant_id}`} class="mono">
                  {i.sku}
                </Link>
              ),
            },
            { label: 'Title', key: 'title' },
            { label: 'Quantity', numeric: true, render: (i) => count(i.quantity) },
            { label: 'Returned', numeric: true, render: (i) => (i.returned_quantity ? count(i.returned_quantity) : '—') },
            { label: 'Unit price', numeric: true, render: (i) => money(i.unit_price) },
            { label: 'Total', numeric: true, render: (i) => money(i.total) },
          ]}
        />
      </div>
      {order.shopee && <ShopeeBlock shopee={order.shopee} />}
      <Timeline order={order} movements={movements} />
    </section>
  );
}

/** Ship, cancel, complete and returns, offered only where the order's status allows them. */
function OrderActions({ order, locationName, onDone }) {
  const [returning, setReturning] = useState(false);
  const act = (verb, done) => async () => {
    await api.post(`/admin/orders/${encodeURIComponent(order.id)}/${verb}`);
    notify(done);
    onDone();
  };
  const returnable = order.items.reduce((n, i) => n + (i.quantity - i.returned_quantity), 0);
  const actions = [];
  if (order.status === 'placed') {
    actions.push(
      <ConfirmButton
        key="ship"
        label="Ship"
        title={`Ship order ${order.external_ref || order.id}?`}
        message={`Its reserved stock leaves the shelf at ${locationName}. This cannot be undone (returns put goods back).`}
        confirmLabel="Ship order"
        action={act('ship', 'Order shipped; its stock has left the shelf')}
        data-action="ship"
      />,
      <ConfirmButton
        key="cancel"
        label="Cancel order"
        title={`Cancel order ${order.external_ref || order.id}?`}
        message={`Its reservation at ${locationName} is released, so the stock is available again.`}
        confirmLabel="Cancel order"
        danger
        action={act('cancel', 'Order cancelled; its reservation is released')}
        data-action="cancel"
      />,
    );
  }
  if (order.status === 'shipped') {
    actions.push(
      <ConfirmButton
        key="complete"
        label="Mark completed"
        title={`Complete order ${order.external_ref || order.id}?`}
        message="The buyer has the goods; the order is finished. Returns stay possible."
        confirmLabel="Complete order"
        action={act('complete', 'Order completed')}
        data-action="complete"
      />,
    );
  }
  if ((order.status === 'shipped' || order.status === 'completed') && returnable > 0) {
    actions.push(
      <button key="return" type="button" class="secondary" onClick={() => setReturning(true)} data-action="return">
        Record a return
      </button>,
    );
  }
  if (actions.length === 0) return null;
  return (
    <div class="order-actions" data-order-actions>
      {actions}
      {order.channel === 'shopee' && (
        <span class="muted">Shopee moves this order by itself as the buyer's order changes; act here only to correct it.</span>
      )}
      {returning && (
        <ReturnDialog
          order={order}
          locationName={locationName}
          onClose={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            onDone();
          }}
        />
      )}
    </div>
  );
}

/** Goods coming back: a quantity per line (all that is still out by default), restocked at the order's location. */
function ReturnDialog({ order, locationName, onClose, onDone }) {
  const [quantities, setQuantities] = useState(() =>
    Object.fromEntries(order.items.map((i) => [i.id, String(i.quantity - i.returned_quantity)])),
  );
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    const bySku = {};
    order.items.forEach((i) => {
      const n = Number(quantities[i.id] || 0);
      if (n > 0) bySku[i.sku] = (bySku[i.sku] || 0) + n;
    });
    const items = Object.entries(bySku).map(([sku, quantity]) => ({ sku, quantity }));
    if (items.length === 0) {
      setError({ message: 'Enter how many of at least one item came back.', errors: [] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post(`/admin/orders/${encodeURIComponent(order.id)}/returns`, { items });
      notify('Return recorded; the goods are back in stock');
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="Record a return" onClose={onClose}>
      <form onSubmit={submit} data-form="return">
        <p class="muted">Returned goods go back on the shelf at {locationName}.</p>
        <table class="data">
          <thead>
            <tr>
              <th>SKU</th>
              <th class="num">Still out</th>
              <th class="num">Returned now</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((i) => (
              <tr key={i.id}>
                <td class="mono">{i.sku}</td>
                <td class="num">{i.quantity - i.returned_quantity}</td>
                <td class="num">
                  <input
                    type="number"
                    min="0"
                    max={i.quantity - i.returned_quantity}
                    value={quantities[i.id]}
                    onInput={(e) => setQuantities({ ...quantities, [i.id]: e.currentTarget.value })}
                    aria-label={`Returned quantity of ${i.sku}`}
                    data-return-quantity={i.sku}
                    class="qty"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ErrorBanner error={error} />
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy} data-confirm>
            Record return
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ShopeeBlock({ shopee }) {
  return (
    <div class="card" data-shopee-sync>
      <h2>Shopee</h2>
      <div class="grid-2">
        <dl class="facts">
          <dt>Order SN</dt>
          <dd>
            <code data-order-sn>{shopee.order_sn}</code> <CopyButton text={shopee.order_sn} name="order sn" />
          </dd>
          <dt>Shopee status</dt>
          <dd data-shopee-status={shopee.shopee_status}>
            <Badge value={shopee.shopee_status} />
          </dd>
          <dt>Updated at Shopee</dt>
          <dd>{shopee.update_time > 0 ? dateTime(new Date(shopee.update_time * 1000).toISOString()) : '—'}</dd>
          <dt>Environment</dt>
          <dd>
            <EnvPill env={shopee.environment} />
          </dd>
          <dt>Shop profile</dt>
          <dd>
            <Link href={`/connectors/shopee?profile=${encodeURIComponent(shopee.profile_id)}`} class="mono">
              {shopee.profile_id}
            </Link>
          </dd>
          <dt>Last event</dt>
          <dd>
            {shopee.last_event_id ? (
              <Link href={`/events?id=${encodeURIComponent(shopee.last_event_id)}`} class="mono" data-last-event>
                {shopee.last_event_id}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </dl>
        <dl class="facts" data-buyer>
          {shopee.buyer ? (
            <>
              <dt>Buyer</dt>
              <dd>{shopee.buyer.username || '—'}</dd>
              <dt>Recipient</dt>
              <dd>{shopee.buyer.recipient_name || '—'}</dd>
              <dt>Phone</dt>
              <dd>{shopee.buyer.recipient_phone || '—'}</dd>
              <dt>Address</dt>
              <dd>{shopee.buyer.recipient_address || '—'}</dd>
            </>
          ) : (
            <>
              <dt>Buyer</dt>
              <dd class="muted">Redacted {dateTime(shopee.buyer_data_redacted_at)} (retention period over)</dd>
            </>
          )}
        </dl>
      </div>
    </div>
  );
}

function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

/** Status changes and the stock they moved, oldest first, so cause and effect read in order. */
function Timeline({ order, movements }) {
  const entries = [
    ...order.history.map((h, i) => ({ key: `h${i}`, at: h.at, kind: 'status', h })),
    ...((movements.data && movements.data.movements) || []).map((m) => ({ key: m.id, at: m.created_at, kind: 'stock', m })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.kind === b.kind ? 0 : a.kind === 'status' ? -1 : 1));
  return (
    <div class="card">
      <h2>History and stock effects</h2>
      {movements.error && <LoadError error={movements.error} />}
      <ol class="timeline" data-timeline>
        {entries.map((e) =>
          e.kind === 'status' ? (
            <li key={e.key} class="timeline-status" data-timeline-entry="status" data-event={e.h.event}>
              <span class="timeline-at">{dateTime(e.at)}</span>
              <span class="timeline-what">
                <strong>{label(e.h.event)}</strong>{' '}
                {e.h.from_status && e.h.from_status !== e.h.to_status && (
                  <>
                    <Badge value={e.h.from_status} /> → <Badge value={e.h.to_status} />
                  </>
                )}
                {e.h.note && <span class="muted"> {e.h.note}</span>}
              </span>
              <span class="timeline-who muted">{e.h.actor}</span>
            </li>
          ) : (
            <li key={e.key} class="timeline-stock" data-timeline-entry="stock" data-movement={e.m.kind}>
              <span class="timeline-at">{dateTime(e.at)}</span>
              <span class="timeline-what">
                Stock {label(e.m.kind)} <code>{e.m.sku}</code>
                {e.m.stocked_delta !== 0 && <span class="delta"> on shelf {signed(e.m.stocked_delta)}</span>}
                {e.m.reserved_delta !== 0 && <span class="delta"> reserved {signed(e.m.reserved_delta)}</span>}
              </span>
              <span class="timeline-who muted">{e.m.actor}</span>
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
