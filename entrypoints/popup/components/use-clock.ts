import { useEffect, useState } from 'preact/hooks';

/** How often the clock ticks: "Updated 3 min ago" is never more than half a minute behind. */
const TICK_MS = 30_000;

/** The current time, ticking every 30 seconds while the popup is open. */
export function useClock(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
