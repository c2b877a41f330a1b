import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { Link, useLocation } from '../router.jsx';
import { ROUTES } from '../routes.js';
import { hasRole, useSession } from '../session.jsx';
import { EnvPill } from './Bits.jsx';

/** Reload the header's environment pill after a switch (the connector page fires this). */
export const ENV_CHANGED = 'tcg:env-changed';

export function Layout({ children }) {
  const { user, signOut } = useSession();
  const { path } = useLocation();
  const [env, setEnv] = useState(null);
  useEffect(() => {
    const load = () =>
      api.get('/admin/connectors/shopee/active-environment').then(
        (body) => setEnv(body.environment || body.active_environment),
        () => setEnv(null),
      );
    load();
    window.addEventListener(ENV_CHANGED, load);
    return () => window.removeEventListener(ENV_CHANGED, load);
  }, []);
  const items = ROUTES.filter((r) => r.nav && hasRole(user, r.role));
  const section = (route) => (route.path === '/' ? path === '/' : path === route.path || path.startsWith(route.path + '/'));
  return (
    <div class="shell">
      <aside class="sidebar">
        <div class="brand">
          TCG <span>Console</span>
        </div>
        <nav aria-label="Main">
          {items.map((r) => (
            <Link key={r.path} href={r.path} class={section(r) ? 'active' : undefined} data-nav={r.nav}>
              {r.nav}
            </Link>
          ))}
        </nav>
      </aside>
      <div class="main">
        <header class="topbar">
          <span class="topbar-env" title="Active Shopee environment">
            Active environment <EnvPill env={env} />
          </span>
          <span class="topbar-user">
            <span data-user-email>{user.email}</span> <span class="role">{user.role}</span>
            <Link href="/account/password">Password</Link>
            <button type="button" class="link" onClick={signOut} data-logout>
              Log out
            </button>
          </span>
        </header>
        <main>{children}</main>
      </div>
    </div>
  );
}
