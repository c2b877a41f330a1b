// Server-side lists: the API pages and filters (limit/offset in the URL), the table only renders
// one page, so 100k orders cost the browser no more than 50.
import { useQuery } from '../router.jsx';
import { count } from './format.js';

export const PAGE_SIZE = 50;

/** The list's limit/offset as read from the URL, ready to pass to the API. */
export function usePage() {
  const [query] = useQuery();
  const limit = Math.min(Number(query.get('limit')) || PAGE_SIZE, 500);
  const offset = Math.max(Number(query.get('offset')) || 0, 0);
  return { limit, offset };
}

export function DataTable({ columns, rows, empty = 'Nothing here yet.', rowKey = (r) => r.id, testId }) {
  return (
    <div class="table-wrap">
      <table class="data" data-table={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows && rows.length > 0 ? (
            rows.map((row) => (
              <tr key={rowKey(row)} data-row={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.label} class={c.numeric ? 'num' : undefined}>
                    {c.render ? c.render(row) : row[c.key]}
                  </td>
                ))}
              </tr>
            ))
          ) : (
            <tr>
              <td class="empty" colSpan={columns.length}>
                {rows ? empty : 'Loading…'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** "1–50 of 100,000" with previous/next; `total` is the API's `count` (all matching rows). */
export function Pager({ total, limit, offset }) {
  const [, setQuery] = useQuery();
  if (total === undefined || total === null) return null;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      <span data-pager-range>
        {count(from)}–{count(to)} of {count(total)}
      </span>
      <button type="button" disabled={offset === 0} onClick={() => setQuery({ offset: Math.max(offset - limit, 0) || '' })}>
        Previous
      </button>
      <button type="button" disabled={to >= total} onClick={() => setQuery({ offset: offset + limit })}>
        Next
      </button>
    </nav>
  );
}
