// The background service worker seen over the DevTools protocol: its JS heap, and its network
// requests in flight. Playwright has no CDP session for a service worker, so one is attached
// through a page's session (Target domain, non-flat messages) and each request goes through
// Target.sendMessageToTarget.
import type { CDPSession } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class WorkerProbe {
  #next = 1;
  readonly #waiting = new Map<number, (result: unknown) => void>();
  readonly #inFlight = new Set<string>();
  #peakInFlight = 0;
  #requests = 0;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        method?: string;
        params?: { requestId: string; request?: { url: string } };
      };
      if (reply.method) {
        this.#onEvent(reply.method, reply.params);
        return;
      }
      if (reply.id === undefined) return;
      this.#waiting.get(reply.id)?.(reply.result ?? null);
      this.#waiting.delete(reply.id);
    });
  }

  /** Attach to the extension's service worker through `cdp`, a session on one of its pages. */
  static async attach(cdp: CDPSession, extensionOrigin: string): Promise<WorkerProbe> {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: TargetInfo[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin),
    );
    if (!worker) throw new Error('No service worker target for the extension');
    const { sessionId } = (await cdp.send(
      'Target.attachToTarget' as never,
      { targetId: worker.targetId, flatten: false } as never,
    )) as { sessionId: string };
    return new WorkerProbe(cdp, sessionId);
  }

  #onEvent(method: string, params: { requestId: string; request?: { url: string } } | undefined) {
    if (!params) return;
    if (method === 'Network.requestWillBeSent' && /^https?:/.test(params.request?.url ?? '')) {
      this.#requests++;
      this.#inFlight.add(params.requestId);
      this.#peakInFlight = Math.max(this.#peakInFlight, this.#inFlight.size);
    } else if (method === 'Network.loadingFinished' || method === 'Network.loadingFailed') {
      this.#inFlight.delete(params.requestId);
    }
  }

  /** Count the worker's HTTP requests from now on, and the most in flight at once. */
  async watchNetwork(): Promise<void> {
    await this.send('Network.enable');
  }

  network(): { requests: number; peakInFlight: number } {
    return { requests: this.#requests, peakInFlight: this.#peakInFlight };
  }

  /** A DevTools request to the worker; null when it does not answer within 5 s (it stopped). */
  send(method: string, params: object = {}): Promise<unknown> {
    const id = this.#next++;
    const answered = new Promise<unknown>((resolve) => {
      this.#waiting.set(id, resolve);
      setTimeout(() => {
        if (this.#waiting.delete(id)) resolve(null);
      }, 5_000);
    });
    this.cdp
      .send(
        'Target.sendMessageToTarget' as never,
        { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never,
      )
      .catch(() => this.#waiting.get(id)?.(null));
    return answered;
  }

  /** Bytes of JS heap in use now (garbage included). */
  async used(): Promise<number> {
    const usage = (await this.send('Runtime.getHeapUsage')) as { usedSize: number } | null;
    return usage?.usedSize ?? NaN;
  }

  /** Bytes of JS heap still in use after a full garbage collection. */
  async retained(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    return this.used();
  }

  /** Sample `used()` every `intervalMs` until the returned stop() is called; stop() gives the peak. */
  sample(intervalMs: number): () => Promise<{ peak: number; samples: number }> {
    let peak = 0;
    let samples = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const used = await this.used();
        if (Number.isFinite(used)) {
          peak = Math.max(peak, used);
          samples++;
        }
        await new Promise((r) => setTimeout(r, intervalMs));
      }
    })();
    return async () => {
      running = false;
      await loop;
      return { peak, samples };
    };
  }
}
