import { describe, expect, it } from 'vitest';
import {
  bucketFor,
  bucketSpan,
  dayScale,
  histogram,
  playStart,
  playStep,
} from '../../src/timeline/histogram';

const day = (date: string, alignment = 0, engagement = 0, hostility = 0, role = 0) => ({
  date,
  alignment,
  engagement,
  hostility,
  role,
});

describe('evidence histogram', () => {
  it('chooses days, weeks or months by the span of the data', () => {
    expect(bucketFor('2025-11-03', '2025-11-12')).toBe('day');
    expect(bucketFor('2025-01-01', '2025-12-31')).toBe('week');
    expect(bucketFor('2019-01-01', '2025-12-31')).toBe('month');
  });

  it('bounds ISO weeks Monday to Sunday and months by their days', () => {
    expect(bucketSpan('2025-11-05', 'week')).toEqual({ start: '2025-11-03', end: '2025-11-09' });
    expect(bucketSpan('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(bucketSpan('2025-11-05', 'day')).toEqual({ start: '2025-11-05', end: '2025-11-05' });
  });

  it('keeps empty buckets between dated ones and leaves roles out of the ties', () => {
    const bars = histogram([day('2025-11-03', 1, 2, 3, 9), day('2025-11-06', 0, 0, 1)], 'day');
    expect(bars.map((bar) => bar.start)).toEqual(['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06']);
    expect(bars[0]).toMatchObject({ alignment: 1, engagement: 2, hostility: 3, total: 6 });
    expect(bars[1]!.total).toBe(0);
    const weeks = histogram([day('2025-11-03', 1), day('2025-11-09', 1), day('2025-11-10', 1)], 'week');
    expect(weeks.map((bar) => [bar.start, bar.total])).toEqual([
      ['2025-11-03', 2],
      ['2025-11-10', 1],
    ]);
    expect(histogram([], 'day')).toEqual([]);
  });

  it('maps days to x and back over whole days', () => {
    const scale = dayScale('2025-11-03', '2025-11-12', 100);
    expect(scale.x(scale.first)).toBe(0);
    expect(scale.x(scale.end)).toBe(100);
    expect(scale.dayAt(15)).toBe(scale.first + 1);
    expect(scale.dayAt(-5)).toBe(scale.first);
    expect(scale.dayAt(500)).toBe(scale.end - 1);
  });

  it('plays a window from the first day, one bucket a step, until it reaches the last day', () => {
    expect(playStart(null, null, '2025-11-03', 'day')).toEqual({ since: '2025-11-03', until: '2025-11-03' });
    const start = playStart('2025-11-07', '2025-11-08', '2025-11-03', 'day');
    expect(start).toEqual({ since: '2025-11-03', until: '2025-11-04' });
    expect(playStep(start, '2025-11-12', 'day')).toEqual({ since: '2025-11-04', until: '2025-11-05' });
    expect(playStep({ since: '2025-11-11', until: '2025-11-12' }, '2025-11-12', 'day')).toBeNull();
    expect(playStep({ since: '2025-11-05', until: '2025-11-09' }, '2025-12-31', 'week')).toEqual({
      since: '2025-11-10',
      until: '2025-11-14',
    });
  });
});
