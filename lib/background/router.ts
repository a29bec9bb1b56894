// Which handler answers a page's message: by its name, checked on the protocol itself, and only
// with a payload of the shape that request has (lib/messages.ts).
import { isRecord } from '../is-record';
import type { MessageType, ResponseOf } from '../messages';
import { isMessageType, REQUEST_SHAPES } from './request-shapes';
import { t } from '../i18n';
import { handlers } from './handlers';

/** The answer to a message, or undefined when it is no request of ours (another listener's). */
export function route(message: unknown): Promise<unknown> | undefined {
  if (!isRecord(message) || !isMessageType(message['type'])) return undefined;
  return answer(message['type'], message['payload']);
}

function answer<K extends MessageType>(type: K, payload: unknown): Promise<ResponseOf<K>> {
  const isRequest: (payload: unknown) => payload is Parameters<(typeof handlers)[K]>[0] =
    REQUEST_SHAPES[type];
  if (!isRequest(payload)) {
    const message = t('errors.malformedRequest', [type]);
    return Promise.resolve({ ok: false, error: { kind: 'internal', message } });
  }
  return handlers[type](payload);
}
