/**
 * The line that says how a copy went ("Summary copied."), for a detail or the selection bar.
 * It is always in the page, empty between copies: a screen reader announces what appears in a
 * live region it already knows, and may miss one inserted with its text.
 */
export function CopyNotice({ copied }: { copied: { text: string } | null }) {
  return (
    <p class="notice copy-notice" role="status">
      {copied?.text ?? ''}
    </p>
  );
}
