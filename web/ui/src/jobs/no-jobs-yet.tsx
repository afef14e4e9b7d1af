import { Link } from '../routing.tsx';

/**
 * What to do when a search or "For you" finds nothing (on the Jobs page or the first-run path, so the
 * links name the Jobs page's sections in full): the catalogue fills from open job boards,
 * followed company boards and imported links, and a CV makes the ranking personal.
 */
export function NoJobsYet({ filtered }: { filtered: boolean }) {
  return (
    <div className="empty-state" role="status">
      <p>
        <strong>{filtered ? 'No job matches this search.' : 'No jobs in your catalogue yet.'}</strong>
        {filtered && ' Try fewer words or filters, or bring in more jobs:'}
      </p>
      <ul>
        <li>
          <a href="/jobs#discovery-heading">Find jobs from open job boards</a> for the roles you want (Remotive, Arbeitnow, The Muse, RemoteOK, Himalayas, Jobicy, Hacker News);
        </li>
        <li>
          <a href="/jobs#boards-heading">Follow a company's job board</a> (Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee, Personio, Teamtailor or Workday) to bring in all its open jobs;
        </li>
        <li>
          <a href="/jobs#import-heading">Import a job link</a> you found elsewhere;
        </li>
        <li>
          <Link to="/cv">Upload your CV</Link> so Atlas ranks jobs by how well you fit them, or <Link to="/start">get started</Link> step by step
          (CV, what you look for, the jobs that fit).
        </li>
      </ul>
    </div>
  );
}
