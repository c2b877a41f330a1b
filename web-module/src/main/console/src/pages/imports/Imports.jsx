import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { Badge, LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, Select } from '../../ui/Form.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { count, dateTime, money } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { useDebounced } from '../../ui/Filters.jsx';
import { locationLabel, useLocations } from '../../ui/locations.jsx';

/**
 * The columns each kind of file takes, as the importing feature reads them (header names match
 * case-insensitively, a space counts as '_'). `required` ones must be in the header.
 */
const KINDS = {
  stock: {
    label: 'Stock',
    summary: 'Receives stock: each row adds its quantity to a SKU at a location, ledgered as one import. All rows or none.',
    columns: [
      { name: 'sku', required: true, help: 'an existing variant SKU (any case)' },
      { name: 'location', required: true, help: 'stock location code or id' },
      { name: 'quantity', required: true, help: 'units received, 1 to 1000000' },
      { name: 'unit_cost', help: 'cost per unit in major units, e.g. 4.50' },
      { name: 'currency', help: 'ISO code, required with unit_cost' },
    ],
    template: ['sku,location,quantity,unit_cost,currency', 'PKM-SV3PT5-006-NM-EN,MAIN,12,4.50,SGD', 'OP-OP05-119-NM-JA,MAIN,3,,'],
  },
  catalog: {
    label: 'Catalog',
    summary:
      'Creates products and variants, or updates variants whose SKU exists. Rows with the same handle form one product. All rows or none.',
    columns: [
      { name: 'handle', help: "product handle: rows sharing it are one product (blank: made from product_title)" },
      { name: 'product_title', help: 'required for a product that does not exist yet' },
      { name: 'product_status', help: 'draft, active or archived (new products)' },
      { name: 'sku', required: true, help: 'creates the variant, or updates it if it exists' },
      { name: 'barcode' },
      { name: 'title', help: 'variant title; blank: built from the card' },
      { name: 'price', required: true, help: 'major units, e.g. 12.50' },
      { name: 'currency', required: true, help: 'ISO code, e.g. SGD' },
      { name: 'game', required: true, help: 'lowercase slug, e.g. pokemon, one_piece' },
      { name: 'set_code' },
      { name: 'set_name' },
      { name: 'collector_number', help: 'card number, e.g. 006/165' },
      { name: 'rarity' },
      { name: 'condition', help: 'NM, LP, MP, HP or DMG (default NM)' },
      { name: 'language', help: 'two letters (default EN)' },
      { name: 'finish', help: 'normal, foil, reverse_holo, etched or sealed' },
      { name: 'grade_company', help: 'e.g. PSA, with grade_score' },
      { name: 'grade_score', help: '1 to 10, e.g. 9.5' },
    ],
    template: [
      'handle,product_title,product_status,sku,barcode,title,price,currency,game,set_code,set_name,collector_number,rarity,condition,language,finish,grade_company,grade_score',
      'charizard-ex-151,Charizard ex,active,PKM-SV3PT5-006-NM-EN,,,45.00,SGD,pokemon,sv3pt5,151,006/165,Double Rare,NM,EN,normal,,',
      'charizard-ex-151,Charizard ex,active,PKM-SV3PT5-006-PSA10,,,320.00,SGD,pokemon,sv3pt5,151,006/165,Double Rare,NM,EN,normal,PSA,10',
    ],
  },
};

/** Beyond this many rows the report lists only the rows with problems. */
const FULL_REPORT_ROWS = 500;
/** The report never renders more rows than this (a 100k-row file with every row bad). */
const MAX_REPORT_ROWS = 1000;

/**
 * CSV imports: pick or paste a file, dry-run it to see every bad row, then import it and watch it
 * run; the history below lists every import. Operators check any file and import stock; catalog
 * imports change the catalog and are admin-only; viewers see the history.
 */
