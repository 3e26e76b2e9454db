/** The quotes behind a relation, each with its document, outlet and date. */
import type { EvidenceData } from '../api/types';
import { formatDate } from './format';

/**
 * A panel asks for the first pieces of a relation's evidence (`evidence(first: …)` in the RelationFields
 * fragment): a pair a large corpus reports thousands of times would be a page of thousands of quotes.
 */
export function EvidenceList({ evidence, total }: { evidence: EvidenceData[]; total: number }) {
  if (evidence.length === 0) return <p className="muted">No evidence recorded.</p>;
  const more = total - evidence.length;
  return (
    <>
      <ul className="evidence">
        {evidence.map((item) => {
          const { document } = item;
          const title = document.title || document.id;
          const date = formatDate(item.date ?? document.publishedAt);
          return (
            <li key={`${document.id}:${item.quote}`} className="evidence-item">
              <blockquote>“{item.quote}”</blockquote>
              {item.about ? (
                <p className="evidence-about">
                  About: <q>{item.about}</q>
                </p>
              ) : null}
              <p className="evidence-meta">
                {document.url ? (
                  <a href={document.url} target="_blank" rel="noreferrer noopener">
                    {title}
                  </a>
                ) : (
                  <span className="evidence-title">{title}</span>
                )}
                {document.source ? <span> · {document.source}</span> : null}
                {date ? <span> · {date}</span> : null}
              </p>
            </li>
          );
        })}
      </ul>
      {more > 0 ? (
        <p className="muted" data-testid="evidence-more">
          The first {evidence.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} pieces of
          evidence; every one is in the GEXF export and in each document's reader.
        </p>
      ) : null}
    </>
  );
}
