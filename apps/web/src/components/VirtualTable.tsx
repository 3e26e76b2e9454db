/**
 * A sortable, filterable table that renders only the rows in view (fixed row height), so thousands of
 * actors or relations scroll smoothly. Sorting is by a column's key, ties kept in the given order.
 */
import { type ReactNode, useMemo, useRef, useState } from 'react';

export interface Column<T> {
  id: string;
  label: string;
  /** What the column shows. */
  render: (row: T) => ReactNode;
  /** What it sorts by; a column without one does not sort. */
  sortValue?: (row: T) => number | string;
  numeric?: boolean;
  width?: string;
}

const ROW_HEIGHT = 30;
/** Rows drawn beyond each edge of the viewport, so fast scrolling does not flash empty space. */
const OVERSCAN = 8;

export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  onRowClick,
  initialSort,
  height = 420,
  label,
  testId,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowClick: (row: T) => void;
  initialSort: { column: string; descending: boolean };
  height?: number;
  label: string;
  testId?: string;
}) {
  const [sort, setSort] = useState(initialSort);
  const [scrollTop, setScrollTop] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort.column);
    if (!column?.sortValue) return rows;
    const value = column.sortValue;
    const direction = sort.descending ? -1 : 1;
    return rows
      .map((row, index) => ({ row, index, key: value(row) }))
      .sort((x, y) => (x.key < y.key ? -direction : x.key > y.key ? direction : x.index - y.index))
      .map(({ row }) => row);
  }, [rows, columns, sort]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(sorted.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const template = columns.map((c) => c.width ?? 'minmax(0, 1fr)').join(' ');

  return (
    // biome-ignore lint/a11y/useSemanticElements: rows are positioned absolutely for virtualisation, which table layout does not allow; the ARIA table roles keep the semantics.
    <div
      className="vtable"
      role="table"
      aria-label={label}
      aria-rowcount={sorted.length + 1}
      data-testid={testId}
    >
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the header row of the ARIA table above; its sort buttons take the focus. */}
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((column) => {
          const active = sort.column === column.id;
          return (
            // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: a header cell of the ARIA table; its sort button takes the focus.
            <div
              key={column.id}
              role="columnheader"
              aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              className={column.numeric ? 'numeric' : undefined}
            >
              {column.sortValue ? (
                <button
                  type="button"
                  className="vtable-sort"
                  onClick={() =>
                    setSort({
                      column: column.id,
                      descending: active ? !sort.descending : Boolean(column.numeric),
                    })
                  }
                >
                  {column.label}
                  {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
                </button>
              ) : (
                column.label
              )}
            </div>
          );
        })}
      </div>
      <div
        className="vtable-body"
        ref={body}
        style={{ height }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: sorted.length * ROW_HEIGHT, position: 'relative' }}>
          {sorted.slice(first, last).map((row, offset) => (
            // biome-ignore lint/a11y/useSemanticElements: positioned absolutely for virtualisation (see the table above).
            <div
              key={rowKey(row)}
              role="row"
              aria-rowindex={first + offset + 2}
              tabIndex={0}
              className="vtable-row"
              style={{
                top: (first + offset) * ROW_HEIGHT,
                height: ROW_HEIGHT,
                gridTemplateColumns: template,
              }}
              onClick={() => onRowClick(row)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onRowClick(row);
                }
              }}
              data-testid="vtable-row"
            >
              {columns.map((column) => (
                // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA table (see above).
                <div key={column.id} role="cell" className={column.numeric ? 'numeric' : undefined}>
                  {column.render(row)}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
