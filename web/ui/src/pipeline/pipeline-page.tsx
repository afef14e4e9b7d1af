export function PipelinePage(_props: { conversationId?: string | undefined }) {
  return <h1>Pipeline</h1>;
}
