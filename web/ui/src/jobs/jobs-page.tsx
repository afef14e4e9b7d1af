export function JobsPage(_props: { conversationId?: string | undefined }) {
  return <h1>Jobs</h1>;
}
