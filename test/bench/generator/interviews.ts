import { createDispatcher } from '#electron/ipc/dispatcher';
import { createSettingsStore } from '#electron/settings/store';
import { sentence } from '../words';
import type { GeneratorPart } from './types';

const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const INTERVIEWERS_PER_PANEL = 5;
export const CANDIDATES_PER_ROLE = 200;

/**
 * Hiring over ten years: roles of 200 candidates, each seen by a panel of five, every
 * scorecard submitted. Written through the interviews handlers (kits are versioned JSON and
 * scorecards carry rules), inside the part's one transaction.
 */
export const interviewsPart: GeneratorPart = {
  name: 'interviews',
  run(ctx) {
    const { db, rng, scale } = ctx;
    const values = new Map<string, unknown>();
    const settings = createSettingsStore({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) });
    const dispatch = createDispatcher({ db, settings, now: () => ctx.now, dataFile: '', appVersion: 'bench' });
    const call = <T>(channel: string, input: unknown): T => {
      const r = dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as T;
    };
    const perRole = Math.min(CANDIDATES_PER_ROLE, Math.max(1, Math.floor(scale.scorecards / INTERVIEWERS_PER_PANEL)));
    const roles = Math.max(1, Math.round(scale.scorecards / (perRole * INTERVIEWERS_PER_PANEL)));
    const interviewers = Array.from({ length: INTERVIEWERS_PER_PANEL }, (_, i) =>
      call<{ id: string }>('interviews.createInterviewer', { name: `Interviewer ${i + 1}`, personId: null }),
    );
    call('interviews.updatePrefs', { selfInterviewerId: interviewers[0]!.id, retentionDays: 3650 });
    let scorecards = 0;
    let candidates = 0;
    for (let r = 0; r < roles; r++) {
      const role = call<{ id: string; competencies: { id: string; name: string }[] }>('interviews.createRole', {
        title: `Role ${r + 1}`,
        level: '',
        retentionDays: null,
        competencies: Array.from({ length: 5 }, (_, i) => ({
          name: `Competency ${i + 1}`,
          description: sentence(rng, 8),
          ladderCompetencyId: null,
        })),
      });
      const kit = call<{ id: string; current: { items: { key: string }[] } }>('interviews.saveKit', {
        roleId: role.id,
        kitId: null,
        fields: {
          stage: 'Onsite',
          kind: 'interview',
          items: role.competencies.map((c) => ({
            name: c.name,
            competencyId: c.id,
            anchors: ['Little sign', 'Some sign', 'Clear sign', 'Strong sign'],
          })),
          questions: [],
          timePlan: [],
        },
      });
      for (let c = 0; c < perRole; c++) {
        const candidate = call<{ id: string }>('interviews.createCandidate', {
          roleId: role.id,
          fields: { name: `Candidate ${r + 1}-${c + 1}`, stage: 'Onsite', source: '' },
        });
        candidates++;
        for (const interviewer of interviewers) {
          const { scorecardId } = call<{ scorecardId: string }>('interviews.addToPanel', {
            candidateId: candidate.id,
            kitId: kit.id,
            interviewerId: interviewer.id,
          });
          const ratings = kit.current.items.map((item) => ({
            itemKey: item.key,
            score: 1 + rng.int(4),
            evidence: sentence(rng, 12),
          }));
          call('interviews.saveScorecard', {
            id: scorecardId,
            ratings,
            recommendation: rng.pick(RECOMMENDATIONS),
            submit: true,
          });
          scorecards++;
        }
      }
    }
    return { roles, candidates, scorecards };
  },
};
