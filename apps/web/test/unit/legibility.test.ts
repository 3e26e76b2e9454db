import { describe, expect, it } from 'vitest';
import { nearestPainted } from '../../src/sigma/edgePicking';
import { framingState } from '../../src/sigma/framing';
import { type LabelCandidate, labelPriority, placeLabels } from '../../src/sigma/labelPlacement';

const box = (x: number, y: number, width = 80, height = 14) => ({ x, y, width, height });

describe('label placement', () => {
  it('drops a label that would overlap one of higher priority, and keeps those that fit', () => {
    const candidates: LabelCandidate[] = [
      { key: 'small', box: box(10, 10), priority: 5 },
      { key: 'big', box: box(40, 14), priority: 20 },
      { key: 'apart', box: box(400, 10), priority: 1 },
    ];
    expect(placeLabels(candidates).map((c) => c.key)).toEqual(['big', 'apart']);
  });

  it('keeps labels that only touch within the margin apart', () => {
    const kept = placeLabels([
      { key: 'a', box: box(0, 0), priority: 2 },
      { key: 'b', box: box(0, 20), priority: 1 },
      { key: 'c', box: box(0, 15), priority: 0 },
    ]);
    expect(kept.map((c) => c.key)).toEqual(['a', 'b']);
  });

  it('places the focused node before forced labels, and forced labels before bigger nodes', () => {
    const focused = labelPriority({ size: 4, highlighted: true, forceLabel: true });
    const forced = labelPriority({ size: 4, forceLabel: true });
    const big = labelPriority({ size: 40 });
    expect(focused).toBeGreaterThan(forced);
    expect(forced).toBeGreaterThan(big);
    expect(big).toBeGreaterThan(labelPriority({ size: 10 }));
  });

  it('gives the same labels whatever order the candidates come in', () => {
    const many: LabelCandidate[] = Array.from({ length: 200 }, (_, i) => ({
      key: `n${i}`,
      box: box((i * 37) % 600, (i * 53) % 400),
      priority: i % 7,
    }));
    const once = placeLabels(many).map((c) => c.key);
    const reversed = placeLabels([...many].reverse()).map((c) => c.key);
    expect(reversed).toEqual(once);
    // No two kept boxes overlap.
    const kept = placeLabels(many);
    for (const a of kept)
      for (const b of kept) {
        if (a === b) continue;
        const overlap =
          a.box.x < b.box.x + b.box.width &&
          b.box.x < a.box.x + a.box.width &&
          a.box.y < b.box.y + b.box.height &&
          b.box.y < a.box.y + a.box.height;
        expect(overlap).toBe(false);
      }
  });
});

describe('wide edge picking', () => {
  it('takes the painted pixel nearest the pointer', () => {
    const side = 5;
    const pixels = new Uint8Array(side * side * 4);
    const paint = (column: number, row: number, index: number) => {
      const offset = (row * side + column) * 4;
      pixels[offset] = (index >> 16) & 255;
      pixels[offset + 1] = (index >> 8) & 255;
      pixels[offset + 2] = index & 255;
      pixels[offset + 3] = 255;
    };
    expect(nearestPainted(pixels, side, 2, 2)).toBeNull();
    paint(0, 0, 7);
    paint(3, 2, 300);
    expect(nearestPainted(pixels, side, 2, 2)).toBe(300);
  });
});

describe('framing', () => {
  it('fits every point in the viewport with its margin, labels room on the right', () => {
    const points = [
      { x: 0.1, y: 0.2 },
      { x: 0.9, y: 0.4 },
      { x: 0.5, y: 0.8 },
    ];
    const viewport = { width: 1000, height: 600 };
    const state = framingState(points, viewport, 500, { margin: 30, labelRoom: 100 });
    expect(state).not.toBeNull();
    const { x, y, ratio } = state!;
    const toScreen = (p: { x: number; y: number }) => ({
      x: viewport.width / 2 + ((p.x - x) * 500) / ratio,
      y: viewport.height / 2 + ((p.y - y) * 500) / ratio,
    });
    for (const point of points) {
      const s = toScreen(point);
      expect(s.x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(s.x).toBeLessThanOrEqual(viewport.width - 30 - 100 + 1e-6);
      expect(s.y).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(s.y).toBeLessThanOrEqual(viewport.height - 30 + 1e-6);
    }
    expect(framingState([], viewport, 500)).toBeNull();
  });
});
