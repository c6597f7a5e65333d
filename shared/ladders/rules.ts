import { formatList, quoted } from '../format';
import { notAfterTodayMessage } from '../rules/notAfterToday';
import type { FieldProblem } from '../rules/problem';
import type { AssessmentFields } from './assessment';
import type { LadderDoc } from './model';
import { scaleOf, type RatingScale } from './scale';
import type { LadderOutline } from './view';

/**
 * What an assessment is rated against: one version of a ladder at one level. The store
 * builds it from the version it holds, the form from the version it shows; both then ask
 * `assessmentProblems` the same question and get the same words back.
 */
export interface RatingRules {
  ladderName: string;
  levelId: string;
  /** Null when the ladder has no such level. */
  levelName: string | null;
  scale: RatingScale;
  /** Every competency of the ladder: what evidence may back. */
  competencies: ReadonlySet<string>;
  /** The competencies with an expectation at the level: the ones that can be rated. */
  expected: ReadonlySet<string>;
}

function rulesOf(
  ladder: Pick<LadderDoc, 'name' | 'levels' | 'scale'>,
  levelId: string,
  competencies: string[],
  expected: string[],
): RatingRules {
  return {
    ladderName: ladder.name,
    levelId,
    levelName: ladder.levels.find((l) => l.id === levelId)?.name ?? null,
    scale: scaleOf(ladder),
    competencies: new Set(competencies),
    expected: new Set(expected),
  };
}

/** The rules of a whole ladder version, as the store holds it. */
export function ratingRulesOf(doc: LadderDoc, levelId: string): RatingRules {
  const expected = doc.expectations.filter((e) => e.level === levelId).map((e) => e.competency);
  return rulesOf(
    doc,
    levelId,
    doc.competencies.map((c) => c.id),
    expected,
  );
}

/** The same rules from the outline a screen is given (shared/ladders/view.ts). */
export function ratingRulesOfOutline(outline: LadderOutline, levelId: string): RatingRules {
  const expected = outline.competencies.filter((c) => c.levels.includes(levelId)).map((c) => c.id);
  return rulesOf(
    outline,
    levelId,
    outline.competencies.map((c) => c.id),
    expected,
  );
}

type Rated = Pick<AssessmentFields, 'levelId' | 'assessedOn' | 'ratings' | 'evidence'>;

/**
 * An assessment's problems, first to last: not dated in the future (`today` is the store's
 * day), rated at a level of the ladder, each rating a step of the ladder's scale for a
 * competency the level expects something of, rated once, and evidence backing only the
 * ladder's competencies. An empty list means it may be saved.
 */
export function assessmentProblems(rules: RatingRules, fields: Rated, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.assessedOn && fields.assessedOn > today) {
    problems.push({ field: 'assessedOn', message: notAfterTodayMessage('The assessment date', today) });
  }
  if (fields.levelId !== rules.levelId || rules.levelName === null) {
    problems.push({ field: 'levelId', message: `That level is not in ${rules.ladderName}: choose one of its levels.` });
    return problems;
  }
  const steps = new Set(rules.scale.steps.map((s) => s.id));
  const rated = new Set<string>();
  fields.ratings.forEach((r, i) => {
    const field = `ratings.${i}.competencyId`;
    if (!steps.has(r.rating)) {
      const names = formatList(
        rules.scale.steps.map((s) => s.name),
        { type: 'disjunction' },
      );
      problems.push({
        field: `ratings.${i}.rating`,
        message: `${quoted(r.rating)} is not a step of ${rules.ladderName}'s rating scale: rate with one of ${names}.`,
      });
    } else if (!rules.competencies.has(r.competencyId)) {
      problems.push({
        field,
        message: `The competency ${quoted(r.competencyId)} is not in ${rules.ladderName}: rate only its competencies.`,
      });
    } else if (!rules.expected.has(r.competencyId)) {
      problems.push({ field, message: `This competency has no expectation at ${rules.levelName}.` });
    } else if (rated.has(r.competencyId)) {
      problems.push({ field, message: 'This competency is rated twice: keep one rating.' });
    }
    rated.add(r.competencyId);
  });
  fields.evidence.forEach((e, i) =>
    e.competencyIds.forEach((c, k) => {
      if (!rules.competencies.has(c)) {
        problems.push({
          field: `evidence.${i}.competencyIds.${k}`,
          message: `The competency ${quoted(c)} is not in ${rules.ladderName}: link the evidence to one of its competencies.`,
        });
      }
    }),
  );
  return problems;
}
