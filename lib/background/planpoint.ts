// The background's Planpoint client, built once: it reads the saved address and token before
// every request, so the handlers, the sync and the writes share it and a saved change applies to
// the very next request. Only the background imports this module (only it may read the token).
import { createPlanpointClient, type PlanpointClient } from '../planpoint/client';
import type { AuthForm } from '../planpoint/http';
import { rememberAuthForm, savedConnection } from '../settings';

export const planpoint: PlanpointClient = createPlanpointClient({
  connection: savedConnection,
  onRateLimited: () => {
    slowDowns++;
  },
  onAuthForm: keepAuthForm,
});

/** An address that took the raw token keeps getting it first, also after the worker restarts. */
function keepAuthForm(origin: string, form: AuthForm): void {
  void rememberAuthForm(origin, form);
}

/** How many times Planpoint has asked this client to slow down (429): a sync reports its share. */
let slowDowns = 0;

export function slowDownCount(): number {
  return slowDowns;
}

/** For an address and token not saved (yet): a token checked before it is kept, a sign-in. */
export function planpointAt(baseUrl: string, token?: string): PlanpointClient {
  return createPlanpointClient({
    connection: async () => ({ baseUrl, token }),
    onAuthForm: keepAuthForm,
  });
}
