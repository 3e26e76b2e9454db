import { reasonOf } from './errors.js';

/**
 * What went wrong with a file, in words. Node's file-system messages repeat the syscall and the path
 * ("ENOENT: no such file or directory, open 'x'"), which the CLI already prints in front.
 */
export function fileSystemReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return reasonOf(error);
  }
}
