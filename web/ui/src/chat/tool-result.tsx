import { ApplicationListCard } from './cards/application-list-card.tsx';
import { ApplicationChangeCard } from './cards/application-change-card.tsx';
import { DraftCard } from './cards/draft-card.tsx';
import { JobResultsCard } from './cards/job-results-card.tsx';
import { MatchBreakdownCard } from './cards/match-breakdown-card.tsx';
import { ToolSummaryCard } from './cards/tool-summary-card.tsx';
import type {
  DraftOutreachOutput,
  ListApplicationsOutput,
  SaveJobOutput,
  ScoreMatchOutput,
  SearchJobsInput,
  SearchJobsOutput,
  UpdateApplicationOutput,
} from '../tool-types.ts';

/** A finished tool call as a card the user can read and act on; never raw JSON. */
export function ToolResult({ name, input, output }: { name: string; input: unknown; output: unknown }) {
  switch (name) {
    case 'searchJobs':
      return <JobResultsCard input={input as SearchJobsInput} output={output as SearchJobsOutput} />;
    case 'scoreMatch':
      return <MatchBreakdownCard output={output as ScoreMatchOutput} />;
    case 'draftOutreach':
      return <DraftCard output={output as DraftOutreachOutput} />;
    case 'listApplications':
      return <ApplicationListCard output={output as ListApplicationsOutput} />;
    case 'saveJob': {
      const { application, created } = output as SaveJobOutput;
      return <ApplicationChangeCard application={application} summary={created ? 'Saved to your pipeline' : 'Already in your pipeline'} />;
    }
    case 'updateApplication': {
      const { application, statusChanged } = output as UpdateApplicationOutput;
      return <ApplicationChangeCard application={application} summary={statusChanged ? `Moved to ${application.status}` : 'Updated'} />;
    }
    default:
      return <ToolSummaryCard name={name} output={output} />;
  }
}
