import type { Notice } from './use-form-submit';

/** The outcome of a form: announced politely when it worked, as an alert when it did not. */
export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  const ok = notice.tone === 'ok';
  return (
    <p class={ok ? 'notice' : 'error'} role={ok ? 'status' : 'alert'}>
      {notice.text}
    </p>
  );
}
