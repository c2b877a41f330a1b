// A profile's settings and credentials. Secrets are write-only: their inputs always start empty
// (the API never returns them), an empty input keeps what is stored, and only the fingerprints
// the API shows say which key is stored.
import { api, ApiError } from '../../api.js';
import { ErrorBanner, Field, Select, useForm } from '../../ui/Form.jsx';
import { notify } from '../../ui/Notices.jsx';
import { useApi } from '../../ui/useApi.js';
import { locationLabel, useLocations } from '../../ui/locations.jsx';
import { PROFILES, REGIONS } from './connector.js';

const FIELDS = ['name', 'environment', 'region', 'partner_id', 'shop_id', 'api_base_url', 'default_location_id', 'partner_key', 'push_partner_key'];

function initial(profile) {
  const text = (v) => (v === null || v === undefined ? '' : String(v));
  return {
    name: profile ? profile.name : '',
    region: profile ? profile.region : 'SG',
    partner_id: text(profile && profile.partner_id),
    shop_id: text(profile && profile.shop_id),
    api_base_url: text(profile && profile.api_base_url),
    default_location_id: text(profile && profile.default_location_id),
    partner_key: '',
    push_partner_key: '',
    clear_push_key: false,
  };
}

function invalid(field, message) {
  return new ApiError(400, { type: 'invalid_data', message: 'Some values are not valid.', errors: [{ field, message }] });
}

/** Shopee ids are whole numbers; anything else is refused here, naming the field. */
function id(values, field) {
  const t = values[field].trim();
  if (t === '') return null;
  if (!/^\d{1,18}$/.test(t) || Number(t) <= 0) throw invalid(field, 'must be a positive whole number');
  return Number(t);
}

/**
 * `profile` absent: a new profile in `environment`. Present: its edit form, which sends only what
 * changed (a PATCH leaves everything else, and every stored secret, alone).
 */