export function Imports() {
  const { user } = useSession();
  const [query, setQuery] = useQuery();
  const kind = query.get('kind') === 'catalog' ? 'catalog' : 'stock';
  const job = query.get('job');
  const canCheck = hasRole(user, 'operator');
  const canImport = kind === 'catalog' ? hasRole(user, 'admin') : canCheck;
  const [finished, setFinished] = useState(0);
  const watch = (id) => setQuery({ job: id || '' }, { keepOffset: true });
  return (
    <section class="page">
      <PageHeader title="Imports">
        {canCheck && (
          <div class="segmented" role="group" aria-label="Kind of file">
            {Object.entries(KINDS).map(([k, def]) => (
              <button key={k} type="button" class={kind === k ? 'on' : undefined} onClick={() => setQuery({ kind: k === 'stock' ? '' : k }, { keepOffset: true })} data-kind={k}>
                {def.label}
              </button>
            ))}
          </div>
        )}
      </PageHeader>
      {canCheck && <ImportForm kind={kind} canImport={canImport} onStarted={(started) => watch(started.id)} />}
      {job && <JobProgress key={job} id={job} onFinished={() => setFinished((n) => n + 1)} onClose={() => watch('')} />}
      <ImportHistory finished={finished} watching={job} onWatch={watch} />
    </section>
  );
}

