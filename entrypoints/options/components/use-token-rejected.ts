import { useEffect, useState } from 'preact/hooks';
import { syncState } from '@/lib/settings';

/** Whether Planpoint rejected the saved token at the last sync (the popup sends agents here). */
export function useTokenRejected(): boolean {
  const [rejected, setRejected] = useState(false);
  useEffect(() => {
    const update = (state: { lastError: { kind: string } | null } | null) =>
      setRejected(state?.lastError?.kind === 'unauthorized');
    void syncState.getValue().then(update);
    return syncState.watch(update);
  }, []);
  return rejected;
}
