import { api, token } from '../api.js';
import { navigate } from '../router.jsx';
import { useSession } from '../session.jsx';
import { ErrorBanner, Field, useForm } from '../ui/Form.jsx';
import { notify } from '../ui/Notices.jsx';

/**
 * Change the caller's password. `forced` is the first login of a bootstrap or newly created
 * account: until it is done the API refuses everything else, so nothing else is shown.
 */
export function ChangePassword({ forced }) {
  const { user, setUser, signOut } = useSession();
  const form = useForm({ current_password: '', new_password: '', confirm: '' });
  const submit = form.submit(async (values) => {
    if (values.new_password !== values.confirm) {
      const mismatch = new Error('The new passwords do not match.');
      mismatch.errors = [{ field: 'confirm', message: 'must match the new password' }];
      mismatch.field = (name) => (name === 'confirm' ? 'must match the new password' : undefined);
      throw mismatch;
    }
    // The change ends every session of the account and answers with a fresh one.
    const session = await api.post('/admin/auth/password', {
      current_password: values.current_password,
      new_password: values.new_password,
    });
    token.set(session.token);
    setUser(session.user);
    notify('Password changed.');
    if (!forced) navigate('/');
  });
  const fields = ['current_password', 'new_password', 'confirm'];
  const body = (
    <form class={forced ? 'auth-card' : 'card narrow'} onSubmit={submit} data-form="password">
      <h1>{forced ? 'Choose your password' : 'Change password'}</h1>
      {forced && <p class="muted">{user.email} must set a new password before using the console.</p>}
      <ErrorBanner error={form.error} fields={fields} />
      <Field label="Current password" name="current_password" type="password" autocomplete="current-password" required error={form.error} {...form.bind('current_password')} />
      <Field label="New password" name="new_password" type="password" autocomplete="new-password" required minLength={12} hint="At least 12 characters." error={form.error} {...form.bind('new_password')} />
      <Field label="Repeat new password" name="confirm" type="password" autocomplete="new-password" required error={form.error} {...form.bind('confirm')} />
      <div class="actions">
        {forced && (
          <button type="button" class="secondary" onClick={signOut}>
            Log out
          </button>
        )}
        <button type="submit" class="primary" disabled={form.busy}>
          Change password
        </button>
      </div>
    </form>
  );
  return forced ? <div class="auth-screen">{body}</div> : <section class="page">{body}</section>;
}
