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

/**
 * The fault an SQLite or PostgreSQL error stands for, or undefined for errors of the request itself
 * (constraints, misuse).
 */
export function storageFaultOf(error: unknown): StorageFaultReason | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return postgresConnectionLost(error) ? 'io' : undefined;
  if (!code.startsWith('SQLITE_')) return postgresFaultOf(code);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') return 'read-only';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io';
  return undefined;
}

/** SQLSTATE classes and codes (and socket errors) that are the server's or the network's fault. */
function postgresFaultOf(code: string): StorageFaultReason | undefined {
  // 25006 read_only_sql_transaction (a standby, or default_transaction_read_only); 42501 privileges revoked.
  if (code === '25006' || code === '42501') return 'read-only';
  // 53100 disk_full, 53400 configuration_limit_exceeded.
  if (code === '53100' || code === '53400') return 'full';
  // XX001 data_corrupted, XX002 index_corrupted.
  if (code === 'XX001' || code === 'XX002') return 'corrupt';
  // 08 connection exception, 57P0x the server shutting down or starting, 58 system error (I/O), 53200 out
  // of memory, 53300 too many connections; node's socket errors when the server cannot be reached.
  if (/^(08|57P0|58|53[23])/.test(code)) return 'io';
  if (/^E(CONNREFUSED|CONNRESET|PIPE|HOSTUNREACH|NETUNREACH|TIMEDOUT|NOTFOUND|AI_AGAIN)$/.test(code))
    return 'io';
  return undefined;
}

/** node-postgres reports a connection that died under a query without a code. */
function postgresConnectionLost(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message)
  );
}

/** `error` as a StorageError when it is a storage fault, else unchanged. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const reason = storageFaultOf(error);
  if (!reason) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(reason, `${DESCRIPTIONS[reason]}: ${detail}.`, { cause: error });
}
