import { useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { PairForm } from './PairForm';
import { toPairInput, valuesOf, type PairFormValues } from './pairFormValues';

/**
 * New pair (/mentoring/pairs/new, optionally /new/:menteeId/:mentorId from a suggestion)
 * and editing one (/mentoring/pairs/:id/edit).
 */
export function PairFormScreen() {
  const params = useParams<{ id?: string; menteeId?: string; mentorId?: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const overview = useRequest(() => call('mentoring.overview', {}), 'today');
  const pair = useRequest(
    () => (params.id ? call('mentoring.getPair', { id: params.id }) : Promise.resolve(null)),
    params.id ?? 'new',
  );
  const error = pair.error ?? overview.error;
  const ready = pair.status === 'ready' && overview.status === 'ready';

  const initial = (): PairFormValues =>
    pair.data
      ? valuesOf(pair.data)
      : {
          mentorId: params.mentorId ?? '',
          menteeId: params.menteeId ?? '',
          status: 'active',
          focusAreas: '',
          goals: '',
          expectations: '',
          cadence: '14',
          customDays: '',
          startDate: overview.data?.today ?? '',
          plannedEnd: null,
        };

  const save = async (values: PairFormValues) => {
    const input = toPairInput(values);
    const saved = params.id
      ? await call('mentoring.updatePair', { id: params.id, fields: input.fields })
      : await call('mentoring.createPair', input);
    notice(params.id ? 'Pair saved.' : `Pair created: ${saved.mentor.name} mentoring ${saved.mentee.name}.`);
    navigate(`/mentoring/pairs/${saved.id}`);
  };

  return (
    <>
      <PageHeader
        title={
          params.id
            ? `Edit pair: ${pair.data ? `${pair.data.mentor.name} mentoring ${pair.data.mentee.name}` : '…'}`
            : 'New mentoring pair'
        }
      />
      {error ? <ErrorMessage error={error} /> : null}
      {ready ? (
        <PairForm
          initial={initial()}
          editing={Boolean(params.id)}
          onSubmit={save}
          onCancel={() => navigate(params.id ? `/mentoring/pairs/${params.id}` : '/mentoring')}
        />
      ) : null}
    </>
  );
}
