/** Work under way, with a spinner that is decoration only: the words are what a screen reader hears. */
export function ProgressNote({ children }: { children: string }) {
  return (
    <p className="progress-note" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
