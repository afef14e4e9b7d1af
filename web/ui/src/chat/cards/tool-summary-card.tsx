import { countOf } from '../../shared/format.ts';
import { spokenToolName } from '../tool-labels.ts';

type Result = Record<string, any>;

/** One sentence for tools whose result needs no card of its own. */
function describe(name: string, output: Result): string {
  switch (name) {
    case 'importJob':
      return `${output.outcome === 'added' ? 'Imported' : output.outcome === 'updated' ? 'Updated' : 'Already had'} “${output.job?.title}” at ${output.job?.company}`;
    case 'followBoard':
      return `Following ${output.board?.company ?? output.board?.board} on ${output.board?.source}: ${output.counts?.added} new, ${output.counts?.updated} updated, ${output.counts?.closed} closed postings${
        output.counts?.unreadable ? ` (${output.counts.unreadable} could not be read)` : ''
      }`;
    case 'refreshBoards':
      return `Refreshed ${countOf(output.boards?.length ?? 0, 'board')}${
        output.boards?.some((board: Result) => board.status === 'failed') ? '; some could not be read' : ''
      }`;
    case 'listFollowedBoards':
      return `You follow ${countOf(output.boards?.length ?? 0, 'board')}`;
    case 'unfollowBoard':
      return 'Stopped following the board';
    case 'getCv':
      return output.cv ? `Read your CV (${countOf(output.cv.passages?.length ?? 0, 'passage')})` : 'You have not uploaded a CV yet';
    case 'getSearchProfile':
      return output.isEmpty ? 'Your job-search profile is empty' : 'Read your job-search profile';
    case 'rememberPreference':
      return output.changed?.length ? `Remembered in your profile: ${output.changed.join(', ')}` : 'Your profile already said so';
    case 'listSearchHistory':
      return `${countOf(output.searches?.length ?? 0, 'past search', 'past searches')}`;
    case 'deleteSearch':
      return 'Deleted the search from your history';
    default:
      return `Done: ${spokenToolName(name)}`;
  }
}

export function ToolSummaryCard({ name, output }: { name: string; output: unknown }) {
  return <p className="tool-card card tool-summary">{describe(name, (output ?? {}) as Result)}</p>;
}
