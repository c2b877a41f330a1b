import { PageHeader } from '../../ui/Bits.jsx';

// Placeholder: this page is being built (issue 8).
export function Locations() {
  return (
    <section class="page">
      <PageHeader title="Stock locations" />
      <p class="muted">This page is not built yet.</p>
    </section>
  );
}
