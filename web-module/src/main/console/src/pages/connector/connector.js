// What the Shopee connector pages share: API paths, the words for OAuth outcomes, and small
// facts derived from a profile as the API shows it (fingerprints, never secrets).
import { dateTime } from '../../ui/format.js';

export const PROFILES = '/admin/connectors/shopee/profiles';
export const ACTIVE_ENVIRONMENT = '/admin/connectors/shopee/active-environment';
export const KEY_ROTATION = '/admin/connectors/shopee/key-rotation';
export const ENVIRONMENTS = ['sandbox', 'live'];

export const otherEnv = (env) => (env === 'live' ? 'sandbox' : 'live');

/** Shopee's markets; a stored region outside the list is still offered so a save never changes it. */
export const REGIONS = ['SG', 'MY', 'TH', 'TW', 'ID', 'VN', 'PH', 'BR', 'MX', 'CO', 'CL'];

/** Why the OAuth callback sent the browser back with status=error, in the operator's words. */
const REASONS = {
  missing_code:
    'Shopee sent the browser back without an authorization code: the seller cancelled or did not approve. Start again with Authorize.',
  bad_state:
    'The authorization link had expired or was not issued by this platform for this profile. Start again with Authorize and finish within 30 minutes.',
  bad_env_path:
    'The callback address named an environment that does not exist. The redirect URL registered at Shopee must end in /sandbox or /live.',
  exchange_failed:
    'Shopee refused to exchange the authorization code for tokens: the code was already used or expired, or the partner id and key do not belong to this shop. Check the credentials and authorize again.',
};

export function reasonText(reason) {
  return REASONS[reason] || `Authorization failed (${reason ? String(reason).replace(/_/g, ' ') : 'no reason given'}).`;
}

/** The fields activation needs, named as the API's 409 names them. */
export function missingCredentials(profile) {
  const missing = [];
  if (profile.partner_id === null || profile.partner_id === undefined) missing.push('partner_id');
  if (!profile.partner_key_fingerprint) missing.push('partner_key');
  if (profile.shop_id === null || profile.shop_id === undefined) missing.push('shop_id');
  return missing;
}

/** "in 3 h 20 min" / "2 days ago", for token expiries next to the full timestamp. */
export function relative(iso, now = Date.now()) {
  if (!iso) return '';
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return '';
  const minutes = Math.round(Math.abs(diff) / 60000);
  let text;
  if (minutes < 1) text = 'less than a minute';
  else if (minutes < 60) text = `${minutes} min`;
  else if (minutes < 48 * 60) text = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  else text = `${Math.round(minutes / 1440)} days`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

export function when(iso) {
  if (!iso) return '—';
  return `${dateTime(iso)} (${relative(iso)})`;
}

/** Token states in words: what the operator should do about each. */
export const TOKEN_HELP = {
  none: 'Not authorized yet: authorize the shop to let the platform call Shopee.',
  valid: 'Authorized; the access token is refreshed automatically before it expires.',
  expiring: 'The access token expires soon; the refresh timer renews it (or use Refresh token).',
  expired: 'The access token expired; refresh it, or reconnect if the refresh token expired too.',
  needs_reconnect: 'Shopee refused the refresh: the seller must authorize the shop again (Reconnect).',
};

export const SKU_MAPPINGS = '/admin/connectors/shopee/sku-mappings';

/** A SKU as the platform compares it (Variant.normaliseSku): trimmed, upper-case. */
export function normaliseSku(sku) {
  return String(sku || '').trim().toUpperCase();
}
