/** Chat without a model: what the server said, and where the setting lives. */
export function ModelNotConfigured({ message }: { message: string }) {
  return (
    <div className="notice" role="alert">
      <h2>Chat needs a model key</h2>
      <p>{/[.!?]$/.test(message) ? message : `${message}.`}</p>
      <p>
        Get a Gemini key from Google AI Studio (aistudio.google.com), or run a local model (Ollama, llama.cpp, vLLM). Everything else in
        Atlas — your pipeline, jobs, CV, drafts and settings — works without one.
      </p>
    </div>
  );
}
