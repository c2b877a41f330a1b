import { api } from '../api.js';
import { ErrorBanner, Field, useForm } from '../ui/Form.jsx';

export function Login({ onSignedIn }) {
  const form = useForm({ email: '', password: '' });
  const submit = form.submit(async (values) => {
    onSignedIn(await api.post('/admin/auth/login', values));
  });
  return (
    <div class="auth-screen">
      <form class="auth-card" onSubmit={submit} data-form="login">
        <h1>
          TCG <span>Console</span>
        </h1>
        <p class="muted">Sign in with your staff account.</p>
        <ErrorBanner error={form.error} fields={['email', 'password']} />
        <Field label="Email" name="email" type="email" autocomplete="username" required error={form.error} {...form.bind('email')} />
        <Field label="Password" name="password" type="password" autocomplete="current-password" required error={form.error} {...form.bind('password')} />
        <button type="submit" class="primary" disabled={form.busy}>
          {form.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