export function ProfileForm({ profile, environment, onSaved, onCancel }) {
  const form = useForm(initial(profile));
  const { values, bind } = form;
  const locations = useLocations([profile && profile.default_location_id]);
  const warehouses = useApi(profile ? `${PROFILES}/${profile.id}/locations` : null);
  const authorized = profile && profile.token && profile.token.state !== 'none';

  const submit = form.submit(async () => {
    const partnerId = id(values, 'partner_id');
    const shopId = id(values, 'shop_id');
    const body = {};
    if (!profile) {
      Object.assign(body, { name: values.name.trim(), environment, region: values.region });
      if (partnerId !== null) body.partner_id = partnerId;
      if (shopId !== null) body.shop_id = shopId;
      if (values.api_base_url.trim()) body.api_base_url = values.api_base_url.trim();
      if (values.default_location_id) body.default_location_id = values.default_location_id;
    } else {
      if (values.name.trim() !== profile.name) body.name = values.name.trim();
      if (values.region !== profile.region) body.region = values.region;
      if (partnerId === null && profile.partner_id !== null) throw invalid('partner_id', 'cannot be removed, only changed');
      if (partnerId !== null && partnerId !== profile.partner_id) body.partner_id = partnerId;
      if (shopId === null && profile.shop_id !== null) throw invalid('shop_id', 'cannot be removed, only changed');
      if (shopId !== null && shopId !== profile.shop_id) body.shop_id = shopId;
      if (values.api_base_url.trim() !== (profile.api_base_url || '')) body.api_base_url = values.api_base_url.trim();
      if (values.default_location_id !== (profile.default_location_id || '')) body.default_location_id = values.default_location_id;
    }
    if (values.partner_key) body.partner_key = values.partner_key;
    if (values.push_partner_key) body.push_partner_key = values.push_partner_key;
    else if (profile && values.clear_push_key) body.push_partner_key = '';
    if (profile && Object.keys(body).length === 0) {
      notify('Nothing changed.', 'success');
      return;
    }
    const saved = profile ? await api.patch(`${PROFILES}/${profile.id}`, body) : await api.post(PROFILES, body);
    // The typed secrets leave the page's memory with the save; only fingerprints come back.
    form.setValues(initial(saved));
    notify(profile ? `Profile ${saved.name} saved.` : `Profile ${saved.name} created.`);
    onSaved(saved);
  });

  const regions = REGIONS.includes(values.region) ? REGIONS : [values.region, ...REGIONS];
  const stockOptions = locations.list.filter((l) => l.active !== false);
  const warehouseOptions = ((warehouses.data && warehouses.data.locations) || []).filter((w) => w.location_id);
  const known = new Set([...stockOptions.map((l) => l.id), ...warehouseOptions.map((w) => w.location_id)]);
  const tokenWarning = authorized ? 'Changing it drops the stored tokens: the shop must be authorized again.' : undefined;

  return (
    <form onSubmit={submit} data-form="profile" data-profile-form={profile ? profile.id : 'new'} autocomplete="off">
      <ErrorBanner error={form.error} fields={FIELDS} />
      <div class="form-grid">
        <Field label="Name" name="name" required maxLength={100} error={form.error} {...bind('name')} />
        <Select label="Region" name="region" error={form.error} options={regions} {...bind('region')} />
        <Field label="Partner ID" name="partner_id" inputMode="numeric" error={form.error} hint={tokenWarning} {...bind('partner_id')} />
        <Field label="Shop ID" name="shop_id" inputMode="numeric" error={form.error} hint={tokenWarning || 'May stay empty: authorizing fills it in.'} {...bind('shop_id')} />
        <Field
          label="API base URL"
          name="api_base_url"
          type="url"
          placeholder={profile && !profile.api_base_url ? profile.effective_api_base_url : `Shopee's ${environment} host`}
          hint={`Leave empty for Shopee’s own ${environment} host.`}
          error={form.error}
          {...bind('api_base_url')}
        />
        <Field label="Default stock location" name="default_location_id" error={form.error} hint="Where Shopee orders reserve stock.">
          <select id="f-default_location_id" name="default_location_id" value={values.default_location_id || ''} onChange={bind('default_location_id').onInput}>
            <option value="">— none —</option>
            {values.default_location_id && !known.has(values.default_location_id) && (
              <option value={values.default_location_id}>{locations.label(values.default_location_id)}</option>
            )}
            {stockOptions.length > 0 && (
              <optgroup label="Stock locations">
                {stockOptions.map((l) => (
                  <option key={l.id} value={l.id}>
                    {locationLabel(l)}
                  </option>
                ))}
              </optgroup>
            )}
            {warehouseOptions.length > 0 && (
              <optgroup label="This shop's Shopee warehouses">
                {warehouseOptions.map((w) => (
                  <option key={w.warehouse_id} value={w.location_id}>
                    {w.location_id} · {w.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
      </div>
      <fieldset class="secrets">
        <legend>Secrets (write-only)</legend>
        <p class="muted">
          Keys are stored encrypted and never shown again, not even to owners. Leave a field empty to keep the stored key; type a
          new one to replace it.
        </p>
        <div class="form-grid">
          <Field
            label="Partner key"
            name="partner_key"
            type="password"
            autocomplete="new-password"
            minLength={8}
            error={form.error}
            hint={<Stored fingerprint={profile && profile.partner_key_fingerprint} name="partner_key" />}
            {...bind('partner_key')}
          />
          <Field
            label="Push partner key"
            name="push_partner_key"
            type="password"
            autocomplete="new-password"
            error={form.error}
            hint={<Stored fingerprint={profile && profile.push_partner_key_fingerprint} name="push_partner_key" />}
            {...bind('push_partner_key')}
          />
        </div>
        {profile && profile.push_partner_key_fingerprint && (
          <label class="check">
            <input
              type="checkbox"
              name="clear_push_key"
              checked={values.clear_push_key}
              disabled={Boolean(values.push_partner_key)}
              onChange={(e) => form.set('clear_push_key', e.currentTarget.checked)}
            />
            Remove the stored push partner key (pushes are then verified with the partner key)
          </label>
        )}
      </fieldset>
      <div class="actions">
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" class="primary" disabled={form.busy} data-save-profile>
          {profile ? 'Save changes' : 'Create profile'}
        </button>
      </div>
    </form>
  );
}

function Stored({ fingerprint, name }) {
  if (!fingerprint) return <span data-fingerprint={name}>Nothing stored yet.</span>;
  return (
    <span>
      Stored: <code data-fingerprint={name}>{fingerprint}</code>. Empty keeps it.
    </span>
  );
}
