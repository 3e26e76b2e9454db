/** Actor autocomplete over the API's `actors(search)`: type, pick with arrows + Enter, or click. */
import { ACTOR_KIND_LABELS } from '@entente/core/ontology';
import { useId } from 'react';
import { searchActors } from '../api/queries';
import type { ActorRef } from '../api/types';
import { useActorSearch } from '../core/search/useActorSearch';

export function SearchBox({
  label,
  placeholder = 'Search actors…',
  onChoose,
  search = searchActors,
  initialText = '',
  testId = 'search',
}: {
  label: string;
  placeholder?: string;
  onChoose: (actor: ActorRef) => void;
  search?: (text: string, signal: AbortSignal) => Promise<ActorRef[]>;
  initialText?: string;
  testId?: string;
}) {
  const id = useId();
  const { text, setText, results, open, setOpen, active, setActive, error, answered, noMatch, expanded } =
    useActorSearch(search, initialText);

  const choose = (actor: ActorRef) => {
    setText(actor.name);
    setOpen(false);
    onChoose(actor);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const actor = results[active];
      if (actor) {
        event.preventDefault();
        choose(actor);
      }
    } else if (event.key === 'Escape' && open) {
      // Close the list only; a second Escape reaches the panels.
      event.preventDefault();
      event.nativeEvent.stopImmediatePropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="search" data-testid={testId}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-option-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded ? (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern: a listbox of options.
        <ul id={listId} role="listbox" className="search-results" aria-label={`${label} results`}>
          {error ? <li className="search-error">{error}</li> : null}
          {noMatch ? <li className="search-empty">No actor matches “{answered}”.</li> : null}
          {results.map((actor, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options take focus through aria-activedescendant, not tabindex.
            <li
              key={actor.id}
              id={`${id}-option-${index}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's options.
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(actor);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span>{actor.name}</span>
              <span className="search-kind">{ACTOR_KIND_LABELS[actor.kind]}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
