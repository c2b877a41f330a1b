// Which environment the platform works in, and the confirmed switch to the other one.
import { useEffect } from 'preact/hooks';
import { api } from '../../api.js';
import { EnvPill } from '../../ui/Bits.jsx';
import { ENV_CHANGED } from '../../ui/Layout.jsx';
import { ConfirmButton } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { useApi } from '../../ui/useApi.js';
import { ACTIVE_ENVIRONMENT, PROFILES, otherEnv } from './connector.js';

/** `version` changes after every change on the page (an activation changes what a switch would do). */
export function EnvironmentSwitch({ state, canWrite, version, onSwitched }) {
  const current = state.environment;
  const target = otherEnv(current);
  const targetActive = useApi(PROFILES, { environment: target, active: true, limit: 1 });
  const currentActive = useApi(PROFILES, { environment: current, active: true, limit: 1 });
  useEffect(() => {
    if (version) {
      targetActive.reload();
      currentActive.reload();
    }
  }, [version]);
  const first = (s) => (s.data && s.data.profiles[0]) || null;
  const next = first(targetActive);
  const now = first(currentActive);
  const message = next
    ? `The platform stops working in ${current} and works in ${target} with the shop of profile “${next.name}” (shop ${next.shop_id || 'not set'}). ` +
      `Orders, webhook pushes and stock updates for ${target} are handled from now on; ${current} pushes are answered but no longer stored. Every operator's header shows ${target.toUpperCase()}.`
    : `There is no active ${target} profile, so the platform cannot work in ${target}: the switch will be refused. Activate a ${target} profile first.`;
  const switchTo = async () => {
    const answer = await api.put(ACTIVE_ENVIRONMENT, { environment: target });
    window.dispatchEvent(new Event(ENV_CHANGED));
    notify(answer.changed ? `The platform now works in ${answer.environment}.` : `The platform already worked in ${answer.environment}.`);
    onSwitched();
  };
  return (
    <div class="card env-switch" data-card="active-environment">
      <div>
        <span class="muted">The platform works in</span> <EnvPill env={current} />{' '}
        <span class="muted" data-current-profile={now ? now.id : ''}>
          {now ? `with “${now.name}” (shop ${now.shop_id || '—'}, token ${now.token.state.replace(/_/g, ' ')})` : `— no active ${current} profile`}
        </span>
      </div>
      {canWrite && (
        <ConfirmButton
          label={`Switch to ${target}`}
          title={`Switch the platform to ${target.toUpperCase()}?`}
          message={message}
          confirmLabel={`Switch to ${target}`}
          danger={target === 'live'}
          class={target === 'live' ? 'danger' : 'secondary'}
          data-switch-env={target}
          action={switchTo}
        />
      )}
    </div>
  );
}
