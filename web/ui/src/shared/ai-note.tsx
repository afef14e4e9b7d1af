/** Said next to everything a model wrote (promise 22): it may be wrong, and it is the user's to check. */
export function AiNote({ children = 'AI output may be wrong; check it before you rely on it.' }: { children?: string }) {
  return <p className="ai-note">{children}</p>;
}
