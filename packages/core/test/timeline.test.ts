import { describe, expect, it } from 'vitest';
import { bucketOf } from '../src/analytics/index.js';

describe('timeline buckets', () => {
  it('puts a date in its ISO week (Monday to Sunday) and its calendar month', () => {
    expect(bucketOf('2025-11-05', 'week')).toEqual({ start: '2025-11-03', end: '2025-11-09' });
    expect(bucketOf('2025-11-09', 'week')).toEqual({ start: '2025-11-03', end: '2025-11-09' });
    expect(bucketOf('2024-12-31', 'week')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(bucketOf('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(bucketOf('2025-12-31T23:00:00Z', 'month')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
  });
});
