/**
 * Node labels that never overlap, placed by priority.
 *
 * Sigma's label grid proposes the biggest nodes of each screen cell, but two labels from neighbouring
 * cells still run into each other ("Recep Tayyip ErdoğanOrganisation of Islamic Cooperation"). So the
 * map lets sigma propose (its `defaultDrawNodeLabel` only records), then, once the frame is drawn,
 * keeps labels greedily — the focused node, then forced labels (selection, neighbourhood), then bigger
 * nodes first — dropping any whose box would overlap one already kept, and draws the kept ones with a
 * white halo so they stay legible over edges.
 */

import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EntenteSigma } from '../core/sigma';

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  box: LabelBox;
  /** Higher is placed first. */
  priority: number;
}

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** Gap kept free around each label, in pixels. */
const LABEL_MARGIN = 2;
/** Side of the buckets that index placed boxes (a little over a typical label's height). */
const BUCKET = 48;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The candidates to draw: by priority (then key, so equal priorities give the same picture every
 * time), each kept only if its box, grown by a margin, overlaps no box kept before it.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[]): T[] {
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const buckets = new Map<number, LabelBox[]>();
  const cellsOf = (box: LabelBox): number[] => {
    const cells: number[] = [];
    const x0 = Math.floor(box.x / BUCKET);
    const x1 = Math.floor((box.x + box.width) / BUCKET);
    const y0 = Math.floor(box.y / BUCKET);
    const y1 = Math.floor((box.y + box.height) / BUCKET);
    // Cantor-free key: screens are far narrower than 2^16 buckets.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cells.push(x * 65_536 + y);
    return cells;
  };
  const kept: T[] = [];
  for (const candidate of ordered) {
    const grown = {
      x: candidate.box.x - LABEL_MARGIN,
      y: candidate.box.y - LABEL_MARGIN,
      width: candidate.box.width + 2 * LABEL_MARGIN,
      height: candidate.box.height + 2 * LABEL_MARGIN,
    };
    const cells = cellsOf(grown);
    const blocked = cells.some((cell) => buckets.get(cell)?.some((box) => overlaps(box, grown)));
    if (blocked) continue;
    kept.push(candidate);
    for (const cell of cells) {
      const bucket = buckets.get(cell);
      if (bucket) bucket.push(grown);
      else buckets.set(cell, [grown]);
    }
  }
  return kept;
}

/** Placement order: the focused node, then forced labels, then size on screen. */
export function labelPriority(data: { size: number; forceLabel?: boolean; highlighted?: boolean }): number {
  return (data.highlighted ? 2_000_000 : 0) + (data.forceLabel ? 1_000_000 : 0) + data.size;
}

/** Where sigma's disc label sits: right of the node, vertically centred on it. */
export function labelBox(data: LabelData, textWidth: number, fontSize: number): LabelBox {
  return { x: data.x + data.size + 3, y: data.y - fontSize * 0.6, width: textWidth, height: fontSize * 1.2 };
}

function labelFont(settings: Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont'>): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Draw one label as sigma does, over a white halo. */
export function drawHaloLabel(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont' | 'labelColor'>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.font = labelFont(settings);
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgb(255 255 255 / 85%)';
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(data.label, x, y);
}

/** Label drawing routed through `placeLabels`: sigma's label hook collects, a listener places after each frame. */
export interface LabelPlacement {
  /** Sigma's `defaultDrawNodeLabel`: set it when the renderer is created (setting it later re-indexes the graph). */
  drawNodeLabel: ReturnType<EntenteSigma['getSettings']>['defaultDrawNodeLabel'];
  /** Places and draws the collected labels after every frame of `sigma`; returns the function that stops it. */
  attach(sigma: EntenteSigma): () => void;
}

/**
 * Node labels by priority without overlaps. Widths are measured once per label text. The hook goes into
 * the renderer's settings at creation: `setSetting` afterwards would make sigma process every node and
 * edge again before its first frame.
 */
export function createLabelPlacement(): LabelPlacement {
  const pending: { data: LabelData; settings: ReturnType<EntenteSigma['getSettings']> }[] = [];
  const widths = new Map<string, number>();
  let widthsFont = '';
  const place = (sigma: EntenteSigma) => {
    if (pending.length === 0) return;
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) {
      pending.length = 0;
      return;
    }
    const settings = pending[0]!.settings;
    const font = labelFont(settings);
    if (font !== widthsFont) {
      widths.clear();
      widthsFont = font;
    }
    context.font = font;
    const candidates: (LabelCandidate & { index: number })[] = [];
    pending.forEach(({ data }, index) => {
      if (!data.label) return;
      let width = widths.get(data.label);
      if (width === undefined) {
        width = context.measureText(data.label).width;
        widths.set(data.label, width);
      }
      candidates.push({
        key: data.key ?? data.label,
        box: labelBox(data, width, settings.labelSize),
        priority: labelPriority(data),
        index,
      });
    });
    for (const kept of placeLabels(candidates)) {
      const entry = pending[kept.index]!;
      drawHaloLabel(context, entry.data, entry.settings);
    }
    pending.length = 0;
  };
  return {
    drawNodeLabel: (_context, data, settings) => {
      pending.push({ data, settings });
    },
    attach(sigma) {
      const listener = () => place(sigma);
      sigma.on('afterRender', listener);
      return () => sigma.off('afterRender', listener);
    },
  };
}
