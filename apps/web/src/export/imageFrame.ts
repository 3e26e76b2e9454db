/**
 * The frame around an exported map image: a title and the filter caption above it, the legend and the
 * source credit below, so a picture pasted into a report still says what it shows and where it comes
 * from. Pure canvas drawing: the caller supplies the map and the words.
 */
import type { LegendSection } from '../core/appearance/legend';

export interface ImageFrame {
  title: string;
  /** What is shown: counts and the filters in force. */
  caption: string;
  legend: LegendSection[];
  /** Where the data comes from. */
  credit: string;
}

/** Where the frame put things, in output pixels (tests read the legend region from it). */
export interface FrameLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number; height: number };
}

const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
const TEXT = '#1f2933';
const MUTED = '#6b7684';
const RULE = '#e3e6eb';

/** Words of `text` broken into lines no wider than `width`. */
export function wrapText(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function itemText(item: LegendSection['items'][number]): string {
  return item.detail ? `${item.label} ${item.detail}` : item.label;
}

interface Measured {
  section: LegendSection;
  width: number;
  height: number;
}

/**
 * Draw `map` (already rendered, `scale` output pixels per CSS pixel) inside the frame and return the
 * new canvas with where its parts went.
 */
export function frameImage(
  map: HTMLCanvasElement,
  frame: ImageFrame,
  scale = 1,
): { canvas: HTMLCanvasElement; layout: FrameLayout } {
  const px = (value: number) => Math.round(value * scale);
  const width = map.width;
  const pad = px(20);
  const inner = width - 2 * pad;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('This browser cannot draw an image of the graph.');

  // Header: title, then the caption wrapped to the width.
  measure.font = `600 ${px(20)}px ${FONT}`;
  const titleHeight = px(28);
  measure.font = `400 ${px(13)}px ${FONT}`;
  const captionLines = wrapText(measure, frame.caption, inner);
  const captionLine = px(18);
  const headerHeight = pad + titleHeight + captionLines.length * captionLine + px(10);

  // Legend: sections side by side, wrapping to new rows when the width runs out.
  const rowHeight = px(18);
  const swatch = px(18);
  const measured: Measured[] = frame.legend.map((section) => {
    measure.font = `600 ${px(11)}px ${FONT}`;
    let sectionWidth = measure.measureText(section.title.toUpperCase()).width;
    measure.font = `400 ${px(12)}px ${FONT}`;
    for (const item of section.items)
      sectionWidth = Math.max(sectionWidth, swatch + px(6) + measure.measureText(itemText(item)).width);
    for (const note of section.notes) sectionWidth = Math.max(sectionWidth, measure.measureText(note).width);
    const lines = 1 + section.items.length + section.notes.length;
    return { section, width: Math.ceil(sectionWidth), height: lines * rowHeight };
  });
  const gap = px(28);
  const rows: Measured[][] = [];
  let rowWidth = 0;
  for (const entry of measured) {
    const row = rows.at(-1);
    if (row && rowWidth + gap + entry.width <= inner) {
      row.push(entry);
      rowWidth += gap + entry.width;
    } else {
      rows.push([entry]);
      rowWidth = entry.width;
    }
  }
  const rowHeights = rows.map((row) => Math.max(...row.map((entry) => entry.height)));
  const legendHeight = rowHeights.reduce((sum, h) => sum + h, 0) + Math.max(0, rows.length - 1) * px(10);
  measure.font = `400 ${px(12)}px ${FONT}`;
  const creditLines = wrapText(measure, frame.credit, inner);
  const footerHeight = px(14) + legendHeight + px(12) + creditLines.length * px(16) + pad;

  canvas.width = width;
  canvas.height = headerHeight + map.height + footerHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image of the graph.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';

  context.fillStyle = TEXT;
  context.font = `600 ${px(20)}px ${FONT}`;
  context.fillText(frame.title, pad, pad + px(20));
  context.fillStyle = MUTED;
  context.font = `400 ${px(13)}px ${FONT}`;
  captionLines.forEach((line, i) => {
    context.fillText(line, pad, pad + titleHeight + (i + 1) * captionLine - px(4));
  });

  const mapY = headerHeight;
  context.drawImage(map, 0, mapY);
  context.fillStyle = RULE;
  context.fillRect(0, mapY - 1, width, 1);
  context.fillRect(0, mapY + map.height, width, 1);

  const legendY = mapY + map.height + px(14);
  let y = legendY;
  rows.forEach((row, r) => {
    let x = pad;
    for (const { section, width: sectionWidth } of row) {
      let line = y + px(12);
      context.fillStyle = MUTED;
      context.font = `600 ${px(11)}px ${FONT}`;
      context.fillText(section.title.toUpperCase(), x, line);
      context.font = `400 ${px(12)}px ${FONT}`;
      for (const item of section.items) {
        line += rowHeight;
        context.fillStyle = item.color;
        if (item.shape === 'line') context.fillRect(x, line - px(6), swatch, px(3));
        else {
          context.beginPath();
          context.arc(x + swatch / 2, line - px(4.5), px(5), 0, Math.PI * 2);
          context.fill();
        }
        context.fillStyle = TEXT;
        context.fillText(itemText(item), x + swatch + px(6), line);
      }
      context.fillStyle = MUTED;
      for (const note of section.notes) {
        line += rowHeight;
        context.fillText(note, x, line);
      }
      x += sectionWidth + gap;
    }
    y += (rowHeights[r] ?? 0) + px(10);
  });

  context.fillStyle = MUTED;
  context.font = `400 ${px(12)}px ${FONT}`;
  const creditY = legendY + legendHeight + px(12);
  creditLines.forEach((line, i) => {
    context.fillText(line, pad, creditY + (i + 1) * px(16) - px(4));
  });

  return {
    canvas,
    layout: {
      width: canvas.width,
      height: canvas.height,
      map: { x: 0, y: mapY, width: map.width, height: map.height },
      legend: { x: pad, y: legendY, width: inner, height: legendHeight },
    },
  };
}
