import { DraftEditor } from '../../drafts/draft-editor.tsx';
import type { OutreachDraft } from '../../drafts/draft-types.ts';
import { Link } from '../../routing.tsx';

/** A draft Atlas just wrote, ready to edit, copy or open in Gmail; it is also kept on the Drafts page. */
export function DraftCard({ draft }: { draft: OutreachDraft }) {
  return (
    <section className="tool-card card" aria-label="Outreach draft">
      <h3>
        Outreach draft · <Link to="/drafts">All drafts</Link>
      </h3>
      <DraftEditor draft={draft} />
    </section>
  );
}
