// The team: who may sign in with which role. Owners and admins manage staff; only an owner may
// create, change or deactivate an owner, and the last active owner always stays (the API says
// so when it refuses, and the console shows its words).
import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { useQuery } from '../../router.jsx';
import { ROLES, hasRole, useSession } from '../../session.jsx';
import { Badge, CopyButton, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { FilterSelect } from '../../ui/Filters.jsx';
import { ConfirmButton, Modal } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { dateTime } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';

const STAFF = '/admin/staff';

const ROLE_HELP = {
  owner: 'everything, including owners and key rotation',
  admin: 'catalog, locations, connector profiles, staff below owner, audit log',
  operator: 'orders, exceptions, inventory and imports',
  viewer: 'read only',
};

/** The roles the signed-in user may hand out: owners all of them, admins all but owner. */
function assignable(user) {
  return ROLES.filter((r) => r !== 'owner' || hasRole(user, 'owner'));
}

function mayManage(user, member) {
  return member.role !== 'owner' || hasRole(user, 'owner');
}

export function Staff() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(null);
  const filters = { q: query.get('q') || '', role: query.get('role') || '', active: query.get('active') || '' };
  const list = useApi(STAFF, { ...filters, limit, offset });
  const [search, setSearch] = useState(filters.q);

  const columns = [
    {
      label: 'Email',
      render: (m) => (
        <span>
          {m.email} {m.id === user.id && <span class="muted">(you)</span>}
        </span>
      ),
    },
    { label: 'Name', render: (m) => m.name || '—' },
    { label: 'Role', render: (m) => <span class={`role role-${m.role}`} data-role={m.role}>{m.role}</span> },
    {
      label: 'Status',
      render: (m) => (
        <span class="badges" data-status={m.active ? 'active' : 'inactive'}>
          <Badge value={m.active ? 'active' : 'disabled'} />
          {m.locked && <Badge value="locked" />}
          {m.must_change_password && <span class="badge badge-warn">must change password</span>}
        </span>
      ),
    },
    { label: 'Last sign-in', render: (m) => dateTime(m.last_login_at) },
    { label: 'Added', render: (m) => dateTime(m.created_at) },
    {
      label: 'Actions',
      render: (m) =>
        mayManage(user, m) ? (
          <span class="row-actions">
            <button type="button" class="secondary small" onClick={() => setEditing(m)} data-action="edit">
              Edit
            </button>
            {m.active ? (
              <ConfirmButton
                label="Deactivate"
                title={`Deactivate ${m.email}?`}
                message={
                  m.id === user.id
                    ? 'This is your own account: you are signed out at once and can no longer sign in. The audit log keeps your name.'
                    : `${m.email} can no longer sign in and every session of theirs ends now. The account is kept (the audit log names it) and can be reactivated.`
                }
                confirmLabel="Deactivate"
                danger
                class="danger small"
                data-action="deactivate"
                action={async () => {
                  await api.del(`${STAFF}/${m.id}`);
                  notify(`${m.email} deactivated.`);
                  list.reload();
                }}
              />
            ) : (
              <button type="button" class="secondary small" onClick={() => reactivate(m)} data-action="reactivate">
                Reactivate
              </button>
            )}
          </span>
        ) : (
          <span class="muted">only owners</span>
        ),
    },
  ];

  const reactivate = async (m) => {
    try {
      await api.patch(`${STAFF}/${m.id}`, { active: true });
      notify(`${m.email} can sign in again.`);
      list.reload();
    } catch (e) {
      notify(e.message, 'error');
    }
  };

  return (
    <section class="page" data-page="staff">
      <PageHeader title="Staff">
        {!creating && (
          <button type="button" class="primary" onClick={() => setCreating(true)} data-action="new-staff">
            Add staff member
          </button>
        )}
      </PageHeader>
      <p class="muted">
        Roles nest: owner ⊇ admin ⊇ operator ⊇ viewer. Admins manage everyone but owners; only an owner adds, changes or deactivates an
        owner, and the last active owner can be neither demoted nor deactivated. People are never deleted, only deactivated.
      </p>
      {creating && (
        <NewStaff
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setQuery({ q: created.email, role: '', active: '' });
            setSearch(created.email);
          }}
        />
      )}
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: search });
        }}
        data-form="staff-filters"
      >
        <Field label="Search" name="q" placeholder="email or name" value={search} onInput={(e) => setSearch(e.currentTarget.value)} onBlur={() => search !== filters.q && setQuery({ q: search })} />
        <FilterSelect label="Role" name="role" any="Any role" options={ROLES} />
        <FilterSelect
          label="Status"
          name="active"
          any="Active and inactive"
          options={[
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Deactivated' },
          ]}
        />
        <button type="submit" class="secondary">
          Search
        </button>
      </form>
      <LoadError error={list.error} />
      <DataTable testId="staff" columns={columns} rows={list.data ? list.data.staff : null} empty="No staff member matches these filters." />
      {list.data && <Pager total={list.data.count} limit={limit} offset={offset} />}
      {editing && (
        <EditStaff
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </section>
  );
}

