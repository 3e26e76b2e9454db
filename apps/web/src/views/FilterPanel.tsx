/** Filters: relation type, kind of tie (polarity), actor kind, date range, minimum sources. Changes apply live. */

import { KIND_COLORS, POLARITY_COLORS } from '@entente/core/common';
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  POLARITIES,
  RELATION_SPECS,
  RELATION_TYPES,
} from '@entente/core/ontology';
import { useState } from 'react';
import { filterActions } from '../core/filters';
import { type FilterState, isFiltered, POLARITY_LABELS } from '../filters/filter';

function Check({
  checked,
  onChange,
  label,
  swatch,
  testId,
}: {
  checked: boolean;
  onChange: () => void;
  label: string;
  swatch?: string;
  testId?: string;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} data-testid={testId} />
      {swatch ? <span className="swatch" style={{ background: swatch }} aria-hidden="true" /> : null}
      <span>{label}</span>
    </label>
  );
}

export function FilterPanel({ filters }: { filters: FilterState }) {
  const [swapped, setSwapped] = useState(false);
  const setDates = (since: string | null, until: string | null) =>
    setSwapped(filterActions.setDates(since, until));
  return (
    <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Kind of tie</legend>
        {POLARITIES.map((polarity) => (
          <Check
            key={polarity}
            checked={filters.polarities.includes(polarity)}
            onChange={() => filterActions.togglePolarity(polarity, POLARITIES)}
            label={POLARITY_LABELS[polarity]}
            swatch={POLARITY_COLORS[polarity]}
            testId={`filter-polarity-${polarity}`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>
          Relation type{' '}
          <button
            type="button"
            className="link small"
            onClick={() =>
              filterActions.setTypes(
                filters.types.length === RELATION_TYPES.length ? [] : [...RELATION_TYPES],
              )
            }
          >
            {filters.types.length === RELATION_TYPES.length ? 'none' : 'all'}
          </button>
        </legend>
        <div className="check-grid">
          {RELATION_TYPES.map((type) => (
            <Check
              key={type}
              checked={filters.types.includes(type)}
              onChange={() => filterActions.toggleType(type, RELATION_TYPES)}
              label={RELATION_SPECS[type].label}
              swatch={POLARITY_COLORS[RELATION_SPECS[type].polarity]}
              testId={`filter-type-${type}`}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Actor kind</legend>
        <div className="check-grid">
          {ACTOR_KINDS.map((kind) => (
            <Check
              key={kind}
              checked={filters.kinds.includes(kind)}
              onChange={() => filterActions.toggleKind(kind, ACTOR_KINDS)}
              label={ACTOR_KIND_LABELS[kind]}
              swatch={KIND_COLORS[kind]}
              testId={`filter-kind-${kind}`}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <div className="row">
          <label className="field">
            <span>From</span>
            <input
              type="date"
              value={filters.since ?? ''}
              max={filters.until ?? undefined}
              onChange={(event) => setDates(event.target.value, filters.until)}
              data-testid="filter-since"
            />
          </label>
          <label className="field">
            <span>To</span>
            <input
              type="date"
              value={filters.until ?? ''}
              min={filters.since ?? undefined}
              onChange={(event) => setDates(filters.since, event.target.value)}
              data-testid="filter-until"
            />
          </label>
        </div>
        {swapped ? (
          <p className="field-note" role="status" data-testid="dates-swapped">
            “From” came after “To”: the dates were swapped.
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Evidence</legend>
        <label className="field inline">
          <span>At least</span>
          <input
            type="number"
            min={1}
            step={1}
            value={filters.minWeight}
            onChange={(event) => filterActions.setMinWeight(Number(event.target.value))}
            data-testid="filter-min-sources"
          />
          <span>source(s)</span>
        </label>
        <Check
          checked={filters.hideIsolated}
          onChange={() => filterActions.setHideIsolated(!filters.hideIsolated)}
          label="Hide actors without relations"
        />
      </fieldset>
      <button
        type="button"
        className="button secondary"
        disabled={!isFiltered(filters)}
        onClick={filterActions.reset}
      >
        Reset filters
      </button>
    </form>
  );
}
