export function CvPage(_props: { conversationId?: string | undefined }) {
  return <h1>CV</h1>;
}
