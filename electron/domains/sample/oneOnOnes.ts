import { myTimeZone } from '#shared/settings/model';
import type { HandlerContext } from '../../ipc/context';
import { oneOnOnesHandlers } from '../oneOnOnes/handlers';
import type { SamplePart } from './writer';

interface Entry {
  agenda: string;
  /** The agenda item stays open (it carries over) instead of being resolved in the meeting. */
  carry?: true;
  action?: string;
  shared: string;
  private?: string;
  mood: number;
  tags?: string[];
}

/**
 * Each series on its person's own clock, as a manager who set them up with each report would
 * have: for a manager in London, a morning with Amara (London), a slot still in Priya's working
 * day in Kolkata (09:30 in London in winter) and an early afternoon (14:00 in London). The
 * screens then show the manager's time with the report's beside it. (docs/time-zones.md)
 */
const TIMES: Record<string, string> = { amara: '10:00', priya: '15:00', tomas: '15:00' };

/** Six fortnightly 1:1s each, oldest first, written for Cairn. */
const HISTORY: Record<string, Entry[]> = {
  amara: [
    {
      agenda: 'Payment retries: what is left before launch',
      action: 'Write the rollback plan for retries',
      shared: 'Retries work in staging. Two edge cases left: expired cards and duplicate webhooks.',
      mood: 4,
    },
    {
      agenda: 'Feedback on the design review',
      tags: ['feedback'],
      shared: 'The review went well; people liked the decision record. Next time, send it a day earlier.',
      mood: 4,
    },
    {
      agenda: 'Staff expectations: where the gaps are',
      tags: ['career'],
      action: 'Read the staff level of the ladder and mark two gaps',
      shared: 'Agreed to look at the ladder together rather than guess.',
      private: 'She is ready for more scope; look for a cross-team problem.',
      mood: 3,
    },
    {
      agenda: 'Checkout incident follow-up',
      action: 'Turn the incident review into three tickets',
      shared: 'Good calm handling on Tuesday. The fixes need owners outside the team too.',
      mood: 3,
    },
    {
      agenda: 'Pairing with Tom',
      carry: true,
      shared: 'Weekly pairing started; Tom is asking good questions about the basket service.',
      mood: 4,
    },
    {
      agenda: 'Conference talk proposal',
      action: 'Send the abstract to Jonah for a read',
      shared: 'Wants to propose a talk on idempotent payments. Happy to support the travel.',
      mood: 5,
    },
  ],
  tomas: [
    {
      agenda: 'Settling in after the move',
      shared: 'Settled in Madrid. Mornings are better for focused work now.',
      mood: 3,
    },
    {
      agenda: 'Saved baskets release',
      action: 'Add the flag removal to the backlog',
      shared: 'Released behind a flag; no errors in a week. Tests were praised in review.',
      mood: 4,
    },
    {
      agenda: 'What senior looks like',
      tags: ['career'],
      action: 'Draft a one-page plan for the receipts rework',
      shared: 'Talked about owning scope, not tickets. The receipts rework is a good fit.',
      mood: 4,
    },
    {
      agenda: 'Receipts plan review',
      shared: 'Plan is clear. Cut the PDF part from the first slice.',
      private: 'Nervous about presenting; pair him with Amara for the dry run.',
      mood: 3,
    },
    {
      agenda: 'Holiday cover in August',
      carry: true,
      action: 'Agree cover with Priya',
      shared: 'Two weeks off in August; Priya can cover the on-call swap.',
      mood: 4,
    },
    {
      agenda: 'First slice live',
      shared: 'Staff accounts get the new receipts. Next: customers in one country.',
      mood: 5,
    },
  ],
  priya: [
    {
      agenda: 'First weeks: what is confusing',
      action: 'Book a walkthrough of the build pipeline with Yuki',
      shared: 'The build pipeline is the most confusing part. Docs are out of date.',
      mood: 3,
    },
    {
      agenda: 'Onboarding docs',
      shared: 'She fixed three pages of the onboarding docs while reading them. Great instinct.',
      mood: 4,
    },
    {
      agenda: 'On-call shadowing',
      carry: true,
      action: 'Shadow two on-call shifts',
      shared: 'Wants to join on-call before the peak season. Start with shadowing.',
      mood: 4,
    },
    {
      agenda: 'Feedback from the platform team',
      shared: 'Yuki says her pull requests are small and easy to review.',
      mood: 4,
    },
    {
      agenda: 'Time zones and meetings',
      tags: ['wellbeing'],
      shared: 'Late meetings for the US overlap are tiring. Moved the planning call earlier.',
      private: 'Watch for burnout signs; she says yes to everything.',
      mood: 2,
    },
    {
      agenda: 'Shadowing so far',
      action: 'Write down three questions from the last shift',
      shared: 'Two shifts shadowed. One alert was noisy; she opened a ticket to fix it.',
      mood: 4,
    },
  ],
};

