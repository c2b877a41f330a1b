// Display helpers shared by every page: money in minor units, timestamps, counts.

/** How many minor-unit digits a currency has (SGD 2, JPY 0); 2 when the browser does not know it. */
export function currencyDigits(currency) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency || 'SGD' }).resolvedOptions().maximumFractionDigits;
  } catch (e) {
    return 2;
  }
}

/** `{amount: 1250, currency_code: 'SGD'}` → "SGD 12.50" (minor units per the currency's own digits). */
export function money(value) {
  if (!value || value.amount === undefined || value.amount === null) return '—';
  const currency = value.currency_code || 'SGD';
  // From the digits, not by dividing: a float would round some amounts a merchant sees.
  const [whole, fraction] = majorUnits(value.amount, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

/** Minor units as the operator types them: 1250 SGD → "12.50", 500 JPY → "500". */
export function majorUnits(amount, currency) {
  if (amount === undefined || amount === null) return '';
  const digits = currencyDigits(currency);
  const negative = amount < 0;
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${major}` : major;
}

/**
 * What the operator typed ("12.5", "12.50", "-3") as integer minor units of `currency`, exactly
 * (no floating point). Throws an Error with a field-style message when it is not such a number.
 */
export function minorUnits(text, currency) {
  const value = String(text === undefined || text === null ? '' : text).trim().replace(/,/g, '');
  const found = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value);
  if (!value || !found || (found[2] === '' && !found[3])) throw new Error('must be a number such as 12.50');
  const digits = currencyDigits(currency);
  const fraction = found[3] || '';
  if (fraction.length > digits) {
    throw new Error(digits === 0 ? `must be a whole number in ${currency}` : `may have at most ${digits} decimals in ${currency}`);
  }
  const minor = Number((found[2] || '0') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) throw new Error('is too large');
  return found[1] ? -minor : minor;
}

/**
 * A decimal amount in major units as the API passes it through from Shopee ("12.5", 12.5 for
 * escrow_amount) → "SGD 12.50", exactly like `money` (no float rounding). Text that is not such an
 * amount is shown as it came, with the currency, rather than hidden or guessed at.
 */
export function decimalMoney(amount, currency) {
  if (amount === undefined || amount === null || amount === '') return '—';
  const code = currency || 'SGD';
  try {
    return money({ amount: minorUnits(amount, code), currency_code: code });
  } catch (e) {
    return `${code} ${amount}`;
  }
}

/** A timestamp for people: "05 Mar 2026, 14:07"; `{seconds: true}` adds seconds (the audit log). */
export function dateTime(iso, { seconds = false } = {}) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options = { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' };
  if (seconds) options.second = '2-digit';
  return date.toLocaleString('en-GB', options);
}

export function count(n) {
  return n === undefined || n === null ? '—' : Number(n).toLocaleString('en');
}

/** "awaiting_shipment" → "awaiting shipment". */
export function label(value) {
  return value === undefined || value === null ? '—' : String(value).replace(/_/g, ' ');
}
