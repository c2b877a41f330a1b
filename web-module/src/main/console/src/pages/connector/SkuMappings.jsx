// Shopee SKU mappings: which platform variant a Shopee SKU means when the shop lists a card under
// another SKU than the catalog's. One list for the whole merchant (every profile, both
// environments), searched and paged on the server; admins add and delete mappings.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.js';
import { Link, useQuery } from '../../router.jsx';
import { hasRole, useSession } from '../../session.jsx';
import { LoadError, PageHeader } from '../../ui/Bits.jsx';
import { ErrorBanner, Field, useForm } from '../../ui/Form.jsx';
import { ConfirmButton } from '../../ui/Modal.jsx';
import { notify } from '../../ui/Notices.jsx';
import { DataTable, Pager, usePage } from '../../ui/Table.jsx';
import { dateTime } from '../../ui/format.js';
import { useApi } from '../../ui/useApi.js';
import { VariantPicker } from '../../ui/VariantPicker.jsx';
import { SKU_MAPPINGS } from './connector.js';

export function SkuMappings() {
  const { user } = useSession();
  const canWrite = hasRole(user, 'admin');
  const [query, setQuery] = useQuery();
  const { limit, offset } = usePage();
  const q = query.get('q') || '';
  const list = useApi(SKU_MAPPINGS, { q, limit, offset });
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const columns = [
    { label: 'Shopee SKU', render: (m) => <code data-cell="shopee_sku">{m.shopee_sku}</code> },
    {
      label: 'Platform variant',
      render: (m) => (
        <Link href={`/catalog/variants/${encodeURIComponent(m.variant_id)}`} class="mono" data-cell="sku">
          {m.sku}
        </Link>
      ),
    },
    {
      label: 'Stock',
      render: (m) => (
        <Link href={`/inventory?sku=${encodeURIComponent(m.sku)}`} class="small-link">
          levels
        </Link>
      ),
    },
    { label: 'Mapped by', render: (m) => <span class="actor">{m.created_by}</span> },
    { label: 'Mapped', render: (m) => <span class="nowrap">{dateTime(m.created_at)}</span> },
    {
      label: 'Actions',
      render: (m) =>
        canWrite ? (
          <ConfirmButton
            label="Delete"
            title={`Delete the mapping of ${m.shopee_sku}?`}
            message={`Shopee SKU ${m.shopee_sku} stops meaning ${m.sku}: new Shopee orders with it are held as SKU_NOT_FOUND again, and its listed models are no longer pushed ${m.sku}'s stock. Orders already placed keep their lines.`}
            confirmLabel="Delete mapping"
            danger
            class="danger small"
            data-delete-mapping={m.id}
            action={async () => {
              await api.del(`${SKU_MAPPINGS}/${encodeURIComponent(m.id)}`);
              notify(`Mapping of ${m.shopee_sku} deleted.`);
              list.reload();
            }}
          />
        ) : null,
    },
  ];

  return (
    <section class="page" data-page="sku-mappings">
      <PageHeader title="Shopee SKU mappings">
        <Link href="/connectors/shopee" class="small-link">
          Shopee connector
        </Link>
      </PageHeader>
      <p class="muted">
        When a card is listed on Shopee under another SKU than the catalog’s, map the Shopee SKU onto the variant it means. Shopee orders with
        that SKU then reserve the variant’s stock, and stock pushes reach the Shopee listings that carry it. A mapping holds for every shop
        profile; a Shopee SKU that is some other variant’s SKU cannot be mapped. To change one, delete it and map again.
      </p>
      {canWrite && (
        <NewMapping
          onCreated={(created) => {
            setQuery({ q: created.shopee_sku });
            list.reload();
          }}
        />
      )}
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: search.trim() });
        }}
        data-form="sku-mapping-filters"
      >
        <Field label="Search" name="q" placeholder="Shopee or platform SKU" value={search} onInput={(e) => setSearch(e.currentTarget.value)} data-filter="q" />
        <button type="submit" class="secondary" data-apply="q">
          Search
        </button>
        {q && (
          <button type="button" class="link" onClick={() => setQuery({ q: '' })} data-clear="q">
            Clear
          </button>
        )}
      </form>
      <LoadError error={list.error} />
      <DataTable
        testId="sku-mappings"
        columns={columns}
        rows={list.data ? list.data.sku_mappings : list.error ? [] : null}
        empty={q ? `No mapping matches “${q}”.` : 'No Shopee SKU is mapped yet: every Shopee SKU means the catalog SKU it spells.'}
      />
      {list.data && <Pager total={list.data.count} limit={limit} offset={offset} />}
    </section>
  );
}

/** Admins: a Shopee SKU and the variant it means (searched like everywhere else). */
function NewMapping({ onCreated }) {
  const form = useForm({ shopee_sku: '' });
  const [variant, setVariant] = useState(null);
  const [picker, setPicker] = useState(0);
  const submit = form.submit(async (values) => {
    const created = await api.post(SKU_MAPPINGS, { shopee_sku: values.shopee_sku, sku: variant ? variant.sku : '' });
    notify(`Shopee SKU ${created.shopee_sku} now means ${created.sku}.`);
    form.setValues({ shopee_sku: '' });
    setVariant(null);
    setPicker((n) => n + 1);
    onCreated(created);
  });
  return (
    <form class="card sku-mapping-form" onSubmit={submit} data-form="sku-mapping-create" autocomplete="off">
      <h2>Map a Shopee SKU</h2>
      <ErrorBanner error={form.error} fields={['shopee_sku', 'sku']} />
      <div class="grid-2">
        <Field label="Shopee SKU" name="shopee_sku" placeholder="as the Shopee listing spells it" error={form.error} {...form.bind('shopee_sku')} data-new-mapping="shopee_sku" />
        <VariantPicker key={picker} name="new-mapping" chosen={variant} onChoose={setVariant} error={form.error} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy} data-new-mapping-submit>
          {form.busy ? 'Mapping…' : 'Map SKU'}
        </button>
      </div>
    </form>
  );
}
