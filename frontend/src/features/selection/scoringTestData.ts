import { application } from '../review/testData';
import type { EvaluatedApplication, MyEvaluation } from './scoringApi';

/** Fixtures of the evaluator's application page: the review screens' application, as evaluators read it. */
export const APPLICATION_ID = application.id;
export const CALL_ID = application.call.id;
export const [PDF] = application.documents;

const { email, dateOfBirth, citizenship, phone, saved, username, version, ...merit } =
  application.profile;

export const content: EvaluatedApplication = {
  id: application.id,
  receiptNumber: application.receiptNumber,
  call: { id: application.call.id, title: application.call.title },
  profile: merit,
  preferences: application.preferences,
  plannedStart: application.plannedStart,
  plannedEnd: application.plannedEnd,
  motivation: application.motivation,
  documents: application.documents,
  submittedAt: application.submittedAt,
};

/** A draft with the first criterion scored; the third criterion is named in Russian only. */
export const draft: MyEvaluation = {
  applicationId: APPLICATION_ID,
  status: 'DRAFT',
  version: 3,
  criteria: [
    {
      criterion: 0,
      name: { en: 'Academic merit', ru: 'Академические успехи' },
      description: { en: 'Grades and progress in the programme.', ru: 'Оценки и успехи.' },
      maxScore: 10,
      weight: 40,
      score: 7,
      comment: 'Strong transcript',
    },
    {
      criterion: 2,
      name: { ru: 'Мотивация' },
      description: { ru: 'Ясность целей поездки.' },
      maxScore: 5,
      weight: 30,
    },
  ],
  computed: [
    {
      criterion: 1,
      name: { en: 'Grades' },
      description: { en: 'From the profile.' },
      kind: 'GRADE_AVERAGE',
      maxScore: 20,
      weight: 30,
      value: 17.2,
    },
  ],
};

/** The same evaluation once submitted: the other evaluators' scores, the means and the flags appear. */
export const submitted: MyEvaluation = {
  ...draft,
  status: 'SUBMITTED',
  version: 5,
  submittedAt: '2027-04-10T06:00:00Z',
  criteria: [
    { ...draft.criteria[0], others: [{ evaluator: 'Aigerim Bekova', score: 3 }], mean: 5 },
    {
      ...draft.criteria[1],
      score: 4,
      others: [{ evaluator: 'Aigerim Bekova', score: 4, comment: 'Clear goals' }],
      mean: 4,
    },
  ],
  flags: [{ flag: 'DISAGREEMENT', criterion: 0 }],
};

export { referenceRoutes } from '../review/testData';
