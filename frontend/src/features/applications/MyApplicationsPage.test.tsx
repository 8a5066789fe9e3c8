import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import { mockApi } from '../../test/api';
import { renderPage } from '../../test/render';
import { MyApplicationsPage } from './MyApplicationsPage';
import { draft, submitted, summaryOf } from './testData';

describe('my applications', () => {
  it('points to the open calls when there is none yet', async () => {
    mockApi({ 'GET /api/v1/me/applications': [] });
    renderPage(<MyApplicationsPage />);
    expect(await screen.findByText('No applications yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See open calls' })).toHaveAttribute('href', '/calls');
  });

  it('lists each application with its call, status, receipt and deadline', async () => {
    const other = {
      ...summaryOf(draft),
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      call: { ...summaryOf(draft).call, title: { en: 'Staff week 2027' } },
    };
    mockApi({
      'GET /api/v1/me/applications': [summaryOf({ ...submitted, eligibility: 'ELIGIBLE' }), other],
    });
    renderPage(<MyApplicationsPage />);

    const table = await screen.findByRole('table', { name: 'My applications' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]);
    expect(first.getByRole('link', { name: 'Semester abroad 2027' })).toHaveAttribute(
      'href',
      `/me/applications/${submitted.id}`,
    );
    expect(first.getByText('Submitted')).toBeInTheDocument();
    expect(first.getByText('Eligible')).toBeInTheDocument();
    expect(first.getByText('MD-2027-000042')).toBeInTheDocument();
    expect(first.getByText(/Deadline: 31 Mar 2099 23:59 \(Asia\/Bishkek\)/)).toBeInTheDocument();
    const second = within(rows[2]);
    expect(second.getByText('Draft')).toBeInTheDocument();
    expect(second.queryByText('Eligibility not decided yet')).not.toBeInTheDocument();
  });

  it('names the call in the interface language, else in English', async () => {
    const englishOnly = {
      ...summaryOf(draft),
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      call: { ...summaryOf(draft).call, title: { en: 'Staff week 2027' } },
    };
    mockApi({ 'GET /api/v1/me/applications': [summaryOf(draft), englishOnly] });
    await i18n.changeLanguage('ru');
    renderPage(<MyApplicationsPage />);
    expect(
      await screen.findByRole('link', { name: 'Семестр за рубежом 2027' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Staff week 2027' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Мои заявки' })).toBeInTheDocument();
  });

  it('lists a new application beside the one withdrawn from the same call', async () => {
    const again = { ...summaryOf(draft), id: 'a1b2c3d4-0000-4000-8000-000000000003' };
    const withdrawn = { ...summaryOf(submitted), status: 'WITHDRAWN' as const };
    mockApi({ 'GET /api/v1/me/applications': [again, withdrawn] });
    renderPage(<MyApplicationsPage />);
    const rows = within(await screen.findByRole('table', { name: 'My applications' })).getAllByRole(
      'row',
    );
    expect(within(rows[1]).getByText('Draft')).toBeInTheDocument();
    expect(within(rows[1]).getByRole('link')).toHaveAttribute(
      'href',
      `/me/applications/${again.id}`,
    );
    expect(within(rows[2]).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(rows[2]).getByText('MD-2027-000042')).toBeInTheDocument();
  });
});
