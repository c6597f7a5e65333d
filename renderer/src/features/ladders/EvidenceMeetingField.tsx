import { meetingLabel, meetingSource } from '#shared/ladders/evidenceMeeting';
import type { MeetingSummary } from '#shared/oneOnOnes/model';
import { SelectField } from '#renderer/components/InputFields';

/** Select value for evidence whose label is kept without a link (free text, or its meeting is gone). */
export const KEPT_LABEL = 'kept-label';

export interface MeetingOption {
  id: string;
  label: string;
}

/**
 * The person's 1:1s evidence can come from: held ones first, newest first, then the one
 * still to come. Skipped and moved meetings did not take place, so they are left out unless
 * evidence already points at one (so editing never drops a link silently). `meetings` is the
 * newest page of the history; a linked meeting older than that page is offered under the
 * label its evidence keeps, for the same reason.
 */
export function meetingOptions(
  meetings: MeetingSummary[],
  linked: ReadonlySet<string>,
  linkedLabels: ReadonlyMap<string, string> = new Map(),
): MeetingOption[] {
  const newestFirst = [...meetings].sort((a, b) => b.date.localeCompare(a.date));
  const held = newestFirst.filter((m) => m.status === 'held');
  const scheduled = newestFirst.filter((m) => m.status === 'scheduled').reverse();
  const other = newestFirst.filter((m) => m.status !== 'held' && m.status !== 'scheduled' && linked.has(m.id));
  return [
    ...held.map((m) => ({ id: m.id, label: meetingLabel(m.date) })),
    ...scheduled.map((m) => ({ id: m.id, label: `${meetingLabel(m.date)} (not held yet)` })),
    ...other.map((m) => ({ id: m.id, label: `${meetingLabel(m.date)} (${m.status})` })),
    ...[...linked]
      .filter((id) => !meetings.some((m) => m.id === id))
      .map((id) => ({ id, label: linkedLabels.get(id) ?? 'A linked 1:1' })),
  ];
}

interface EvidenceMeetingFieldProps {
  options: MeetingOption[];
  value: string;
  keptLabel: string;
  error?: string | undefined;
  /** How many of the newest 1:1s are offered, when the person has had more than that. */
  newestOnly?: number | undefined;
  onChange: (value: string) => void;
}

export function EvidenceMeetingField({
  options,
  value,
  keptLabel,
  error,
  newestOnly,
  onChange,
}: EvidenceMeetingFieldProps) {
  const hint = !options.length
    ? 'No 1:1s with this person yet.'
    : newestOnly
      ? `The 1:1 where it came up, if any (from the latest ${newestOnly}).`
      : 'The 1:1 where it came up, if any.';
  return (
    <SelectField
      label="From the 1:1"
      error={error}
      hint={hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">Not from a 1:1</option>
      {keptLabel ? <option value={KEPT_LABEL}>{`${meetingSource(keptLabel)} (not linked)`}</option> : null}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
