// Display helpers shared by every page: money in minor units, timestamps, counts.

/** `{amount: 1250, currency_code: 'SGD'}` → "SGD 12.50" (minor units per the currency's own digits). */
export function money(value) {
  if (!value || value.amount === undefined || value.amount === null) return '—';
  const currency = value.currency_code || 'SGD';
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch (e) {
    digits = 2;
  }
  const major = value.amount / 10 ** digits;
  return `${currency} ${major.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function dateTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function count(n) {
  return n === undefined || n === null ? '—' : Number(n).toLocaleString('en');
}

/** "awaiting_shipment" → "awaiting shipment". */
export function label(value) {
  return value === undefined || value === null ? '—' : String(value).replace(/_/g, ' ');
}
