import { useEffect, useState } from 'preact/hooks';
import { api, token } from './api.js';
import { match, navigate, useLocation } from './router.jsx';
import { ROUTES } from './routes.js';
import { SessionContext, hasRole } from './session.jsx';
import { Layout } from './ui/Layout.jsx';
import { Notices, notify } from './ui/Notices.jsx';
import { Login } from './pages/Login.jsx';
import { ChangePassword } from './pages/ChangePassword.jsx';

export function App() {
  const [user, setUser] = useState(undefined); // undefined: still checking the stored session
  const { path, query } = useLocation();

  useEffect(() => {
    if (!token.get()) {
      setUser(null);
      return;
    }
    api.get('/admin/auth/me').then(setUser, () => {
      token.clear();
      setUser(null);
    });
  }, []);

  useEffect(() => {
    const expired = (event) => {
      token.clear();
      setUser(null);
      notify(event.detail || 'Your session has ended; please log in again.', 'error');
    };
    window.addEventListener('tcg:unauthorized', expired);
    return () => window.removeEventListener('tcg:unauthorized', expired);
  }, []);

  const signIn = (session) => {
    token.set(session.token);
    setUser(session.user);
  };
  const signOut = async () => {
    try {
      await api.post('/admin/auth/logout');
    } catch (e) {
      // The session may already be gone; signing out locally is what matters.
    }
    token.clear();
    setUser(null);
    navigate('/');
  };

  if (user === undefined) return <div class="boot">Loading…</div>;
  const session = { user, signIn, signOut, setUser };

  let content;
  if (!user) {
    content = <Login onSignedIn={signIn} />;
  } else if (user.must_change_password) {
    content = <ChangePassword forced />;
  } else {
    content = <Layout>{routeFor(path, query, user)}</Layout>;
  }
  return (
    <SessionContext.Provider value={session}>
      {content}
      <Notices />
    </SessionContext.Provider>
  );
}

function routeFor(path, query, user) {
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (params) {
      if (!hasRole(user, route.role)) {
        return <NotAllowed />;
      }
      const Page = route.page;
      return <Page params={params} query={query} />;
    }
  }
  if (path === '/account/password') return <ChangePassword />;
  return (
    <section class="page">
      <h1>Page not found</h1>
      <p>There is no console page at {path}.</p>
    </section>
  );
}

function NotAllowed() {
  return (
    <section class="page">
      <h1>Not available to your role</h1>
      <p>Ask an owner or admin if you need access to this page.</p>
    </section>
  );
}
