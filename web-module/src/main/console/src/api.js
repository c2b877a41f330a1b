// The console's only way to reach the platform: the public admin API, with the session's bearer
// token. Errors arrive as the contract's envelope and become ApiError, which forms read per field.

const TOKEN_KEY = 'tcg.console.token';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `Request failed (${status})`);
    this.status = status;
    this.type = (body && body.type) || 'unavailable';
    this.errors = (body && Array.isArray(body.errors) && body.errors) || [];
  }

  /** The message for one field, or undefined. */
  field(name) {
    const hit = this.errors.find((e) => e.field === name || (e.field && e.field.endsWith('.' + name)));
    return hit && hit.message;
  }
}

export const token = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (value) => localStorage.setItem(TOKEN_KEY, value),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** Drops empty values so filters left blank are simply absent from the URL. */
export function queryString(params) {
  const search = new URLSearchParams();
  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function request(method, path, { query, body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  const bearer = token.get();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path + queryString(query), { method, headers, body: payload, credentials: 'omit' });
  } catch (e) {
    throw new ApiError(0, { type: 'unavailable', message: 'The platform cannot be reached; check the connection.' });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      json = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, json);
    if (response.status === 401 && !path.startsWith('/admin/auth/login')) {
      window.dispatchEvent(new CustomEvent('tcg:unauthorized', { detail: error.message }));
    }
    throw error;
  }
  return json;
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, body, query) => request('POST', path, { body: body === undefined ? {} : body, query }),
  put: (path, body) => request('PUT', path, { body }),
  patch: (path, body) => request('PATCH', path, { body }),
  del: (path) => request('DELETE', path),
  /** CSV and other raw uploads. */
  upload: (path, text, contentType, query) => request('POST', path, { body: text, contentType, query }),
};