/** 16 random characters from an unambiguous alphabet: a strong temporary password. */
function generatePassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function NewStaff({ onCancel, onCreated }) {
  const { user } = useSession();
  const form = useForm({ email: '', name: '', role: 'operator', password: '' });
  const submit = form.submit(async (values) => {
    const created = await api.post(STAFF, { email: values.email.trim(), name: values.name.trim() || undefined, role: values.role, password: values.password });
    notify(`${created.email} added as ${created.role}. They must choose their own password when they first sign in.`);
    onCreated(created);
  });
  const fields = ['email', 'name', 'role', 'password'];
  return (
    <form class="card" onSubmit={submit} data-form="staff-create" autocomplete="off">
      <h2>Add a staff member</h2>
      <ErrorBanner error={form.error} fields={fields} />
      <div class="form-grid">
        <Field label="Email" name="email" type="email" required error={form.error} {...form.bind('email')} />
        <Field label="Name" name="name" maxLength={200} error={form.error} {...form.bind('name')} />
        <Select
          label="Role"
          name="role"
          error={form.error}
          options={assignable(user).map((r) => ({ value: r, label: `${r} — ${ROLE_HELP[r]}` }))}
          {...form.bind('role')}
        />
        <Field
          label="Initial password"
          name="password"
          type="text"
          autocomplete="off"
          required
          minLength={12}
          error={form.error}
          hint="At least 12 characters. Hand it over privately; it must be changed at the first sign-in."
          {...form.bind('password')}
        />
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => form.set('password', generatePassword())} data-action="generate-password">
          Generate password
        </button>
        {form.values.password && <CopyButton text={form.values.password} name="initial password" />}
        <span class="spacer" />
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={form.busy}>
          Add staff member
        </button>
      </div>
    </form>
  );
}

function EditStaff({ member, onClose, onSaved }) {
  const { user } = useSession();
  const form = useForm({ name: member.name || '', role: member.role });
  const submit = form.submit(async (values) => {
    const body = {};
    if (values.name.trim() !== (member.name || '')) body.name = values.name.trim();
    if (values.role !== member.role) body.role = values.role;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    const saved = await api.patch(`${STAFF}/${member.id}`, body);
    notify(body.role ? `${saved.email} is now ${saved.role}.` : `${saved.email} saved.`);
    onSaved(saved);
  });
  return (
    <Modal title={`Edit ${member.email}`} onClose={onClose}>
      <form onSubmit={submit} data-form="staff-edit" class="stack">
        <ErrorBanner error={form.error} fields={['name', 'role']} />
        <Field label="Name" name="name" maxLength={200} error={form.error} {...form.bind('name')} />
        <Select
          label="Role"
          name="role"
          error={form.error}
          options={assignable(user).map((r) => ({ value: r, label: `${r} — ${ROLE_HELP[r]}` }))}
          {...form.bind('role')}
        />
        {member.id === user.id && form.values.role !== member.role && (
          <p class="muted">This is your own account: the new role applies from your next page load.</p>
        )}
        <div class="actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.busy}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
