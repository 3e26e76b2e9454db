import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/components/Legend';

describe('Legend', () => {
  it('explains edge colours and the kinds present', () => {
    render(<Legend colorMode="kind" kinds={['state', 'person']} communities={[]} />);
    for (const text of ['alignment', 'hostility', 'contact or role', 'State', 'Person']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.queryByText('Organization')).toBeNull();
  });

  it('lists the largest communities with their sizes and sums up the rest', () => {
    const communities = [7, 5, 4, 3, 2, 1, 1].map((size, id) => ({ id, size }));
    render(<Legend colorMode="community" kinds={[]} communities={communities} />);
    expect(screen.getByText('Communities')).toBeTruthy();
    expect(screen.getByText('(7)')).toBeTruthy();
    expect(screen.queryByText(/community 5/)).toBeNull();
    expect(screen.getByText('+2 smaller')).toBeTruthy();
  });
});
