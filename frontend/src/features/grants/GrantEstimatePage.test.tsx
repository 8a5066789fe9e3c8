import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import { json, mockApi, problem } from '../../test/api';
import { countries, page, tartu } from '../../test/data';
import { renderPage } from '../../test/render';
import type { GrantEstimate } from './api';
import { GrantEstimatePage } from './GrantEstimatePage';

const home = {
  ...tartu,
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000001',
  name: 'International Higher School of Medicine',
  otherNames: { ru: 'Международная высшая школа медицины' },
  countryCode: 'KG',
  countryName: 'Kyrgyzstan',
  city: 'Bishkek',
};

/** What the API answered for Bishkek → Tartu, STUDENT_STUDIES, call 2024, 1 Feb to 30 Jun 2025. */
const estimate: GrantEstimate = {
  callYear: 2024,
  rateTableVersion: 1,
  mobilityType: 'STUDENT_STUDIES',
  flow: 'PARTNER_TO_GROUP_2',
  durationDays: 150,
  counting: 'THIRTY_DAY_MONTHS',
  travelDays: 0,
  distanceKm: 3689.76,
  lines: [
    {
      kind: 'INDIVIDUAL_SUPPORT',
      recipient: 'PARTICIPANT',
      amount: 4250,
      parts: [{ quantity: 5, unit: 'MONTH', rate: 850 }],
      explanation: {
        key: 'grant.line.individualSupport.longTerm',
        args: {
          days: '150',
          travelDays: '0',
          months: '5',
          remainingDays: '0',
          monthlyRate: '850.00',
          flow: 'PARTNER_TO_GROUP_2',
        },
        text: '150 days counted in 30-day months, 0 travel days included: 5 months and 0 days at €850 a month (partner country to receiving group 2)',
      },
    },
    {
      kind: 'TRAVEL',
      recipient: 'PARTICIPANT',
      amount: 580,
      parts: [{ quantity: 1, unit: 'TRIP', rate: 580 }],
      explanation: {
        key: 'grant.line.travel.standard',
        args: { distanceKm: '3689.76', band: '3000–3999', rate: '580.00' },
        text: '3689.76 km, band 3000–3999 km: €580 for the journey there and back',
      },
    },
    {
      kind: 'ORGANISATIONAL_SUPPORT',
      recipient: 'INSTITUTION',
      parts: [],
      explanation: {
        key: 'grant.line.notComputed',
        args: { callYear: '2024', rates: 'ORGANISATIONAL_SUPPORT' },
        text: 'not computed yet: the international office has not set organisational support per participant for call year 2024',
      },
    },
  ],
  participantTotal: 4830,
  participantSubtotal: 4830,
  institutionSubtotal: 0,
  missingRates: [{ item: 'ORGANISATIONAL_SUPPORT', qualifier: '' }],
  warnings: [
    {
      key: 'grant.warning.lowConfidence',
      args: {
        rate: 'LONG_TERM_STUDENT_MONTH:PARTNER_TO_GROUP_2',
        amount: '850.00',
        callYear: '2024',
        source: 'PROGRAMME_GUIDE:2023',
      },
      text: 'individual support for long-term students per month (PARTNER_TO_GROUP_2) = 850 is probable but not confirmed for call year 2024; source: Erasmus+ Programme Guide 2023, Part B, Key Action 1, mobility of higher education students and staff',
    },
    {
      key: 'grant.warning.valueUnknown',
      args: { rate: 'ORGANISATIONAL_SUPPORT', callYear: '2024', line: 'ORGANISATIONAL_SUPPORT' },
      text: 'organisational support per participant is not set for call year 2024 yet: the international office still has to set it, so the organisational support line is missing from the total',
    },
  ],
};

/** A staff week from Bishkek to Tartu, call 2024: the staff rate to a group 2 country is not set. */
const staffWeek: GrantEstimate = {
  ...estimate,
  mobilityType: 'STAFF_TEACHING',
  durationDays: 5,
  counting: 'CALENDAR_DAYS',
  travelDays: 2,
  lines: [
    {
      kind: 'INDIVIDUAL_SUPPORT',
      recipient: 'PARTICIPANT',
      parts: [],
      explanation: {
        key: 'grant.line.notComputed',
        args: { callYear: '2024', rates: 'STAFF_DAY:PARTNER_TO_GROUP_2' },
        text: 'not computed yet',
      },
    },
    estimate.lines[1],
    estimate.lines[2],
  ],
  participantTotal: undefined,
  participantSubtotal: 580,
  missingRates: [
    { item: 'STAFF_DAY', qualifier: 'PARTNER_TO_GROUP_2' },
    { item: 'ORGANISATIONAL_SUPPORT', qualifier: '' },
  ],
  warnings: [],
};

