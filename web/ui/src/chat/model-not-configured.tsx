/** Chat without a model: the two ways to add one, in the settings Atlas reads at start-up. */
export function ModelNotConfigured() {
  return (
    <div className="notice" role="alert">
      <h2>Chat needs a model</h2>
      <p>Add one of these to Atlas's .env file and restart Atlas:</p>
      <ul>
        <li>
          a Gemini key from Google AI Studio (aistudio.google.com) as <code>GOOGLE_GENERATIVE_AI_API_KEY</code>, or
        </li>
        <li>
          a local model server that speaks OpenAI's API (Ollama, llama.cpp, vLLM): <code>ATLAS_MODEL_PROVIDER=openai-compatible</code>,{' '}
          <code>OPENAI_COMPATIBLE_BASE_URL</code> (e.g. http://localhost:11434/v1) and <code>ATLAS_CHAT_MODEL</code> (e.g. qwen3:8b).
        </li>
      </ul>
      <p>
        Until then your pipeline, job search, CV and settings work as usual; chat and writing drafts need the model.
      </p>
    </div>
  );
}
