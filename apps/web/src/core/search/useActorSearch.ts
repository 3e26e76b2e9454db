/**
 * State of an actor autocomplete: the text typed, the server's answers to it (asked after a pause in
 * typing, stale answers dropped), the highlighted option and whether the list is open.
 */
import { useEffect, useRef, useState } from 'react';
import type { ActorRef } from '../../api/types';

/** Wait for a pause in typing before asking the server. */
const DEBOUNCE_MS = 150;

export function useActorSearch(
  search: (text: string, signal: AbortSignal) => Promise<ActorRef[]>,
  initialText: string,
) {
  const [text, setText] = useState(initialText);
  // The initial text can arrive late (a shared link names actors before the graph that labels them has
  // loaded): follow it until the user types something of their own.
  const lastInitialText = useRef(initialText);
  useEffect(() => {
    // Read the previous text now: React may run the updater later, after the ref has moved on.
    const previous = lastInitialText.current;
    lastInitialText.current = initialText;
    setText((current) => (current === previous ? initialText : current));
  }, [initialText]);
  const [results, setResults] = useState<ActorRef[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** The text the current results answer, so "no match" is only said once the server has replied. */
  const [answered, setAnswered] = useState('');
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setResults([]);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchRef.current(query, controller.signal).then(
        (found) => {
          if (controller.signal.aborted) return;
          setResults(found);
          setActive(0);
          setError(null);
          setAnswered(query);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setResults([]);
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const noMatch = results.length === 0 && error === null && answered !== '' && answered === text.trim();
  const expanded = open && text.trim() !== '' && (results.length > 0 || error !== null || noMatch);
  return { text, setText, results, open, setOpen, active, setActive, error, answered, noMatch, expanded };
}
