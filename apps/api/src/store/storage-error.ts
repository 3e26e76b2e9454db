/** Why the database could not do what was asked: what an operator has to fix. */
export type StorageFaultReason = 'read-only' | 'full' | 'corrupt' | 'io';

/**
 * The database failed for a reason outside the request: the file became read-only (or was moved or
 * deleted under the server), the disk or the configured size limit is full, the file is corrupt, or the
 * disk failed. Clients get it as a typed error, not as "Unexpected error.".
 */
export class StorageError extends Error {
  constructor(
    readonly reason: StorageFaultReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const DESCRIPTIONS: Record<StorageFaultReason, string> = {
  'read-only': 'The database is read-only (its file or folder cannot be written, or it was moved or deleted)',
  full: 'The database is full (no space left on the disk, or the configured size limit reached)',
  corrupt: 'The database file is corrupt',
  io: 'The database could not be read or written (disk error)',
};

/** The fault an SQLite error code stands for, or undefined for errors of the request itself (constraints, misuse). */
export function storageFaultOf(error: unknown): StorageFaultReason | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') return 'read-only';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io';
  return undefined;
}

/** `error` as a StorageError when it is a storage fault, else unchanged. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const reason = storageFaultOf(error);
  if (!reason) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(reason, `${DESCRIPTIONS[reason]}: ${detail}.`, { cause: error });
}
