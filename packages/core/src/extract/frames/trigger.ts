/** A trigger occurrence: tokens [start, end) of the sentence. */
export interface TriggerSpan {
  start: number;
  end: number;
}

export const DEFAULT_MAX_GAP = 8;
