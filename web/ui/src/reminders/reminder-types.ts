/** The shapes /api/reminders and /api/push answer with (tools/reminders/due-reminders.ts, tools/push/push-subscriptions.ts). */
export interface Reminder {
  key: string;
  kind: 'task' | 'interview';
  title: string;
  day: string;
  time: string | null;
  when: 'overdue' | 'today' | 'tomorrow';
  taskId: string | null;
  applicationId: string | null;
}

export interface PushDevice {
  id: string;
  deviceLabel: string;
  pushService: string;
  createdAt: string;
  lastSuccessAt: string | null;
  failureCount: number;
}
