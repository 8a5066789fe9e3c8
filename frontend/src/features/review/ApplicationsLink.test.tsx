import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { ApplicationsLink } from '.';

describe('the way from a call to its applications', () => {
  it('links to the call’s applications', () => {
    renderPage(<ApplicationsLink callId="c0a1b2c3-0000-4000-8000-000000000001" />);
    expect(screen.getByRole('link', { name: 'Applications' })).toHaveAttribute(
      'href',
      '/manage/calls/c0a1b2c3-0000-4000-8000-000000000001/applications',
    );
  });
});
