import { useEffect } from 'react';
import { BriefingsPage } from './briefings/briefings-page.tsx';
import { ChatPage } from './chat/chat-page.tsx';
import { CvPage } from './cv/cv-page.tsx';
import { DraftsPage } from './drafts/drafts-page.tsx';
import { IntegrationsPage } from './integrations/integrations-page.tsx';
import { JobsPage } from './jobs/jobs-page.tsx';
import { PipelinePage } from './pipeline/pipeline-page.tsx';
import { InsightsPage } from './insights/insights-page.tsx';
import { PeoplePage } from './people/people-page.tsx';
import { PracticePage } from './practice/practice-page.tsx';
import { ResumesPage } from './resumes/resumes-page.tsx';
import { navigate, useLocation } from './routing.tsx';
import { SettingsPage } from './settings/settings-page.tsx';
import { firstPage } from './start/first-page.ts';
import { GetStartedPage } from './start/get-started-page.tsx';
import { TasksPage } from './tasks/tasks-page.tsx';

/** The page for the current path; the first path segment names the section. */
export function Pages() {
  const { pathname } = useLocation();
  const [, section, id] = pathname.split('/');

  useEffect(() => {
    // A new account starts on the first-run path; anyone with a CV or preferences, in chat. Someone
    // who followed a link while Atlas was deciding stays where they went.
    if (!section)
      void firstPage().then((path) => {
        if (window.location.pathname === '/') navigate(path, { replace: true });
      });
  }, [section]);

  switch (section) {
    case 'chat':
      return <ChatPage conversationId={id} />;
    case 'pipeline':
      return <PipelinePage />;
    case 'tasks':
      return <TasksPage />;
    case 'briefing':
      return <BriefingsPage />;
    case 'people':
      return <PeoplePage />;
    case 'insights':
      return <InsightsPage />;
    case 'jobs':
      return <JobsPage />;
    case 'cv':
      return <CvPage />;
    case 'drafts':
      return <DraftsPage />;
    case 'resumes':
      return <ResumesPage resumeId={id} />;
    case 'practice':
      return <PracticePage practiceId={id} />;
    case 'integrations':
      return <IntegrationsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'start':
      return <GetStartedPage />;
    case undefined:
    case '':
      return null;
    default:
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            There is no page at {pathname}. <a href="/chat">Go to chat</a>.
          </p>
        </section>
      );
  }
}