function ImportForm({ kind, canImport, onStarted }) {
  const def = KINDS[kind];
  const [text, setText] = useState('');
  const [file, setFile] = useState(null);
  const [report, setReport] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(null);
  useEffect(() => {
    setReport(null);
    setError(null);
  }, [kind]);
  const rows = useMemo(() => dataLines(text), [text]);

  const pick = (event) => {
    const chosen = event.currentTarget.files && event.currentTarget.files[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => {
      setText(String(reader.result));
      setFile({ name: chosen.name, size: chosen.size });
      setReport(null);
    };
    reader.onerror = () => setError({ message: `Could not read ${chosen.name}`, errors: [] });
    reader.readAsText(chosen);
    event.currentTarget.value = '';
  };
  const run = async (dryRun) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      if (dryRun) {
        const checked = await api.upload('/admin/imports', text, 'text/csv', { kind, dry_run: true });
        setReport({ ...checked, id: Date.now(), checked: text });
      } else {
        const started = await api.upload('/admin/imports', text, 'text/csv', { kind });
        notify(`Import of ${count(started.total_rows)} row(s) started`);
        setReport(null);
        onStarted(started);
      }
    } catch (e) {
      // A refused import names each bad row as "line 3: sku"; show them as a report like a dry run.
      const parsed = (e.errors || []).map((x) => ({ x, m: /^line (\d+): (.*)$/.exec(x.field || '') }));
      if (e.status === 400 && parsed.length > 0 && parsed.every((p) => p.m)) {
        const errors = parsed.map(({ x, m }) => ({ line: Number(m[1]), field: m[2], message: x.message }));
        const bad = new Set(errors.map((x) => x.line).filter((l) => l > 1)).size;
        setReport({ id: Date.now(), kind, total_rows: rows, valid_rows: Math.max(rows - bad, 0), errors, checked: text, refused: true });
      } else {
        setError(e);
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="card form-card" data-upload={kind}>
      <h2>{def.label} import</h2>
      <p class="muted">{def.summary}</p>
      <Columns kind={kind} />
      {kind === 'stock' && <StockLinePicker onAdd={(line) => setText((current) => appendLine(current, line, def))} />}
      <div class="file-row">
        <label class="file-pick">
          <span class="field-label">CSV file</span>
          <input type="file" accept=".csv,text/csv,text/plain" onChange={pick} data-file />
        </label>
        {file && (
          <span class="muted" data-file-name>
            {file.name} ({count(Math.ceil(file.size / 1024))} kB)
          </span>
        )}
      </div>
      <Field label="CSV (paste, pick a file, or edit here)" name="csv" hint={`${count(rows)} data row(s)`}>
        <textarea
          id="f-csv"
          name="csv"
          class="csv-input"
          rows={10}
          spellcheck={false}
          placeholder={def.template.slice(0, 2).join('\n')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-csv
        />
      </Field>
      <ErrorBanner error={error} />
      <div class="actions">
        {!canImport && (
          <span class="muted actions-note" data-import-restricted>
            You may check this file; importing the catalog needs the admin role.
          </span>
        )}
        <button type="button" class="secondary" disabled={!text.trim() || busy} onClick={() => setText('')}>
          Clear
        </button>
        <button type="button" class={canImport ? 'secondary' : 'primary'} disabled={!text.trim() || busy} onClick={() => run(true)} data-dry-run>
          {busy === 'check' ? 'Checking…' : 'Dry run'}
        </button>
        {canImport && (
          <button type="button" class="primary" disabled={!text.trim() || busy} onClick={() => run(false)} data-commit>
            {busy === 'import' ? 'Starting…' : `Import ${def.label.toLowerCase()}`}
          </button>
        )}
      </div>
      {report && <Report key={report.id} report={report} stale={report.checked !== text} />}
    </div>
  );
}

/** The expected columns, and a template file to start from. */
function Columns({ kind }) {
  const def = KINDS[kind];
  const href = useMemo(() => URL.createObjectURL(new Blob([def.template.join('\n') + '\n'], { type: 'text/csv' })), [kind]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <details class="columns-help" open data-columns={kind}>
      <summary>
        Columns <span class="muted">(header row first; bold ones are required)</span>
      </summary>
      <ul class="columns-list">
        {def.columns.map((c) => (
          <li key={c.name}>
            <code class={c.required ? 'required' : undefined} data-column={c.name}>
              {c.name}
            </code>
            {c.help && <span class="muted"> {c.help}</span>}
          </li>
        ))}
      </ul>
      <a href={href} download={`${kind}-import-template.csv`} data-template>
        Download a template
      </a>
    </details>
  );
}

/**
 * Picks variants by SKU prefix or name and adds one stock line each, so a small receipt needs no
 * typed SKUs. SKU-prefix matches come first, then text matches.
 */
function StockLinePicker({ onAdd }) {
  const [term, setTerm] = useState('');
  const search = useDebounced(term.trim(), 250);
  const [location, setLocation] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [cost, setCost] = useState('');
  const [currency, setCurrency] = useState('SGD');
  const bySku = useApi(search ? '/admin/variants' : null, { sku: search, limit: 8 });
  const byText = useApi(search ? '/admin/variants' : null, { q: search, limit: 8 });
  // A stock CSV names locations by code, so the codes are the values here.
  const locations = useLocations();
  const options = locations.list.filter((l) => l.active !== false).map((l) => ({ value: l.code, label: locationLabel(l) }));
  useEffect(() => {
    if (!location && options.length > 0) setLocation(options[0].value);
  }, [options.length]);
  const seen = new Set();
  const found = [...((bySku.data && bySku.data.variants) || []), ...((byText.data && byText.data.variants) || [])].filter((v) => !seen.has(v.id) && seen.add(v.id)).slice(0, 8);
  const add = (variant) => {
    onAdd({ sku: variant.sku, location, quantity: quantity.trim() || '1', unit_cost: cost.trim(), currency: cost.trim() ? currency.trim() : '' });
  };
  return (
    <details class="picker" data-picker>
      <summary>Variant picker: add lines without typing SKUs</summary>
      <div class="filters picker-controls">
        <Field label="Find variant" name="picker_search" type="search" placeholder="SKU prefix or name" value={term} onInput={(e) => setTerm(e.currentTarget.value)} autocomplete="off" />
        <Select label="Location" name="picker_location" options={options.length ? options : [{ value: '', label: 'No active location' }]} value={location} onInput={(e) => setLocation(e.currentTarget.value)} />
        <Field label="Quantity" name="picker_quantity" inputMode="numeric" value={quantity} onInput={(e) => setQuantity(e.currentTarget.value)} />
        <Field label="Unit cost" name="picker_cost" hint="Optional, e.g. 4.50" inputMode="decimal" value={cost} onInput={(e) => setCost(e.currentTarget.value)} />
        <Field label="Currency" name="picker_currency" maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value)} />
      </div>
      <LoadError error={bySku.error || byText.error} />
      {search && (
        <ul class="picker-results" data-picker-results>
          {found.length === 0 && !bySku.loading && !byText.loading && <li class="muted">No variant matches “{search}”.</li>}
          {found.map((v) => (
            <li key={v.id}>
              <span class="mono">{v.sku}</span> <span>{v.title}</span> <span class="muted">{money(v.price)}</span>
              <button type="button" class="small" disabled={!location} onClick={() => add(v)} data-pick={v.sku}>
                Add line
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** One value as CSV: quoted when it holds a comma, quote or line break. */
function csvValue(value) {
  const text = String(value === undefined || value === null ? '' : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Adds a row for `values` under the file's own header (or the kind's full header on an empty file). */
function appendLine(text, values, def) {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/).filter((l, i) => i > 0 || l.trim());
  if (lines.length === 0) lines.push(def.columns.map((c) => c.name).join(','));
  const header = lines[0].split(',').map((h) => h.trim().toLowerCase().replace(/ /g, '_'));
  lines.push(header.map((h) => csvValue(values[h])).join(','));
  return lines.join('\n') + '\n';
}

/** Non-blank lines after the header: the rows the API will count (quoted line breaks aside). */
function dataLines(text) {
  let n = 0;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 1; i < lines.length; i += 1) if (lines[i].trim()) n += 1;
  return n;
}

/**
 * The per-row report of a dry run (or of a refused import): every line with a problem — its
 * number in the file (header = 1), the column and the message — and, for small files, the rows
 * that are fine too.
 */
function Report({ report, stale }) {
  const small = report.total_rows <= FULL_REPORT_ROWS;
  const [onlyProblems, setOnlyProblems] = useState(!small);
  const bad = new Set(report.errors.map((e) => e.line).filter((l) => l > 1)).size;
  const rows = useMemo(() => {
    const lines = report.checked.split(/\r\n|\n|\r/);
    const byLine = new Map();
    report.errors.forEach((e) => byLine.set(e.line, [...(byLine.get(e.line) || []), e]));
    const out = [];
    [...byLine.keys()].forEach((line) =>
      byLine.get(line).forEach((e, k) => out.push({ key: `${line}:${k}`, line, status: 'error', field: e.field, message: e.message, content: k === 0 ? lines[line - 1] : '' })),
    );
    if (!onlyProblems) {
      for (let i = 1; i < lines.length; i += 1) {
        if (lines[i].trim() && !byLine.has(i + 1)) out.push({ key: `${i + 1}:ok`, line: i + 1, status: 'ok', field: '', message: '', content: lines[i] });
      }
    }
    return out.sort((a, b) => a.line - b.line || a.key.localeCompare(b.key)).slice(0, MAX_REPORT_ROWS);
  }, [report, onlyProblems]);
  const valid = report.errors.length === 0;
  const columns = [
    { label: 'Line', render: (r) => <span data-report-line={r.line}>{r.line}</span>, numeric: true },
    { label: 'Status', render: (r) => <span data-report-status={r.status}><Badge value={r.status} /></span> },
    { label: 'Column', render: (r) => (r.field ? <code>{r.field}</code> : '') },
    { label: 'Message', render: (r) => <span data-report-message={r.line}>{r.message}</span> },
    { label: 'Row', render: (r) => <span class="mono report-content">{r.content}</span> },
  ];
  return (
    <div class="report" data-report={valid ? 'valid' : 'invalid'}>
      <div class="card-header">
        <h2>{report.refused ? 'Import refused: nothing was written' : 'Dry run report'}</h2>
        <label class="inline-check">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} data-only-problems /> Only rows with problems
        </label>
      </div>
      <p data-report-summary>
        <Badge value={valid ? 'valid' : 'error'} /> {count(report.total_rows)} row(s): {count(report.valid_rows)} valid, {count(bad)} with problems
        {report.errors.some((e) => e.line <= 1) && ' — the header or the file itself has a problem'}.{' '}
        {valid ? 'Ready to import.' : 'Fix the rows below and check again; an import with any bad row writes nothing.'}
      </p>
      {stale && (
        <p class="muted report-stale" data-report-stale>
          The CSV changed since this check; run the dry run again to see its current state.
        </p>
      )}
      {(!valid || !onlyProblems) && <DataTable columns={columns} rows={rows} rowKey={(r) => r.key} testId="import-report" empty="No rows." />}
      {rows.length === MAX_REPORT_ROWS && <p class="muted">Only the first {count(MAX_REPORT_ROWS)} report rows are shown.</p>}
    </div>
  );
}

/** Polls one import until it has succeeded or failed. */
function JobProgress({ id, onFinished, onClose }) {
  const [job, setJob] = useState(null);
  const [error, setError] = useState(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    let live = true;
    let timer;
    const poll = async () => {
      try {
        const current = await api.get(`/admin/imports/${encodeURIComponent(id)}`);
        if (!live) return;
        setJob(current);
        setError(null);
        if (current.status === 'running') timer = setTimeout(poll, 600);
        else finished.current(current);
      } catch (e) {
        if (!live) return;
        setError(e);
        if (e.status !== 404 && e.status !== 403) timer = setTimeout(poll, 2000);
      }
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  return (
    <div class="card form-card" data-job={id} data-job-status={job ? job.status : 'loading'}>
      <div class="card-header">
        <h2>
          Import <span class="mono">{id}</span>
        </h2>
        <button type="button" class="secondary small" onClick={onClose}>
          Close
        </button>
      </div>
      <LoadError error={error} />
      {job && (
        <>
          <p>
            <Badge value={job.status} /> {job.kind} import · {count(job.processed_rows)} of {count(job.total_rows)} row(s) processed
          </p>
          <progress max={Math.max(job.total_rows, 1)} value={job.status === 'succeeded' ? Math.max(job.total_rows, 1) : job.processed_rows} data-progress />
          {job.message && (
            <p class={job.status === 'failed' ? 'error-banner' : undefined} data-job-message>
              {job.message}
            </p>
          )}
          <p class="muted">
            Started {dateTime(job.created_at)} by {job.actor}
            {job.finished_at && ` · finished ${dateTime(job.finished_at)}`}
          </p>
        </>
      )}
    </div>
  );
}

/** Every import, newest first, paged by the API; refreshes itself while one is still running. */
function ImportHistory({ finished, watching, onWatch }) {
  const { limit, offset } = usePage();
  const { data, error, reload } = useApi('/admin/imports', { limit, offset });
  useEffect(() => {
    if (finished) reload();
  }, [finished]);
  const running = Boolean(data && data.imports.some((j) => j.status === 'running'));
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(reload, 2000);
    return () => clearInterval(timer);
  }, [running]);
  const columns = [
    { label: 'Started', render: (j) => dateTime(j.created_at) },
    { label: 'Kind', key: 'kind' },
    { label: 'Status', render: (j) => <span data-history-status={j.status}><Badge value={j.status} /></span> },
    { label: 'Rows', render: (j) => `${count(j.processed_rows)} / ${count(j.total_rows)}`, numeric: true },
    { label: 'Result', render: (j) => j.message || '' },
    { label: 'By', key: 'actor' },
    { label: 'Finished', render: (j) => dateTime(j.finished_at) },
    {
      label: '',
      render: (j) =>
        watching === j.id ? (
          <span class="muted">shown above</span>
        ) : (
          <button type="button" class="link" onClick={() => onWatch(j.id)} data-watch={j.id}>
            {j.status === 'running' ? 'Watch' : 'Details'}
          </button>
        ),
    },
  ];
  return (
    <div class="card" data-import-history>
      <h2>Past imports</h2>
      <LoadError error={error} />
      <DataTable columns={columns} rows={data && data.imports} testId="imports" empty="No import has run yet." />
      {data && <Pager total={data.count} limit={limit} offset={offset} />}
    </div>
  );
}
