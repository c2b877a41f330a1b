// One connector profile: its shop connection (tokens, authorize, refresh), activation, the URLs
// Shopee must be given, credentials, Shopee warehouses and diagnostics.
import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link } from '../../router.jsx';
import { Badge, CopyButton, EnvPill, LoadError } from '../../ui/Bits.jsx';
import { ErrorBanner } from '../../ui/Form.jsx';
import { ConfirmButton } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable } from '../../ui/Table.jsx';
import { count, dateTime, label } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { useLocations } from '../../ui/locations.jsx';
import { PROFILES, TOKEN_HELP, missingCredentials, when } from './connector.js';
import { ProfileForm } from './ProfileForm.jsx';

export function ProfileDetail({ profile, canWrite, platformEnv, activeProfile, onChanged, onDeleted }) {
  const base = `${PROFILES}/${profile.id}`;
  const diagnostics = useApi(`${base}/diagnostics`);
  const warehouses = useApi(`${base}/locations`);
  const changed = (next) => {
    onChanged(next);
    diagnostics.reload();
    warehouses.reload();
  };
  return (
    <div class="profile-detail" data-profile={profile.id}>
      <div class="profile-title">
        <h2>{profile.name}</h2>
        <EnvPill env={profile.environment} />
        <span data-profile-status={profile.active ? 'active' : 'inactive'}>
          <Badge value={profile.active ? 'active' : 'inactive'} />
        </span>
        <span class="muted mono">{profile.id}</span>
      </div>
      <div class="grid-2">
        <Connection profile={profile} canWrite={canWrite} onChanged={changed} />
        <Activation profile={profile} canWrite={canWrite} platformEnv={platformEnv} activeProfile={activeProfile} onChanged={changed} onDeleted={onDeleted} />
      </div>
      <div class="grid-2">
        <Diagnostics state={diagnostics} env={profile.environment} />
        <Warehouses profile={profile} state={warehouses} canWrite={canWrite} onRefreshed={changed} />
      </div>
      <Urls profile={profile} />
      <div class="card" data-card="credentials">
        <h2>Settings and credentials</h2>
        {canWrite ? <ProfileForm key={profile.id + profile.updated_at} profile={profile} environment={profile.environment} onSaved={changed} /> : <CredentialFacts profile={profile} />}
      </div>
    </div>
  );
}

/** Token state, expiries, and the two ways to (re)establish it: authorize and refresh. */
function Connection({ profile, canWrite, onChanged }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const state = profile.token.state;
  const run = (fn) => async () => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const authorize = run(async () => {
    const { url } = await api.post(`${PROFILES}/${profile.id}/authorize`);
    // Shopee's page, then the callback, bring the browser back here with the outcome.
    window.location.assign(url);
  });
  const refresh = run(async () => {
    const answer = await api.post(`${PROFILES}/${profile.id}/refresh-token`);
    const next = answer.profile;
    const messages = {
      refreshed: [`Token refreshed; the access token is valid until ${dateTime(next.token.access_expires_at)}.`, 'success'],
      already_refreshed: ['The token was refreshed moments ago; the current one is kept.', 'success'],
      failed: ['Shopee refused the refresh or could not be reached; see Diagnostics and the exceptions list.', 'error'],
      not_connected: ['Nothing to refresh: authorize the shop first.', 'error'],
    };
    const [text, kind] = messages[answer.outcome] || [`Refresh: ${label(answer.outcome)}`, 'success'];
    notify(text, kind);
    onChanged(next);
  });
  const reconnect = state !== 'none';
  return (
    <div class="card" data-card="connection">
      <h2>Shop connection</h2>
      <dl class="facts">
        <dt>Token</dt>
        <dd data-token-state={state}>
          <Badge value={state} />
        </dd>
        <dt>Access token expires</dt>
        <dd data-access-expires>{when(profile.token.access_expires_at)}</dd>
        <dt>Refresh token expires</dt>
        <dd data-refresh-expires>{when(profile.token.refresh_expires_at)}</dd>
        <dt>Shop</dt>
        <dd>{profile.shop_id || '—'}</dd>
      </dl>
      <p class="muted">{TOKEN_HELP[state]}</p>
      <ErrorBanner error={error} />
      {canWrite && (
        <div class="actions">
          <button type="button" class="secondary" disabled={busy || state === 'none'} onClick={refresh} data-action="refresh-token">
            Refresh token
          </button>
          <button
            type="button"
            class={state === 'valid' || state === 'expiring' ? 'secondary' : 'primary'}
            disabled={busy}
            onClick={authorize}
            data-action="authorize"
            title="Opens Shopee in this tab; after the seller approves, Shopee sends the browser back here."
          >
            {reconnect ? 'Reconnect' : 'Authorize'}
          </button>
        </div>
      )}
    </div>
  );
}

