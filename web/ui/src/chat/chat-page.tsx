export function ChatPage(_props: { conversationId?: string | undefined }) {
  return <h1>Chat</h1>;
}