function mockGrantApi(answer: (request: Request) => Response | Promise<Response>) {
  return mockApi({
    'GET /api/v1/home-institution': home,
    'GET /api/v1/institutions': page([tartu]),
    'GET /api/v1/reference/countries': countries,
    'POST /api/v1/grants/estimate': answer,
    'GET /api/v1/rate-tables': [2025, 2024, 2023, 2022].map((callYear) => ({
      callYear,
      version: 1,
      status: 'DRAFT',
      seeded: true,
      createdAt: '2026-11-01T00:00:00Z',
      unknownValues: [],
    })),
  });
}

/** Chooses Tartu as the partner and enters the dates; the home institution is already chosen. */
async function describeMobility(partner: string, start: string, end: string) {
  const receiving = within(screen.getByTestId('place-receiving'));
  await userEvent.click(receiving.getByRole('combobox'));
  await userEvent.click(await screen.findByRole('option', { name: partner }));
  fireEvent.change(screen.getByTestId('start-date'), { target: { value: start } });
  fireEvent.change(screen.getByTestId('end-date'), { target: { value: end } });
}

describe('the grant estimate page', () => {
  it('shows the breakdown, the total and what the institution gets', async () => {
    const bodies: unknown[] = [];
    mockGrantApi(async (request) => {
      bodies.push(await request.json());
      return json(200, estimate);
    });
    renderPage(<GrantEstimatePage />);

    expect(
      await screen.findByText('Choose both institutions and the dates to see the estimate.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByTestId('place-sending')).getByRole('combobox')).toHaveValue(
        'International Higher School of Medicine · Bishkek',
      ),
    );
    await describeMobility('University of Tartu · Tartu', '2025-02-01', '2025-06-30');

    const total = await screen.findByTestId('participant-total');
    expect(total).toHaveTextContent('€4,830.00');
    expect(total).toHaveAttribute('data-amount', '4830');
    expect(bodies).toEqual([
      {
        callYear: 2024,
        mobilityType: 'STUDENT_STUDIES',
        sending: { institutionId: home.id },
        receiving: { institutionId: tartu.id },
        startDate: '2025-02-01',
        endDate: '2025-06-30',
        greenTravel: false,
        travelDays: 0,
        fewerOpportunities: false,
      },
    ]);

    const support = screen.getByTestId('grant-line-INDIVIDUAL_SUPPORT');
    expect(within(support).getByRole('rowheader')).toHaveTextContent('Individual support');
    expect(support).toHaveTextContent(
      '150 days counted in 30-day months, 0 travel days included: 5 months and 0 days at €850.00 a month (from a partner country to a group 2 country)',
    );
    expect(support).toHaveTextContent('5 × €850.00 a month');
    expect(support).toHaveTextContent('€4,250.00');
    expect(screen.getByTestId('grant-line-TRAVEL')).toHaveTextContent(
      '3,689.76 km, band 3,000–3,999 km: €580.00 for the journey there and back',
    );
    expect(screen.getByText('Rate table for call 2024, version 1')).toBeInTheDocument();
    expect(screen.getByText('Distance: 3,689.76 km')).toBeInTheDocument();

    const institution = within(screen.getByTestId('institution-support'));
    expect(institution.getByText('Paid to the institution')).toBeInTheDocument();
    expect(institution.getByText('not computed')).toBeInTheDocument();
    expect(
      institution.getByText(
        'Not computed yet: the international office has not set the organisational support for call year 2024',
      ),
    ).toBeInTheDocument();
    expect(institution.getByTestId('incomplete')).toHaveTextContent('Incomplete');
    expect(screen.queryByTestId('participant-incomplete')).not.toBeInTheDocument();

    const warnings = screen.getByTestId('grant-warnings');
    expect(warnings).toHaveTextContent(
      'The monthly rate for long-term students (from a partner country to a group 2 country) of €850.00 is probable but not confirmed for call year 2024. Source: Erasmus+ Programme Guide 2023, Part B, Key Action 1: mobility of higher education students and staff',
    );
    expect(within(warnings).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByTestId('missing-rates')).toHaveTextContent('organisational support');
  });

  it('shows the lines it can compute, an incomplete subtotal and the values the office has to set', async () => {
    mockGrantApi(() => json(200, staffWeek));
    renderPage(<GrantEstimatePage />);
    await screen.findByText('Choose both institutions and the dates to see the estimate.');
    await describeMobility('University of Tartu · Tartu', '2025-03-03', '2025-03-07');

    const total = await screen.findByTestId('participant-total');
    expect(total).toHaveTextContent('€580.00');
    expect(total).toHaveAttribute('data-complete', 'false');
    expect(screen.getByText('Subtotal so far')).toBeInTheDocument();
    expect(screen.getByTestId('participant-incomplete')).toHaveTextContent(
      'Incomplete: the lines marked “not computed” are not included yet.',
    );
    expect(screen.getByTestId('grant-line-TRAVEL')).toHaveTextContent('€580.00');
    expect(screen.getByTestId('grant-line-INDIVIDUAL_SUPPORT')).toHaveTextContent(
      'Not computed yet: the international office has not set the daily rate for staff (from a partner country to a group 2 country) for call year 2024',
    );
    const missing = screen.getByTestId('missing-rates');
    expect(missing).toHaveTextContent(
      'The international office has not yet set these values for call 2024, so the estimate is not complete:',
    );
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'daily rate for staff (from a partner country to a group 2 country)',
      'organisational support',
    ]);
    expect(screen.queryByText(/cannot be computed/)).not.toBeInTheDocument();
  });

  it('shows a refusal beside the field it names, in words', async () => {
    mockGrantApi(() =>
      problem(422, 'The programme rules refuse this mobility', [
        {
          field: 'endDate',
          message: 'the end date 2025-01-10 is before the start date 2025-02-01',
          code: 'grant.refusal.endBeforeStart',
          args: { endDate: '2025-01-10', startDate: '2025-02-01' },
        },
      ]),
    );
    renderPage(<GrantEstimatePage />);
    await screen.findByText('Choose both institutions and the dates to see the estimate.');
    await describeMobility('University of Tartu · Tartu', '2025-02-01', '2025-01-10');

    expect(await screen.findByTestId('estimate-refused')).toHaveTextContent(
      'No grant can be estimated for this mobility.',
    );
    expect(screen.getByTestId('end-date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('end-date')).toHaveAccessibleDescription(
      'The last day, 10 Jan 2025, is before the first day, 1 Feb 2025',
    );
    expect(screen.getByTestId('start-date')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('participant-total')).not.toBeInTheDocument();
  });

  it('says how long to wait when the address sent too many estimates', async () => {
    mockGrantApi(() => {
      const response = problem(429, 'Too Many Requests');
      response.headers.set('Retry-After', '42');
      return response;
    });
    renderPage(<GrantEstimatePage />);
    await screen.findByText('Choose both institutions and the dates to see the estimate.');
    await describeMobility('University of Tartu · Tartu', '2025-02-01', '2025-06-30');

    expect(await screen.findByTestId('estimate-rate-limited')).toHaveTextContent(
      'Too many estimates from your address. Please wait 42 seconds, then try again.',
    );
  });

  it('explains the lines in Russian, with euros written the Russian way', async () => {
    await i18n.changeLanguage('ru');
    mockGrantApi(() => json(200, estimate));
    renderPage(<GrantEstimatePage />);
    await screen.findByText('Выберите оба учебных заведения и даты, чтобы увидеть расчёт.');
    await describeMobility('Тартуский университет · Tartu', '2025-02-01', '2025-06-30');

    const support = await screen.findByTestId('grant-line-INDIVIDUAL_SUPPORT');
    expect(within(support).getByRole('rowheader')).toHaveTextContent('Индивидуальная поддержка');
    // Intl separates thousands and the euro sign with no-break spaces
    expect(support.textContent?.replace(/\s/g, ' ')).toContain(
      '150 дн. в месяцах по 30 дней, включая 0 дн. в пути: 5 мес. и 0 дн. по 850,00 € в месяц (из страны-партнёра в страну группы 2)',
    );
    expect(screen.getByTestId('participant-total').textContent?.replace(/\s/g, ' ')).toBe(
      '4 830,00 €',
    );
    expect(screen.getByText('Таблица ставок конкурса 2024 года, версия 1')).toBeInTheDocument();
  });
});
