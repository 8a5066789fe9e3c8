import { expect, test, type APIRequestContext } from '@playwright/test';

// The partner's side of an agreement goes through the partner API with a client-credentials token
// from the real Keycloak (the DEMO client partner-tartu, mapped to the University of Tartu in the
// demo data); the coordinator's side uses the DEMO cli client's password grant.
const KEYCLOAK = 'http://localhost:8180/realms/mobility-desk/protocol/openid-connect/token';
const HOME = '0b6f3c1e-1d2a-4c0e-9a11-000000000001';
const TARTU = '0b6f3c1e-1d2a-4c0e-9a11-000000000002';

async function token(request: APIRequestContext, form: Record<string, string>) {
  const response = await request.post(KEYCLOAK, { form });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

function flow(type: string, sending: string, receiving: string, totals: Record<string, number>) {
  return {
    mobilityType: type,
    sendingInstitutionId: sending,
    receivingInstitutionId: receiving,
    firstAcademicYear: '2028/2029',
    lastAcademicYear: '2030/2031',
    mobilitiesPerYear: 1,
    ...totals,
    subjectAreas: [{ iscedCode: '0912' }],
    languageSkills: [{ language: 'en', cefrLevel: 'B2' }],
  };
}

test('the partner approves a signed agreement through the API and it is in force', async ({
  request,
}) => {
  const coordinator = {
    Authorization: `Bearer ${await token(request, { grant_type: 'password', client_id: 'cli', username: 'coordinator', password: 'coordinator' })}`,
  };
  const partner = {
    Authorization: `Bearer ${await token(request, {
      grant_type: 'client_credentials',
      client_id: 'partner-tartu',
      client_secret: 'DEMO-ONLY-partner-tartu-secret-not-for-production',
    })}`,
  };

  const created = await request.post('/api/v1/agreements', {
    headers: coordinator,
    data: {
      partnerInstitutionId: TARTU,
      firstAcademicYear: '2028/2029',
      lastAcademicYear: '2030/2031',
      notes: 'Internal note the partner never sees',
      flows: [
        flow('STUDENT_STUDIES', HOME, TARTU, { totalMonthsPerYear: 5 }),
        flow('STAFF_TEACHING', TARTU, HOME, { totalDaysPerYear: 5 }),
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { id, contentHash } = (await created.json()) as { id: string; contentHash: string };
  const signed = await request.post(`/api/v1/agreements/${id}/sign`, {
    headers: coordinator,
    data: { version: 0 },
  });
  expect(signed.status()).toBe(200);

  const seen = await request.get(`/api/v1/partner/agreements/${id}`, { headers: partner });
  expect(seen.status()).toBe(200);
  const agreement = (await seen.json()) as { status: string; contentHash: string; notes?: string };
  expect(agreement).toMatchObject({ status: 'SIGNED_BY_HOME', contentHash });
  expect(agreement.notes).toBeUndefined();

  const forged = await request.post(`/api/v1/partner/agreements/${id}/approve`, {
    headers: partner,
    data: { hash: '0'.repeat(64) },
  });
  expect(forged.status()).toBe(409);
  expect(await forged.json()).toMatchObject({
    currentHash: contentHash,
    currentStatus: 'SIGNED_BY_HOME',
  });

  const approved = await request.post(`/api/v1/partner/agreements/${id}/approve`, {
    headers: partner,
    data: { hash: contentHash },
  });
  expect(approved.status()).toBe(200);
  expect(await approved.json()).toMatchObject({ status: 'IN_FORCE', contentHash });

  const now = await request.get(`/api/v1/agreements/${id}`, { headers: coordinator });
  expect(await now.json()).toMatchObject({
    status: 'IN_FORCE',
    notes: 'Internal note the partner never sees',
  });
  const pdf = await request.get(`/api/v1/agreements/${id}/pdf`, {
    headers: { ...coordinator, Accept: 'application/pdf' },
  });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const notifications = await request.get(`/api/v1/notifications?subjectId=${id}`, {
    headers: coordinator,
  });
  const types = ((await notifications.json()) as { items: { type: string }[] }).items.map(
    (item) => item.type,
  );
  expect(types.sort()).toEqual(['agreement.approve', 'agreement.sign']);
});
