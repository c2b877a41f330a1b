import { Link, useQuery } from '../router.jsx';
import { hasRole, useSession } from '../session.jsx';
import { EnvPill, LoadError, PageHeader } from '../ui/Bits.jsx';
import { count, label } from '../ui/format.js';
import { useApi } from '../ui/useApi.js';

/**
 * The operator's first screen: counts for the active environment by default, or for all of them.
 * Every card links to the list it counts, with the same filters.
 */
export function Home() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const scope = query.get('env') || 'active';
  const { data, error } = useApi('/admin/dashboard/summary', { env: scope === 'all' ? 'all' : undefined });
  const env = data && data.env_filter !== 'all' ? data.env_filter : undefined;
  const envQuery = env ? `&env=${env}` : '';
  const byStatus = (data && data.orders && data.orders.by_status) || {};
  return (
    <section class="page">
      <PageHeader title="Home">
        <div class="segmented" role="group" aria-label="Scope">
          <button type="button" class={scope !== 'all' ? 'on' : undefined} onClick={() => setQuery({ env: '' })} data-scope="active">
            Active environment
          </button>
          <button type="button" class={scope === 'all' ? 'on' : undefined} onClick={() => setQuery({ env: 'all' })} data-scope="all">
            All environments
          </button>
        </div>
      </PageHeader>
      <LoadError error={error} />
      {data && (
        <>
          <p class="muted" data-summary-scope={data.env_filter}>
            {data.env_filter === 'all' ? (
              <>Orders and exceptions of every environment (the active one is <EnvPill env={data.active_environment} />).</>
            ) : (
              <>Orders and exceptions of the active environment, <EnvPill env={data.env_filter} />, only.</>
            )}{' '}
            Stock is shared by all environments.
          </p>
          <div class="cards">
            <Card title="Orders" value={data.orders.total} href={`/orders?${envQuery.slice(1)}`} name="orders" />
            <Card title="Open exceptions" value={data.open_exceptions} href={`/exceptions?status=open${envQuery}`} name="open_exceptions" tone={data.open_exceptions > 0 ? 'bad' : undefined} />
            <Card title="Low stock items" value={data.low_stock_items} href="/inventory?low_stock=true" name="low_stock_items" tone={data.low_stock_items > 0 ? 'warn' : undefined} />
            {Object.entries(byStatus).map(([status, n]) => (
              <Card key={status} title={`Orders ${label(status)}`} value={n} href={`/orders?status=${status}${envQuery}`} name={`status_${status}`} small />
            ))}
          </div>
          {data.events && hasRole(user, 'operator') && Object.keys(data.events).length > 0 && (
            <div class="card">
              <h2>Shopee event queue</h2>
              <dl class="facts">
                {Object.entries(data.events).map(([status, n]) => (
                  <>
                    <dt>{label(status)}</dt>
                    <dd>{count(n)}</dd>
                  </>
                ))}
              </dl>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Card({ title, value, href, name, tone, small }) {
  return (
    <Link href={href} class={`stat${tone ? ` stat-${tone}` : ''}${small ? ' stat-small' : ''}`} data-card={name}>
      <span class="stat-title">{title}</span>
      <span class="stat-value">{count(value)}</span>
    </Link>
  );
}
