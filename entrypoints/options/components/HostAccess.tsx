import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '@/lib/planpoint/client';
import { t } from '@/lib/i18n';

/** The origin pattern to ask for, or null when the URL is the default or not a web address. */
function originPattern(baseUrl: string): string | null {
  try {
    const url = new URL(baseUrl);
    if (url.origin === new URL(DEFAULT_BASE_URL).origin) return null;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.origin}/*`;
  } catch {
    return null;
  }
}

/**
 * A custom API server (staging, the local sandbox) works when it answers CORS; one that does
 * not needs host access, which browsers only grant from a click, hence a button here. Shown only
 * once a request to it failed unanswered: a blocked request and a server that is down look the
 * same from here, and a server that answers CORS (the sandbox does) needs no permission at all.
 */
export function HostAccess({ baseUrl }: { baseUrl: string }) {
  const pattern = originPattern(baseUrl);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    setGranted(null);
    setMessage(null);
    if (pattern)
      void browser.permissions
        .contains({ origins: [pattern] })
        .then(setGranted, () => setGranted(false));
  }, [pattern]);

  if (!pattern || granted !== false) return null;

  async function request() {
    try {
      const ok = await browser.permissions.request({ origins: [pattern!] });
      setGranted(ok);
      if (!ok) setMessage(t('options.accessDenied'));
    } catch (error) {
      setMessage(
        t('options.accessRefused', [error instanceof Error ? error.message : String(error)]),
      );
    }
  }

  return (
    <div class="host-access">
      <p class="muted">{t('options.customServer')}</p>
      <button type="button" class="secondary" onClick={request}>
        {t('options.allowAccess', [new URL(baseUrl).origin])}
      </button>
      {message ? <p class="error">{message}</p> : null}
    </div>
  );
}
