import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import {
  useCommissionVoice,
  useExplanationText,
  type ExplanationNames,
  type ExplanationVoice,
} from './explanationText';

type Step = Schemas['ExplanationStep'];

const NAMES: ExplanationNames = {
  partner: (id) => ({ tartu: 'University of Tartu', milan: 'University of Milan' })[id] ?? '?',
  criterion: (index) => ['Motivation', 'Interview'][index] ?? '?',
};

const CANDIDATE: ExplanationVoice = {
  messages: 'applications.result.steps',
  choice: (preference) => `your choice ${String(preference)}`,
  preferred: (partner, preference) => `${partner} (your choice ${String(preference)})`,
};

const step = (code: Step['code'], args: Step['args']): Step => ({ code, args, text: 'English' });

/** Each code with its arguments as the API stores them (numbers sometimes as text), as each voice reads it. */
const CASES: [Step, string, string][] = [
  [
    step('RANK', { rank: 3, of: '41', total: '82.5' }),
    'Rank 3 of 41, total 82.5.',
    'Rank 3 of 41, total 82.5.',
  ],
  [
    step('INCOMPLETE_SCORING', { criteria: ['0', '1'], required: 2 }),
    'Not ranked: the criteria Motivation, Interview have fewer than the 2 submitted evaluations required.',
    'Not ranked: Motivation, Interview got fewer submitted evaluations than the 2 required.',
  ],
  [
    step('INCOMPLETE_SCORING', { criteria: [1], required: 2 }),
    'Not ranked: the criterion Interview has fewer than the 2 submitted evaluations required.',
    'Not ranked: Interview got fewer submitted evaluations than the 2 required.',
  ],
  [
    step('BELOW_MINIMUM', { total: '48.25', minimum: 50 }),
    'The total 48.25 is below the call’s minimum of 50: not selected.',
    'Your total 48.25 is below the call’s minimum of 50: not selected.',
  ],
  [
    step('DECLINED', {}),
    'The offer was declined or the application withdrawn: out of the competition.',
    'The offer was declined, withdrawn or not answered in time: out of the selection.',
  ],
  [
    step('PREFERENCE_NO_PLACES', { partnerId: 'milan', preference: 2 }),
    'University of Milan (choice 2): no places in this call.',
    'University of Milan (your choice 2): no places in this call.',
  ],
  [
    step('PREFERENCE_FULL', {
      partnerId: 'tartu',
      preference: '1',
      places: 2,
      takenByRanks: [1, '2'],
    }),
    'University of Tartu (choice 1): all 2 places taken, by ranks 1, 2.',
    'University of Tartu (your choice 1): 2 places, all taken by the candidates ranked 1, 2.',
  ],
  [
    step('PREFERENCE_FULL', { partnerId: 'tartu', preference: 1, places: '1', takenByRanks: [1] }),
    'University of Tartu (choice 1): 1 place, taken by rank 1.',
    'University of Tartu (your choice 1): 1 place, taken by the candidate ranked 1.',
  ],
  [
    step('PLACED', { partnerId: 'milan', preference: 2 }),
    'University of Milan (choice 2): placed.',
    'University of Milan (your choice 2): placed.',
  ],
  [
    step('RESERVE', { position: 4 }),
    'Reserve list, position 4.',
    'Every choice is full: reserve list, position 4.',
  ],
  [
    step('PLACE_FREED', { partnerId: 'tartu', freedByRank: 2, declinedRank: 1 }),
    'A place at University of Tartu was freed by rank 2 after rank 1 declined.',
    'A place at University of Tartu was freed by the candidate ranked 2, after the candidate ranked 1 declined.',
  ],
  [
    step('UPGRADED', {
      fromPartnerId: 'milan',
      fromPreference: 2,
      partnerId: 'tartu',
      preference: 1,
    }),
    'Moved from University of Milan (choice 2) to University of Tartu (choice 1).',
    'Moved from University of Milan (your choice 2) to University of Tartu (your choice 1).',
  ],
  [
    step('LEFT_RESERVE', { reservePosition: 1, partnerId: 'tartu', preference: 1 }),
    'Moved from reserve position 1 to University of Tartu (choice 1).',
    'Moved from reserve position 1 to University of Tartu (your choice 1).',
  ],
];

function voices() {
  return {
    commission: renderHook(() => useExplanationText(NAMES, useCommissionVoice())).result,
    candidate: renderHook(() => useExplanationText(NAMES, CANDIDATE)).result,
  };
}

describe('explanation steps', () => {
  it.each(CASES)('%o in each voice', (input, toCommission, toCandidate) => {
    const { commission, candidate } = voices();
    expect(commission.current(input)).toBe(toCommission);
    expect(candidate.current(input)).toBe(toCandidate);
  });

  it('gives the API’s English text for a code this SPA does not know', () => {
    const { commission, candidate } = voices();
    const unknown = { code: 'SOMETHING_NEW', args: {}, text: 'From the API' } as unknown as Step;
    expect(commission.current(unknown)).toBe('From the API');
    expect(candidate.current(unknown)).toBe('From the API');
  });
});
