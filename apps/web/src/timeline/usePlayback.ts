/**
 * Play: the date window steps through the data one bucket at a time, so the map and the panels replay
 * how ties formed. Stops at the last day, on pause, or when the user picks a range.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type DateWindow, type HistogramBucket, playStart, playStep } from './histogram';

/** Long enough for the map and an open panel to catch up with each step. */
export const PLAY_STEP_MS = 900;

export function usePlayback({
  since,
  until,
  first,
  last,
  bucket,
  onWindow,
  onStep = onWindow,
}: {
  since: string | null;
  until: string | null;
  first: string | null;
  last: string | null;
  bucket: HistogramBucket;
  onWindow: (window: DateWindow) => void;
  onStep?: (window: DateWindow) => void;
}) {
  const [playing, setPlaying] = useState(false);
  const window = useRef<DateWindow | null>(null);
  const onWindowRef = useRef(onWindow);
  onWindowRef.current = onWindow;
  const onStepRef = useRef(onStep);
  onStepRef.current = onStep;

  // The first window is the user's action (one history entry); the steps after it rewrite that entry.
  const play = useCallback(() => {
    if (!first || !last) return;
    const start = playStart(since, until, first, bucket);
    window.current = start;
    onWindowRef.current(start);
    setPlaying(true);
  }, [since, until, first, last, bucket]);
  const pause = useCallback(() => setPlaying(false), []);

  useEffect(() => {
    if (!playing || !last) return;
    const timer = setInterval(() => {
      const next = window.current ? playStep(window.current, last, bucket) : null;
      if (!next) {
        setPlaying(false);
        return;
      }
      window.current = next;
      onStepRef.current(next);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last, bucket]);

  // A range set by hand (brush, date boxes) takes over from the play-through.
  useEffect(() => {
    if (!playing || !window.current) return;
    if (since !== window.current.since || until !== window.current.until) setPlaying(false);
  }, [playing, since, until]);

  return { playing, play, pause };
}