function Activation({ profile, canWrite, platformEnv, activeProfile, onChanged, onDeleted }) {
  const env = profile.environment;
  const missing = missingCredentials(profile);
  const serving = env === platformEnv;
  const other = activeProfile && activeProfile.id !== profile.id ? activeProfile : null;
  const activateMessage = [
    `“${profile.name}” becomes the active ${env} profile`,
    other ? `, replacing “${other.name}”` : '',
    '. ',
    serving ? `The platform works in ${env}: from now on its orders, pushes and stock updates use this shop.` : `The platform works in ${platformEnv}, so nothing changes there until the environment is switched.`,
  ].join('');
  return (
    <div class="card" data-card="activation">
      <h2>Activation</h2>
      {profile.active ? (
        <p>
          This is the active {env} profile{serving ? ': the platform works with this shop now.' : '. The platform works in ' + platformEnv + ' at the moment.'}
        </p>
      ) : (
        <p>Inactive: pushes for it are not processed and it is not used for {env}.</p>
      )}
      {missing.length > 0 && (
        <p class="muted" data-missing>
          Needed before it can be activated: {missing.join(', ')}.
        </p>
      )}
      {canWrite && (
        <div class="actions">
          {!profile.active && (
            <ConfirmButton
              label="Delete"
              title={`Delete profile “${profile.name}”?`}
              message="The profile and its stored credentials and tokens are removed. Orders it imported stay."
              confirmLabel="Delete profile"
              danger
              data-action="delete"
              action={async () => {
                await api.del(`${PROFILES}/${profile.id}`);
                notify(`Profile ${profile.name} deleted.`);
                onDeleted();
              }}
            />
          )}
          {profile.active ? (
            <ConfirmButton
              label="Deactivate"
              title={`Deactivate “${profile.name}”?`}
              message={`${env} is left without an active profile: its pushes are no longer processed and the platform cannot switch to ${env} until another profile is activated.`}
              confirmLabel="Deactivate"
              danger
              data-action="deactivate"
              action={async () => {
                const next = await api.post(`${PROFILES}/${profile.id}/deactivate`);
                notify(`Profile ${profile.name} deactivated.`);
                onChanged(next);
              }}
            />
          ) : (
            <ConfirmButton
              label="Activate"
              title={`Activate “${profile.name}” for ${env}?`}
              message={activateMessage}
              confirmLabel="Activate"
              class="primary"
              data-action="activate"
              action={async () => {
                const next = await api.post(`${PROFILES}/${profile.id}/activate`);
                notify(`Profile ${profile.name} is now the active ${env} profile.`);
                onChanged(next);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** What to register in Shopee's Open Platform console for this profile. */
function Urls({ profile }) {
  return (
    <div class="card" data-card="urls">
      <h2>Addresses to register at Shopee</h2>
      <dl class="facts">
        <dt>Push (webhook) URL</dt>
        <dd class="copyable">
          <code data-url="webhook">{profile.webhook_url}</code> <CopyButton text={profile.webhook_url} name="webhook_url" />
        </dd>
        <dt>OAuth redirect URL</dt>
        <dd class="copyable">
          <code data-url="oauth-callback">{profile.oauth_callback_url}</code> <CopyButton text={profile.oauth_callback_url} name="oauth_callback_url" />
        </dd>
      </dl>
      <p class="muted">The push URL goes into the app's push settings; the redirect URL is sent with every authorization link.</p>
    </div>
  );
}

/** Read-only view for roles that may not edit: the same facts, secrets as fingerprints. */
function CredentialFacts({ profile }) {
  const locations = useLocations([profile.default_location_id]);
  return (
    <dl class="facts">
      <dt>Region</dt>
      <dd>{profile.region}</dd>
      <dt>Partner ID</dt>
      <dd>{profile.partner_id || '—'}</dd>
      <dt>Shop ID</dt>
      <dd>{profile.shop_id || '—'}</dd>
      <dt>API base URL</dt>
      <dd class="mono">{profile.effective_api_base_url}</dd>
      <dt>Default location</dt>
      <dd data-default-location={profile.default_location_id || ''}>
        {profile.default_location_id ? locations.label(profile.default_location_id) : '—'}
      </dd>
      <dt>Partner key</dt>
      <dd>
        <code data-fingerprint="partner_key">{profile.partner_key_fingerprint || 'not set'}</code>
      </dd>
      <dt>Push partner key</dt>
      <dd>
        <code data-fingerprint="push_partner_key">{profile.push_partner_key_fingerprint || 'not set (the partner key verifies pushes)'}</code>
      </dd>
    </dl>
  );
}

function Warehouses({ profile, state, canWrite, onRefreshed }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = await api.post(`${PROFILES}/${profile.id}/refresh-locations`);
      notify(`${count(body.count)} Shopee warehouse${body.count === 1 ? '' : 's'} loaded.`);
      onRefreshed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rows = state.data ? state.data.locations : null;
  return (
    <div class="card" data-card="warehouses">
      <div class="card-header">
        <h2>Shopee warehouses</h2>
        {canWrite && (
          <button type="button" class="secondary small" disabled={busy} onClick={refresh} data-action="refresh-locations">
            {busy ? 'Refreshing…' : 'Refresh warehouses'}
          </button>
        )}
      </div>
      <ErrorBanner error={error} />
      <LoadError error={state.error} />
      <DataTable
        testId="warehouses"
        rowKey={(w) => w.warehouse_id}
        rows={rows}
        empty="No warehouses loaded. Shops without multi-warehouse stock have none; otherwise refresh them from Shopee."
        columns={[
          {
            label: 'Warehouse',
            render: (w) => (
              <span>
                {w.name} <span class="muted mono">#{w.warehouse_id}</span>
              </span>
            ),
          },
          { label: 'Location ID', render: (w) => <span class="mono">{w.location_id || '—'}</span> },
          { label: 'Address', render: (w) => [w.address, w.city, w.state, w.zipcode, w.region].filter(Boolean).join(', ') || '—' },
          { label: 'Refreshed', render: (w) => dateTime(w.refreshed_at) },
        ]}
      />
    </div>
  );
}

function Diagnostics({ state, env }) {
  const d = state.data;
  return (
    <div class="card" data-card="diagnostics">
      <div class="card-header">
        <h2>Diagnostics</h2>
        <button type="button" class="secondary small" onClick={state.reload} data-action="diagnostics">
          Reload
        </button>
      </div>
      <LoadError error={state.error} />
      {d && (
        <dl class="facts diagnostics">
          <dt>Token state</dt>
          <dd>
            <Badge value={String(d.token_state).toLowerCase()} />
          </dd>
          <dt>Authorized</dt>
          <dd>{when(d.authorized_at)}</dd>
          <dt>Authorization ends</dt>
          <dd>{when(d.authorization_expires_at)}</dd>
          <dt>Last refresh</dt>
          <dd>
            {when(d.last_refresh_at)}
            {d.last_refresh_outcome ? ` — ${label(d.last_refresh_outcome)}` : ''} ({count(d.refresh_count)} in total)
          </dd>
          <dt>Last error</dt>
          <dd data-last-error>{d.last_error ? `${d.last_error} (${dateTime(d.last_error_at)})` : 'none'}</dd>
          <dt>Open exceptions</dt>
          <dd>
            {d.open_exceptions > 0 ? <Link href={`/exceptions?status=open&env=${env}`}>{count(d.open_exceptions)} open</Link> : 'none'}
          </dd>
          <dt>Last push received</dt>
          <dd>{when(d.last_webhook_at)}</dd>
          <dt>Pushes, last 24 h</dt>
          <dd data-pushes>
            {count(d.pushes_received_24h)} received, {count(d.signature_failures_24h)} with a bad signature
            {d.push_success_rate_24h === null || d.push_success_rate_24h === undefined
              ? ''
              : ` — ${Math.round(d.push_success_rate_24h * 1000) / 10}% verified`}
          </dd>
        </dl>
      )}
    </div>
  );
}
