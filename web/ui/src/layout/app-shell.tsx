import type { ReactNode } from 'react';
import { useSession } from '../auth/session.tsx';
import { Link, useLocation } from '../routing.tsx';

const sections = [
  { path: '/chat', label: 'Chat' },
  { path: '/pipeline', label: 'Pipeline' },
  { path: '/tasks', label: 'Tasks' },
  { path: '/people', label: 'People' },
  { path: '/briefing', label: 'Briefing' },
  { path: '/insights', label: 'Insights' },
  { path: '/jobs', label: 'Jobs' },
  { path: '/cv', label: 'CV' },
  { path: '/drafts', label: 'Drafts' },
  { path: '/resumes', label: 'Résumés' },
  { path: '/practice', label: 'Practice' },
  { path: '/integrations', label: 'Integrations' },
  { path: '/settings', label: 'Settings' },
];

/** The frame around every signed-in page: where you are, where you can go, and who you are. */
export function AppShell({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/chat" className="brand">
          Atlas
        </Link>
        <nav aria-label="Sections">
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <Link to={section.path} aria-current={pathname.startsWith(section.path) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="user-email" id="user-email" title={user.email}>
            {user.email}
          </span>
          <button type="button" className="secondary small" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
