import { describe, expect, it } from 'vitest';
import { isFiltered, parseReviewListParams, toReviewListQuery } from './listParams';

const PARTNER = '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0001';

describe('the review list parameters', () => {
  it('reads known values from the address and drops the rest', () => {
    const params = parseReviewListParams(
      new URLSearchParams(
        `status=WITHDRAWN&partnerId=${PARTNER}&eligibility=INELIGIBLE&q=%20aizada%20&sort=-name&page=4`,
      ),
    );
    expect(params).toEqual({
      q: ' aizada ',
      status: 'WITHDRAWN',
      partnerId: PARTNER,
      eligibility: 'INELIGIBLE',
      sort: '-name',
      page: 4,
    });
    expect(toReviewListQuery(params)).toEqual({
      q: 'aizada',
      status: 'WITHDRAWN',
      partnerId: PARTNER,
      eligibility: 'INELIGIBLE',
      sort: '-name',
      page: 3,
      size: 20,
    });
    expect(isFiltered(params)).toBe(true);

    const wrong = parseReviewListParams(
      new URLSearchParams('status=DRAFT&partnerId=42&eligibility=maybe&sort=submittedAt&page=-1'),
    );
    expect(wrong).toEqual({
      q: '',
      status: null,
      partnerId: null,
      eligibility: null,
      sort: null,
      page: 1,
    });
    expect(isFiltered(wrong)).toBe(false);
    expect(isFiltered({ ...wrong, q: '   ', sort: '-name' })).toBe(false);
  });
});
