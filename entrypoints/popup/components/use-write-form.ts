import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { UNCONFIRMED_CHANGE, type Outcome } from '@/lib/messages';
import type { FieldProblem } from './unit-form';

/**
 * What every write form of the popup does alike: focus on its first field when it opens, the
 * field to fix when a check fails, Escape to cancel (without also leaving the view behind it),
 * one write at a time, and Planpoint's refusal in a sentence.
 */
export function useWriteForm(onCancel: () => void) {
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const focusField = (name: string) =>
    form.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  /** Sends one write unless one is in flight; true when Planpoint did it. */
  async function send(
    write: () => Promise<Outcome<object>>,
    notDone: (reason: string) => string,
  ): Promise<boolean> {
    if (busy) return false;
    setError(null);
    setBusy(true);
    const answer = await write();
    setBusy(false);
    if (answer.ok) return true;
    // An unanswered write may have been done: its sentence says so, without "Not saved".
    const unconfirmed = answer.error.kind === UNCONFIRMED_CHANGE;
    setError(unconfirmed ? answer.error.message : notDone(answer.error.message));
    return false;
  }

  return { form, busy, error, setError, focusField, onKeyDown, send };
}

/** The sentence for a field's problem, naming the field. */
export function problemText(problem: FieldProblem['problem'], label: string): string {
  switch (problem) {
    case 'required':
      return t('edit.required', [label]);
    case 'not-a-number':
      return t('edit.notANumber', [label]);
    case 'negative':
      return t('edit.negative', [label]);
  }
}
