import type { ApiErrorShape } from '../../../shared/api/results.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';

/** A failed API call as the renderer sees it, whichever transport carried it. */
export class ClientApiError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
  }

  static from(shape: ApiErrorShape): ClientApiError {
    return new ClientApiError(shape.key, shape.detail);
  }
}
