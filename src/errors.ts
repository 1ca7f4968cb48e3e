/** Error codes are stable strings users can match on; exit codes are mapped in one place (cli/main.ts). */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_DECODE'
  | 'E_INPUT_BINARY'
  | 'E_RECORD_JSON'
  | 'E_RECORD_SHAPE'
  | 'E_DICT_MISSING'
  | 'E_DICT_FORMAT'
  | 'E_INTERNAL';

export class TifaError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'TifaError';
  }
}

/** A usage error: bad flags or arguments. Exit status 2. */
export class UsageError extends TifaError {
  constructor(message: string) {
    super('E_USAGE', message);
    this.name = 'UsageError';
  }
}

export function errorCode(err: unknown): ErrorCode {
  return err instanceof TifaError ? err.code : 'E_INTERNAL';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
