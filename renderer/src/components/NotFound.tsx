import { Link } from 'wouter';
import { ErrorMessage } from './ErrorMessage';
import { PageHeader } from './PageHeader';

/** A screen whose record could not be loaded (erased, or a stale link): what went wrong and a way back. */
export function NotFound({
  title,
  error,
  backHref,
  backLabel,
}: {
  title: string;
  error: Error;
  backHref: string;
  backLabel: string;
}) {
  return (
    <>
      <PageHeader title={title} />
      <ErrorMessage error={error} />
      <Link href={backHref}>{backLabel}</Link>
    </>
  );
}
