import { PageHeader } from '../../ui/Bits.jsx';

// Placeholder: this page is being built (issue 8).
export function OrdersList() {
  return (
    <section class="page">
      <PageHeader title="Orders" />
      <p class="muted">This page is not built yet.</p>
    </section>
  );
}
