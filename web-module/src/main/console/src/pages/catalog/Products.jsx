import { PageHeader } from '../../ui/Bits.jsx';

// Placeholder: this page is being built (issue 8).
export function Products() {
  return (
    <section class="page">
      <PageHeader title="Catalog" />
      <p class="muted">This page is not built yet.</p>
    </section>
  );
}
