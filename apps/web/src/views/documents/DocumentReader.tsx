/**
 * One article to read: its text with the passages that gave relations marked (hover names them, a click
 * opens the relation), the list of those relations, and removal of the article.
 */
import { RELATION_SPECS } from '@entente/core/ontology';
import { useMemo, useState } from 'react';
import { type DocumentDetail, fetchDocument, removeDocument } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { formatDate, plural } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/Panel';
import { marksOf, piecesOf } from './highlight';

/** A passage reporting hostility is marked red even if it also reports contact or alignment. */
function markPolarity(relations: DocumentDetail['relations']): string {
  for (const polarity of ['conflictual', 'cooperative'] as const) {
    if (relations.some((relation) => relation.polarity === polarity)) return polarity;
  }
  return 'neutral';
}

function relationText(relation: DocumentDetail['relations'][number]): string {
  return `${relation.source.name} ${RELATION_SPECS[relation.type].label} ${relation.target.name}`;
}

export function DocumentReader({
  documentId,
  version,
  onSelectEdge,
  onRemoved,
}: {
  documentId: string;
  version: number;
  onSelectEdge: (id: string) => void;
  onRemoved: (removedRelations: number) => void;
}) {
  const query = useQuery(`document:${documentId}`, (signal) => fetchDocument(documentId, signal), version);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const document = query.status === 'ready' ? query.data : null;
  const pieces = useMemo(
    () =>
      document ? piecesOf(document.text, marksOf(document.id, document.relations, document.text.length)) : [],
    [document],
  );

  if (query.status === 'loading' || query.status === 'idle') return <Loading what="article" />;
  if (query.status === 'error') return <ErrorMessage message={query.message} />;
  if (!document) return null;

  const remove = async () => {
    setRemoving(true);
    setRemoveError(null);
    try {
      const { removedRelations } = await removeDocument(document.id);
      onRemoved(removedRelations);
    } catch (failure) {
      setRemoveError(failure instanceof Error ? failure.message : String(failure));
      setRemoving(false);
    }
  };

  return (
    <article className="document" data-testid="document-reader">
      <h3 className="document-title">{document.title ?? 'Untitled article'}</h3>
      <p className="muted small">
        {document.source ?? 'Unknown outlet'}
        {document.publishedAt ? ` · ${formatDate(document.publishedAt)}` : ''}
        {document.url ? (
          <>
            {' · '}
            <a href={document.url} target="_blank" rel="noreferrer noopener">
              original
            </a>
          </>
        ) : null}
        {' · '}
        {plural(document.relations.length, 'relation')}
      </p>
      {document.relations.length === 0 ? (
        <p className="state state-warning" role="status">
          No relation was read in this article: nothing of it is on the map.
        </p>
      ) : null}
      <div className="document-text" data-testid="document-text">
        {pieces.map((piece, index) =>
          piece.mark ? (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text, in order, never reordered.
              key={index}
              className={`evidence-mark polarity-${markPolarity(piece.mark.relations)}`}
              title={piece.mark.relations.map(relationText).join('\n')}
              data-testid="document-mark"
            >
              {piece.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <span key={index}>{piece.text}</span>
          ),
        )}
      </div>
      {document.relations.length > 0 ? (
        <>
          <h4>Relations read in it</h4>
          <ul className="document-relations">
            {document.relations.map((relation) => (
              <li key={relation.id}>
                <button type="button" className="link" onClick={() => onSelectEdge(relation.id)}>
                  {relationText(relation)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="document-remove">
        {confirming ? (
          <>
            <p>Remove this article? Relations only it reports leave the map; others lose its evidence.</p>
            <button
              type="button"
              className="button danger"
              onClick={() => void remove()}
              disabled={removing}
              data-testid="document-remove-confirm"
            >
              {removing ? 'Removing…' : 'Remove the article'}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button secondary"
            onClick={() => setConfirming(true)}
            data-testid="document-remove"
          >
            Remove article…
          </button>
        )}
        {removeError ? (
          <p className="state state-error" role="alert" data-testid="document-remove-error">
            {removeError}
          </p>
        ) : null}
      </div>
    </article>
  );
}
