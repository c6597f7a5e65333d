import { Link } from 'wouter';
import { EmptyState } from '#renderer/components/EmptyState';
import { PageHeader } from '#renderer/components/PageHeader';
import type { Placeholder } from './placeholders';

export function PlaceholderScreen({ placeholder }: { placeholder: Placeholder }) {
  return (
    <>
      <PageHeader title={placeholder.title} />
      <EmptyState
        title={placeholder.lead ?? 'Nothing here yet'}
        action={
          placeholder.action ? (
            <Link href={placeholder.action.href} className="button button--primary">
              {placeholder.action.label}
            </Link>
          ) : undefined
        }
      >
        <p>{placeholder.body}</p>
      </EmptyState>
    </>
  );
}
