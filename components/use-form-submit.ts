import { useState } from 'preact/hooks';
import type { MessageError, Outcome } from '@/lib/messages';

/** What a form says after it was sent: a confirmation, or why it did not work. */
export type Notice = { tone: 'ok' | 'error'; text: string } | null;

/**
 * A settings form's submit: busy while the background answers, then a notice. `onSuccess` does
 * what the form does with the answer and returns the confirmation to show (null: none). The
 * background's error sentence is shown as it is: it already says what to do; `onFailure` hears of
 * the failure too, for a page that offers more than the sentence (host access on Settings).
 */
export function useFormSubmit<T extends object>(
  send: () => Promise<Outcome<T>>,
  onSuccess: (answer: { ok: true } & T) => string | null,
  onFailure?: (error: MessageError) => void,
): {
  busy: boolean;
  notice: Notice;
  submit: (event: Event) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    const answer = await send();
    setBusy(false);
    if (answer.ok) {
      const text = onSuccess(answer);
      setNotice(text === null ? null : { tone: 'ok', text });
    } else {
      setNotice({ tone: 'error', text: answer.error.message });
      onFailure?.(answer.error);
    }
  }

  return { busy, notice, submit };
}
