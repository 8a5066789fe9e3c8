import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import { mockApi, problem, requestsOf } from '../../test/api';
import { countries, page, tartu } from '../../test/data';
import { renderPage } from '../../test/render';
import { PartnerDirectoryPage } from './PartnerDirectoryPage';

const { contacts, notes, ...publicTartu } = tartu;

describe('the public partner directory', () => {
  it('lists partners with name, code, city, country and website', async () => {
    const markup = { ...publicTartu, id: 'other', name: '<b>Bold</b> University', otherNames: {} };
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': page([publicTartu, markup]),
    });
    renderPage(<PartnerDirectoryPage />);

    expect(await screen.findByText('University of Tartu')).toBeInTheDocument();
    expect(screen.getByText('Tartu Ülikool')).toBeInTheDocument();
    expect(screen.getAllByText('EE TARTU02')).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /ut\.ee/ })[0]).toHaveAttribute(
      'href',
      'https://ut.ee',
    );
    expect(within(screen.getByRole('table')).getAllByText('Estonia')).toHaveLength(2);
    expect(screen.getByText('Partners found: 2')).toBeInTheDocument();
    expect(screen.getByText('<b>Bold</b> University')).toBeInTheDocument();
  });

  it('names countries in the interface language', async () => {
    await i18n.changeLanguage('ru');
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': page([publicTartu]),
    });
    renderPage(<PartnerDirectoryPage />);
    expect(await screen.findByText('Тартуский университет')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('Эстония')).toBeInTheDocument();
  });

  it('searches as the visitor types, without a request per keystroke', async () => {
    const fetch = mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': (request) =>
        new URL(request.url).searchParams.get('q')
          ? Response.json(page([]))
          : Response.json(page([publicTartu])),
    });
    renderPage(<PartnerDirectoryPage />);
    await screen.findByText('University of Tartu');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zilinska');

    expect(await screen.findByText('No partner matches “zilinska”')).toBeInTheDocument();
    const searches = requestsOf(fetch).filter((request) => request.includes('q='));
    expect(searches).toEqual(['GET /api/v1/institutions?q=zilinska&sort=name&page=0&size=20']);
  });

  it('says what went wrong and retries on request', async () => {
    let calls = 0;
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': () =>
        ++calls === 1 ? problem(503, 'Service Unavailable') : Response.json(page([publicTartu])),
    });
    renderPage(<PartnerDirectoryPage />);

    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('University of Tartu')).toBeInTheDocument();
  });

  it('filters by region and offers to clear the filters', async () => {
    const fetch = mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': page([]),
    });
    renderPage(<PartnerDirectoryPage />, { route: '/?region=6' });

    expect(await screen.findByText('No partner matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('6 · Central Asia');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(requestsOf(fetch)).toContain('GET /api/v1/institutions?sort=name&page=0&size=20'),
    );
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/institutions?region=6&sort=name&page=0&size=20',
    );
  });
});
