// The HTTP client's pure parts: how filters become a query string and how an API error names
// the fields it refuses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, queryString } from './api.js';

test('queryString leaves out empty filters and encodes the rest', () => {
  assert.equal(queryString({ status: 'placed', env: '', q: undefined, channel: null, limit: 50, offset: 0 }), '?status=placed&limit=50&offset=0');
  assert.equal(queryString({ q: 'Charizard ex & co' }), '?q=Charizard+ex+%26+co');
  assert.equal(queryString({}), '');
  assert.equal(queryString(undefined), '');
});

test('ApiError keeps the envelope and finds a field message, also for nested paths', () => {
  const error = new ApiError(400, {
    type: 'invalid_data',
    message: 'The request is invalid',
    errors: [
      { field: 'variants[1].price.amount', message: 'must be zero or more' },
      { field: 'sku', message: 'is required' },
    ],
  });
  assert.equal(error.status, 400);
  assert.equal(error.type, 'invalid_data');
  assert.equal(error.message, 'The request is invalid');
  assert.equal(error.field('sku'), 'is required');
  assert.equal(error.field('amount'), 'must be zero or more');
  assert.equal(error.field('barcode'), undefined);
});

test('an error without a body still says what happened', () => {
  const error = new ApiError(503, null);
  assert.equal(error.type, 'unavailable');
  assert.equal(error.message, 'Request failed (503)');
  assert.deepEqual(error.errors, []);
});
