import { describe, expect, it } from 'vitest';
import { ResultBudget, TEXT_CHARS_PER_UNIT } from '../src/resolvers/budget.js';

describe('ResultBudget', () => {
  it('hands lists back while the budget holds them', () => {
    const budget = new ResultBudget(5);
    expect(budget.spend([1, 2, 3])).toEqual([1, 2, 3]);
    expect(budget.spend([4, 5])).toEqual([4, 5]);
    expect(() => budget.spend([6])).toThrow(/more than 5 nested objects/);
  });

  it('counts texts by their size', () => {
    const budget = new ResultBudget(10);
    const text = 'x'.repeat(TEXT_CHARS_PER_UNIT * 10);
    expect(budget.spendText(text)).toBe(text);
    expect(() => budget.spendText('y')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_LARGE' }) }),
    );
  });
});
