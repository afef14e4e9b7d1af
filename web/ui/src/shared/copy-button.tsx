import { useState } from 'react';

/** Copies `text` to the clipboard and says whether it worked. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [outcome, setOutcome] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('Copied');
    } catch {
      setOutcome('Copying was refused; select the text and copy it yourself');
    }
  }
  return (
    <>
      <button type="button" className="secondary small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="fine-print">
        {outcome}
      </span>
    </>
  );
}
