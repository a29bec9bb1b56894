import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The keyboard shortcut that opens the popup, as the browser has it: null while it is read,
 * '' when none is set (the agent may have removed it, or another extension took it). */
export function useOpenShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || '');
    });
  }, []);
  return shortcut;
}
