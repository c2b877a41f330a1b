// The Shopee connector: the environment the platform works in, and per environment (a tab kept
// in the URL, ?env=live) its profiles, which one is active, and the selected profile's detail.
// The OAuth callback sends the browser back here with ?env=&status=&reason=&profile_id=.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, EnvPill, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ConfirmButton } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { ACTIVE_ENVIRONMENT, ENVIRONMENTS, KEY_ROTATION, PROFILES, reasonText, relative } from './connector.js';
import { EnvironmentSwitch } from './EnvironmentSwitch.jsx';
import { ProfileDetail } from './ProfileDetail.jsx';
import { ProfileForm } from './ProfileForm.jsx';

export function ShopeeConnector() {
  const { user } = useSession();
  const canWrite = hasRole(user, 'admin');
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);
  const platform = useApi(ACTIVE_ENVIRONMENT);
  const platformEnv = platform.data && platform.data.environment;
  const requested = ENVIRONMENTS.includes(query.get('env')) ? query.get('env') : null;
  // Without ?env= the tab opens on the environment the platform works in.
  const env = requested || platformEnv || null;

  const list = useApi(env ? PROFILES : null, { environment: env, limit, offset });
  const active = useApi(env ? PROFILES : null, { environment: env, active: true, limit: 1 });
  const activeProfile = (active.data && active.data.profiles[0]) || null;
  const rows = list.data ? list.data.profiles : null;
  const fallback = active.data ? (activeProfile && activeProfile.id) || (rows && rows[0] && rows[0].id) : null;
  const selectedId = query.get('profile') || query.get('profile_id') || fallback || null;
  const detail = useApi(selectedId ? `${PROFILES}/${selectedId}` : null);
  const selected = detail.data && detail.data.id === selectedId ? detail.data : null;
  const mismatch = selected && env && selected.environment !== env ? selected.environment : null;
  useEffect(() => {
    // A deep link to a profile of the other environment opens that environment's tab.
    if (mismatch) setQuery({ env: mismatch });
  }, [mismatch]);

  const refresh = () => {
    setVersion((v) => v + 1);
    platform.reload();
    list.reload();
    active.reload();
    detail.reload();
  };
  const choose = (id) => {
    setCreating(false);
    setQuery({ profile: id }, { keepOffset: true });
  };
  const switchTab = (next) => {
    setCreating(false);
    setQuery({ env: next, profile: '', profile_id: '', status: '', reason: '' });
  };

  return (
    <section class="page" data-page="shopee-connector">
      <PageHeader title="Shopee connector">
        <Link href="/connectors/shopee/sku-mappings" class="button-link secondary" data-link="sku-mappings">
          SKU mappings
        </Link>
        {hasRole(user, 'owner') && <KeyRotation />}
      </PageHeader>
      <OAuthOutcome query={query} setQuery={setQuery} profile={selected} />
      <LoadError error={platform.error} />
      {platform.data && <EnvironmentSwitch state={platform.data} canWrite={canWrite} version={version} onSwitched={refresh} />}

      <div class="tabs" role="tablist" aria-label="Environment">
        {ENVIRONMENTS.map((e) => (
          <button key={e} type="button" role="tab" aria-selected={e === env} class={e === env ? 'on' : undefined} onClick={() => switchTab(e)} data-env-tab={e}>
            {e === 'live' ? 'Live' : 'Sandbox'}
            {e === platformEnv && <span class="tab-note">platform</span>}
          </button>
        ))}
      </div>

      {env && (
        <>
          <div class="env-summary">
            <p data-active-profile={activeProfile ? activeProfile.id : ''}>
              <EnvPill env={env} />{' '}
              {activeProfile ? (
                <>
                  Active {env} profile: <strong>{activeProfile.name}</strong> (shop {activeProfile.shop_id || '—'})
                </>
              ) : active.data ? (
                <>No active {env} profile: {env} pushes are not processed and the platform cannot work in {env}.</>
              ) : (
                'Loading…'
              )}
            </p>
            {canWrite && !creating && (
              <button type="button" class="primary" onClick={() => setCreating(true)} data-action="new-profile">
                New {env} profile
              </button>
            )}
          </div>
          <LoadError error={list.error} />
          <DataTable
            testId="profiles"
            rows={rows}
            empty={`No ${env} profiles yet.${canWrite ? ' Create one with the partner id and key from Shopee’s Open Platform console.' : ''}`}
            columns={[
              {
                label: 'Profile',
                render: (p) => (
                  <button type="button" class={`link${p.id === selectedId ? ' selected' : ''}`} onClick={() => choose(p.id)} data-select-profile={p.id}>
                    {p.name}
                  </button>
                ),
              },
              { label: 'Status', render: (p) => (p.active ? <Badge value="active" /> : <span class="muted">inactive</span>) },
              { label: 'Region', key: 'region' },
              { label: 'Partner ID', render: (p) => p.partner_id || '—' },
              { label: 'Shop ID', render: (p) => p.shop_id || '—' },
              { label: 'Token', render: (p) => <Badge value={p.token.state} /> },
              { label: 'Access token', render: (p) => (p.token.access_expires_at ? `expires ${relative(p.token.access_expires_at)}` : '—') },
            ]}
          />
          {list.data && list.data.count > limit && <Pager total={list.data.count} limit={limit} offset={offset} />}

          {creating ? (
            <div class="card" data-card="new-profile">
              <h2>
                New <EnvPill env={env} /> profile
              </h2>
              <ProfileForm
                environment={env}
                onCancel={() => setCreating(false)}
                onSaved={(created) => {
                  setCreating(false);
                  choose(created.id);
                  list.reload();
                }}
              />
            </div>
          ) : (
            <>
              <LoadError error={detail.error} />
              {selected && selected.environment === env && (
                <ProfileDetail
                  profile={selected}
                  canWrite={canWrite}
                  platformEnv={platformEnv}
                  activeProfile={activeProfile}
                  onChanged={refresh}
                  onDeleted={() => {
                    setQuery({ profile: '', profile_id: '' }, { keepOffset: true });
                    refresh();
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The outcome the OAuth callback reported, until the operator dismisses it. */
function OAuthOutcome({ query, setQuery, profile }) {
  const status = query.get('status');
  if (!status) return null;
  const env = query.get('env');
  const profileId = query.get('profile_id');
  const named = profile && profile.id === profileId ? `“${profile.name}”` : profileId;
  const dismiss = () => setQuery({ status: '', reason: '', profile_id: '', profile: profileId || query.get('profile') || '' }, { keepOffset: true });
  const ok = status === 'connected';
  return (
    <div class={ok ? 'success-banner' : 'error-banner'} role={ok ? 'status' : 'alert'} data-oauth-outcome={status} data-oauth-reason={query.get('reason') || ''}>
      <div>
        <strong>{ok ? 'Shop authorized.' : 'The shop was not authorized.'}</strong>{' '}
        {ok
          ? `Shopee approved access for the ${env || ''} profile${named ? ` ${named}` : ''}; its tokens are stored and refresh automatically.`
          : reasonText(query.get('reason'))}
      </div>
      <button type="button" class="link" onClick={dismiss} data-dismiss-oauth>
        Dismiss
      </button>
    </div>
  );
}

/** Owner only: re-encrypt every stored secret under the newest master key. */
function KeyRotation() {
  const [report, setReport] = useState(null);
  return (
    <>
      {report && (
        <span class="muted" data-rotation-report>
          Key {report.current_key_id}: {count(report.secrets_reencrypted)} secrets re-encrypted, {count(report.rows_remaining)} rows left.
        </span>
      )}
      <ConfirmButton
        label="Rotate encryption key"
        title="Re-encrypt every stored secret?"
        message="Partner keys, push keys and tokens of every profile are re-encrypted under the newest master key (TCG_SECRETS_KEY). Run it after moving the old key to TCG_SECRETS_PREVIOUS_KEYS; it is safe to run again."
        confirmLabel="Rotate"
        class="secondary"
        data-action="key-rotation"
        action={async () => {
          const answer = await api.post(KEY_ROTATION);
          setReport(answer);
          notify(`Key rotation done: ${count(answer.secrets_reencrypted)} secrets re-encrypted.`);
        }}
      />
    </>
  );
}
