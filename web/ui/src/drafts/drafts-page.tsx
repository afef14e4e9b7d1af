export function DraftsPage(_props: { conversationId?: string | undefined }) {
  return <h1>Drafts</h1>;
}
