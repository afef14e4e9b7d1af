import { countOf } from '../shared/format.ts';

/** The passages Atlas split the CV into, by section: what matches and drafts may quote. */
export function CvPassages({ passages }: { passages: { id: string; section: string | null; text: string }[] }) {
  return (
    <>
      <h3>Passages ({countOf(passages.length, 'passage')})</h3>
      <p className="fine-print">Matches and drafts cite these, word for word.</p>
      <ol className="card-list" aria-label="CV passages">
        {passages.map((passage) => (
          <li key={passage.id} className="card">
            {passage.section && <p className="meta">{passage.section}</p>}
            <p className="message-text">{passage.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
