// Wiring only: every listener is registered synchronously, before any await, because the MV3
// service worker is restarted on events and only listeners present at start-up receive them.
import { browser } from 'wxt/browser';
import { handlers } from '@/lib/background/handlers';
import { isOwnPage } from '@/lib/background/guard';
import { clearStaleSyncState, runSync } from '@/lib/background/sync-runner';
import { isEnvelope, type MessageType } from '@/lib/messages';

const REFRESH_ALARM = 'refresh-catalog';
const REFRESH_PERIOD_MINUTES = 30;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnPage(sender) || !isEnvelope(message) || !(message.type in handlers)) {
      return undefined;
    }
    const handle = handlers[message.type as MessageType] as (payload: unknown) => Promise<unknown>;
    return handle(message.payload);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void runSync();
  });

  void clearStaleSyncState();
  void ensureRefreshAlarm();
});

/** Alarms survive worker restarts but not every browser restart (Firefox): recreate if gone. */
async function ensureRefreshAlarm(): Promise<void> {
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  }
}
