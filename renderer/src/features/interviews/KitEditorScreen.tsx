import { Link, useLocation, useParams } from 'wouter';
import type { KitFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { KitForm } from './KitForm';

/** New kit for a role (/interviews/roles/:roleId/kits/new) or a new version of one (/interviews/kits/:kitId/edit). */
export function KitEditorScreen() {
  const { roleId, kitId } = useParams<{ roleId?: string; kitId?: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const data = useRequest(async () => {
    const kit = kitId ? await call('interviews.getKit', { id: kitId }) : null;
    const role = await call('interviews.getRole', { id: kit?.roleId ?? roleId! });
    return { kit, role };
  }, `${roleId}/${kitId}`);
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return null;
  const { kit, role } = data.data;
  const initial: KitFields | null = kit
    ? {
        stage: kit.current.stage,
        kind: kit.current.kind,
        items: kit.current.items,
        questions: kit.current.questions,
        timePlan: kit.current.timePlan,
      }
    : null;
  return (
    <>
      <PageHeader
        title={kit ? `Edit kit: ${kit.current.stage}` : 'New interview kit'}
        subtitle={
          kit
            ? `${role.title} · scorecards already started keep the questions they began with; new ones use your changes.`
            : `${role.title} · every candidate of this role gets the same kit.`
        }
        actions={
          <Link href={`/interviews/roles/${role.id}`} className="button">
            Back to role
          </Link>
        }
      />
      <KitForm
        role={role}
        initial={initial}
        submitLabel={kit ? 'Save kit' : 'Create kit'}
        onSubmit={async (fields) => {
          const saved = await call('interviews.saveKit', { roleId: role.id, kitId: kit?.id ?? null, fields });
          notice(`Saved the ${saved.current.stage} kit.`);
          navigate(`/interviews/roles/${role.id}`);
        }}
      />
    </>
  );
}
