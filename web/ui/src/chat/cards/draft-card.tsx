import { DraftEditor } from '../../drafts/draft-editor.tsx';
import { Link } from '../../routing.tsx';
import { countOf } from '../../shared/format.ts';
import type { DraftOutreachOutput } from '../../tool-types.ts';

/** A draft Atlas just wrote, ready to edit, copy or open in Gmail; it is also kept on the Drafts page. */
export function DraftCard({ output }: { output: DraftOutreachOutput }) {
  const { draft, rewritten, rejectedEvidence } = output;
  return (
    <section className="tool-card card" aria-label="Outreach draft">
      <h3>
        Outreach draft · <Link to="/drafts">All drafts</Link>
      </h3>
      {rewritten && <p className="fine-print">The first attempt claimed things your CV does not say, so Atlas wrote it again.</p>}
      {rejectedEvidence.length > 0 && (
        <p className="fine-print">Left out {countOf(rejectedEvidence.length, 'quote')} the model attributed to your CV that are not in it.</p>
      )}
      <DraftEditor draft={draft} />
    </section>
  );
}
