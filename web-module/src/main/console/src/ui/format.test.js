// Unit tests of the console's pure helpers, run by Node's own test runner (`npm test`, and by
// Maven in the test phase): money must never be off by a cent between the API and the screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { count, dateTime, decimalMoney, label, majorUnits, minorUnits, money } from './format.js';

test('money shows minor units in the currency own digits, grouped, without float rounding', () => {
  assert.equal(money({ amount: 1250, currency_code: 'SGD' }), 'SGD 12.50');
  assert.equal(money({ amount: 5, currency_code: 'SGD' }), 'SGD 0.05');
  assert.equal(money({ amount: -1999, currency_code: 'SGD' }), 'SGD -19.99');
  assert.equal(money({ amount: 123456789, currency_code: 'SGD' }), 'SGD 1,234,567.89');
  assert.equal(money({ amount: 900719925474099, currency_code: 'SGD' }), 'SGD 9,007,199,254,740.99');
  assert.equal(money({ amount: 1500, currency_code: 'JPY' }), 'JPY 1,500');
  assert.equal(money({ amount: 1000, currency_code: 'KWD' }), 'KWD 1.000');
  assert.equal(money(null), '—');
  assert.equal(money({ currency_code: 'SGD' }), '—');
});

test('majorUnits is what the operator edits; minorUnits reads it back exactly', () => {
  for (const [amount, currency, text] of [[1250, 'SGD', '12.50'], [7, 'SGD', '0.07'], [-300, 'SGD', '-3.00'], [500, 'JPY', '500']]) {
    assert.equal(majorUnits(amount, currency), text);
    assert.equal(minorUnits(text, currency), amount);
  }
  assert.equal(minorUnits('12.5', 'SGD'), 1250);
  assert.equal(minorUnits(' 1,234.56 ', 'SGD'), 123456);
  assert.equal(minorUnits('.99', 'SGD'), 99);
  assert.equal(minorUnits('0.29', 'SGD'), 29, '0.29 * 100 is 28.999… in floating point');
});

test('minorUnits refuses what is not an amount, naming the rule', () => {
  assert.throws(() => minorUnits('', 'SGD'), /must be a number/);
  assert.throws(() => minorUnits('12.345', 'SGD'), /at most 2 decimals in SGD/);
  assert.throws(() => minorUnits('1.5', 'JPY'), /whole number in JPY/);
  assert.throws(() => minorUnits('12a', 'SGD'), /must be a number/);
  assert.throws(() => minorUnits('-', 'SGD'), /must be a number/);
  assert.throws(() => minorUnits('99999999999999999', 'SGD'), /too large/);
});

test('counts are grouped and API words are readable', () => {
  assert.equal(count(100000), '100,000');
  assert.equal(count(undefined), '—');
  assert.equal(label('awaiting_shipment'), 'awaiting shipment');
});

test('decimalMoney shows a major-unit decimal (Shopee escrow_amount) like money, exactly', () => {
  assert.equal(decimalMoney('12.5', 'SGD'), 'SGD 12.50');
  assert.equal(decimalMoney(12.5, 'SGD'), 'SGD 12.50');
  assert.equal(decimalMoney('0.29', 'SGD'), 'SGD 0.29');
  assert.equal(decimalMoney('1234567.89', 'SGD'), 'SGD 1,234,567.89');
  assert.equal(decimalMoney(-3, 'SGD'), 'SGD -3.00');
  assert.equal(decimalMoney('1500', 'JPY'), 'JPY 1,500');
  assert.equal(decimalMoney(0, 'SGD'), 'SGD 0.00');
  assert.equal(decimalMoney('12.345', 'SGD'), 'SGD 12.345', 'more decimals than the currency has: shown as it came');
  assert.equal(decimalMoney('n/a', 'SGD'), 'SGD n/a');
  assert.equal(decimalMoney(null, 'SGD'), '—');
  assert.equal(decimalMoney(undefined, 'SGD'), '—');
});

test('dateTime shows minutes, or seconds when asked (the audit log)', () => {
  assert.match(dateTime('2026-03-05T14:07:09Z'), /^\d{2} \w{3} \d{4}, \d{2}:\d{2}$/);
  assert.match(dateTime('2026-03-05T14:07:09Z', { seconds: true }), /^\d{2} \w{3} \d{4}, \d{2}:\d{2}:09$/);
  assert.equal(dateTime(null), '—');
  assert.equal(dateTime('not a date', { seconds: true }), 'not a date');
});
