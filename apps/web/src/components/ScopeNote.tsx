/** Says that a panel reads within the map's filter, and which, so a count is never taken for the whole corpus. */
export function ScopeNote({ caption }: { caption: string | null }) {
  if (!caption) return null;
  return (
    <p className="scope-note" data-testid="panel-scope">
      Within the map’s filter: {caption}
    </p>
  );
}
