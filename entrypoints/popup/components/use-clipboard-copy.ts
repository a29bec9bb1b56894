import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** How long "Copied …" stays. */
export const COPY_NOTICE_MS = 4_000;

/** What to say once the copy is done, and how to describe a refusal's error. */
export interface CopyWording {
  copied: string;
  failure: (error: unknown) => string;
}

/**
 * Puts text on the clipboard and keeps the line that says how it went ("Copied unit 801.", or
 * why the browser refused), with what the copy was `of` (a caller that needs it names it), so the
 * caller can show the line only while that still holds.
 */
export function useClipboardCopy<Of = void>(): [
  copied: { of: Of; text: string } | null,
  copy: (content: string | RichText, wording: CopyWording, of: Of) => Promise<void>,
] {
  const [copied, setCopied] = useState<{ of: Of; text: string } | null>(null);
  // The line is a short notice: it goes away by itself, unless a newer copy replaced it.
  const say = (notice: { of: Of; text: string }) => {
    setCopied(notice);
    setTimeout(() => setCopied((now) => (now === notice ? null : now)), COPY_NOTICE_MS);
  };
  async function copy(content: string | RichText, wording: CopyWording, of: Of) {
    try {
      await write(content);
      say({ of, text: wording.copied });
    } catch (error) {
      say({ of, text: t('popup.copyFailed', [wording.failure(error)]) });
    }
  }
  return [copied, copy];
}

/** Markup for editors that paste it (mail clients), and the same in plain text for the rest. */
export interface RichText {
  html: string;
  text: string;
}

function write(content: string | RichText): Promise<void> {
  if (typeof content === 'string') return navigator.clipboard.writeText(content);
  const item = new ClipboardItem({
    'text/html': new Blob([content.html], { type: 'text/html' }),
    'text/plain': new Blob([content.text], { type: 'text/plain' }),
  });
  return navigator.clipboard.write([item]);
}
