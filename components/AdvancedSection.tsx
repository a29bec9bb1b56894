import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/**
 * "Advanced": what most agents never need (the API token, the server, the viewer lookup) under a
 * disclosure, open from the start when something in it is already set or must show first.
 */
export function AdvancedSection({
  openAtFirst,
  children,
}: {
  openAtFirst: boolean;
  children: ComponentChildren;
}) {
  // The agent's own opening and closing is kept; only the first render follows `openAtFirst`.
  const [open, setOpen] = useState(openAtFirst);
  return (
    <details class="advanced" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('connect.advanced')}</summary>
      {children}
    </details>
  );
}
