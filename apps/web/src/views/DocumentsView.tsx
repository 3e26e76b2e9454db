/** The documents tool: the list of stored articles, or one of them to read (and remove). */
import { useState } from 'react';
import { plural } from '../components/format';
import { Panel } from '../components/Panel';
import { panelActions } from '../core/panels';
import { DocumentList } from './documents/DocumentList';
import { DocumentReader } from './documents/DocumentReader';

export function DocumentsView({
  documentId,
  version,
  onSelectEdge,
  onRemoved,
  onClose,
}: {
  documentId: string | null;
  version: number;
  onSelectEdge: (id: string) => void;
  /** After a removal: the map reloads. */
  onRemoved: () => void;
  onClose: () => void;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Panel
      title="Documents"
      subtitle={documentId ? undefined : 'The articles the graph was read from.'}
      onClose={onClose}
      testId="documents"
    >
      {documentId ? (
        <>
          <button type="button" className="link small" onClick={() => panelActions.openDocument(null)}>
            ← All articles
          </button>
          <DocumentReader
            documentId={documentId}
            version={version}
            onSelectEdge={onSelectEdge}
            onRemoved={(removed) => {
              setNotice(`Article removed; ${plural(removed, 'relation')} left the map with it.`);
              panelActions.openDocument(null);
              onRemoved();
            }}
          />
        </>
      ) : (
        <>
          {notice ? (
            <p className="state state-success" role="status" data-testid="documents-notice">
              {notice}
            </p>
          ) : null}
          <DocumentList version={version} onOpen={(id) => panelActions.openDocument(id)} />
        </>
      )}
    </Panel>
  );
}
