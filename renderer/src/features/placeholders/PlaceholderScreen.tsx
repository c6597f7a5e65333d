import { EmptyState } from '#renderer/components/EmptyState';
import { PageHeader } from '#renderer/components/PageHeader';
import type { Placeholder } from './placeholders';

export function PlaceholderScreen({ placeholder }: { placeholder: Placeholder }) {
  return (
    <>
      <PageHeader title={placeholder.title} />
      <EmptyState title={placeholder.lead ?? 'Nothing here yet'}>
        <p>{placeholder.body}</p>
      </EmptyState>
    </>
  );
}