/** How many 1:1s later a topic left open is settled: two, about a month on a fortnightly cadence. */
const CARRY_MEETINGS = 2;

/** A few months of fortnightly 1:1s with Amara, Tom and Priya, walked through as they happened. */
export const oneOnOnesPart: SamplePart = {
  name: '1:1s',
  load(w) {
    const h = oneOnOnesHandlers;
    for (const [key, entries] of Object.entries(HISTORY)) {
      const person = w.people[key]!;
      let clock = new Date(`${w.daysAgo(entries.length * 14 + 1)}T08:00:00Z`);
      const ctx: HandlerContext = { ...w.ctx, now: () => clock };
      h['oneOnOnes.saveSeries'](ctx, {
        personId: person.id,
        cadence: 'biweekly',
        everyDays: null,
        monthlyBy: 'day',
        firstDate: w.daysAgo(entries.length * 14),
        time: TIMES[key] ?? '10:00',
        timeZone: person.timeZone ?? myTimeZone(w.ctx.settings.get()),
      });
      const actions: { id: string; meetingId: string }[] = [];
      // Topics left open are talked through within a month, as in a team that is doing well.
      const carried: { id: string; settleAt: number }[] = [];
      for (const [index, entry] of entries.entries()) {
        const next = h['oneOnOnes.history'](ctx, { personId: person.id }).meetings.find(
          (m) => m.status === 'scheduled',
        );
        if (!next || new Date(next.startsAt) > w.ctx.now()) break;
        clock = new Date(new Date(next.startsAt).getTime() + 45 * 60_000);
        const meetingId = next.id;
        h['oneOnOnes.meeting'](ctx, { meetingId });
        // Last time's action is reported done at this one; the newest stays open for the next.
        while (actions.length > 0) {
          const done = actions.shift()!;
          h['oneOnOnes.updateItem'](ctx, { meetingId, itemId: done.id, state: 'done' });
        }
        for (const topic of carried.filter((t) => t.settleAt === index))
          h['oneOnOnes.updateItem'](ctx, { meetingId, itemId: topic.id, state: 'done' });
        const agenda = h['oneOnOnes.addItem'](ctx, {
          meetingId,
          kind: 'agenda',
          side: 'them',
          text: entry.agenda,
          dueDate: null,
        });
        if (!entry.carry) h['oneOnOnes.updateItem'](ctx, { meetingId, itemId: agenda.id, state: 'done' });
        else carried.push({ id: agenda.id, settleAt: index + CARRY_MEETINGS });
        if (entry.action) {
          const action = h['oneOnOnes.addItem'](ctx, {
            meetingId,
            kind: 'action',
            side: 'them',
            text: entry.action,
            dueDate: null,
          });
          actions.push({ id: action.id, meetingId });
        }
        h['oneOnOnes.saveNotes'](ctx, { meetingId, sharedNotes: entry.shared, privateNotes: entry.private ?? '' });
        h['oneOnOnes.saveDetails'](ctx, { meetingId, mood: entry.mood, tags: entry.tags ?? [] });
        h['oneOnOnes.hold'](ctx, { meetingId });
      }
    }
    h['oneOnOnes.queue'](w.ctx, { personId: w.people.amara!.id, text: 'Ask how the talk abstract landed' });
  },
};
