/** The shapes /api/tasks answers with: listTasks's output. */
export type TaskState = 'done' | 'overdue' | 'due' | 'upcoming' | 'someday';

export interface Task {
  id: string;
  title: string;
  notes: string;
  dueOn: string | null;
  state: TaskState;
  doneAt: string | null;
  applicationId: string | null;
  contactId: string | null;
  draftId: string | null;
  suggestionKey: string | null;
}

export interface TaskSuggestion {
  key: string;
  kind: 'follow_up' | 'prepare_interview' | 'thank_you' | 'nudge';
  title: string;
  reason: string;
  dueOn: string;
  applicationId: string | null;
  draftId: string | null;
}

export interface TaskList {
  tasks: Task[];
  suggestions: TaskSuggestion[];
}
