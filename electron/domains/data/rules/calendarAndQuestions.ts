import { moveSchema } from '#shared/oneOnOnes/model';
import { updateQuestionSchema } from '#shared/questions/model';
import { columnsMatch, days, firstProblem, moments, samePerson, type TableRules } from './check';

/** Rows a calendar file and the question bank leave behind. */
export const calendarAndQuestionRules: Record<string, TableRules> = {
  cal_series: {
    own: (row) =>
      firstProblem(
        () => days(row, 'ends_on'),
        () => moments(row, 'imported_at'),
      ),
  },
  cal_exceptions: {
    own: (row) =>
      firstProblem(
        () => columnsMatch(row, { date: moveSchema.shape.date, to_time: moveSchema.shape.time.nullable() }),
        () => days(row, 'to_date'),
      ),
  },
  qb_questions: {
    own: (row) =>
      firstProblem(
        () =>
          columnsMatch(row, {
            text: updateQuestionSchema.shape.text.unwrap(),
            category: updateQuestionSchema.shape.category.unwrap(),
          }),
        () => moments(row, 'created_at', 'updated_at'),
      ),
  },
  qb_asked: {
    own: (row) => moments(row, 'asked_at'),
    links: (row, { db }) =>
      samePerson(db, row, 'meeting_id', 'SELECT person_id FROM oo_meetings WHERE id = ?', 'a 1:1'),
  },
};
