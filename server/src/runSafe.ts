import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

/**
 * Runs a request handler so that a failing or cancelled request never takes the server down:
 * a cancellation answers RequestCancelled; an exception is logged with the feature and the document, and the
 * feature's default answer is returned.
 */
export async function runSafe<T>(logger: Logger, feature: string, uri: string | undefined, token: CancellationToken | undefined, fallback: T, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await fn();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    logger.error(`Error while computing ${feature}${uri ? ` for ${uri}` : ''}: ${detail}`);
    return fallback;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
