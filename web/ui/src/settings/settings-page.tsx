import { useSession } from '../auth/session.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { AccessTokens } from './access-tokens.tsx';
import { AuditLog } from './audit-log.tsx';
import { CalendarFeed } from './calendar-feed.tsx';
import { ChangePassword } from './change-password.tsx';
import { JobBoardKeys } from './job-board-keys.tsx';
import { ProfileEditor } from './profile-editor.tsx';
import { Sessions } from './sessions.tsx';
import { UsageReport } from './usage-report.tsx';
import { YourData } from './your-data.tsx';

/** The user's preferences, usage and cost, access tokens, and account. */
export function SettingsPage() {
  usePageTitle('Settings');
  const { user, signOut } = useSession();
  return (
    <section>
      <h1>Settings</h1>
      <ProfileEditor />
      <UsageReport />
      <AccessTokens />
      <CalendarFeed />
      <JobBoardKeys />
      <div className="two-columns">
        <ChangePassword />
        <section className="panel" aria-labelledby="account-heading">
          <h2 id="account-heading">Account</h2>
          <p>
            Signed in as <strong>{user.email}</strong>.
          </p>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </section>
      </div>
      <Sessions />
      <YourData />
      <AuditLog />
    </section>
  );
}
