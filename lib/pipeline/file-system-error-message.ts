/** What to do about each file-system error code the pipeline can meet in a user's environment. */
const ADVICE: Record<string, string> = {
  EACCES: 'it is not writable by this user: change its permissions or point the pipeline elsewhere',
  EPERM:
    'the operation is not permitted there: change its permissions or point the pipeline elsewhere',
  EROFS: 'it is on a read-only file system: point the pipeline at a writable folder',
  ENOTDIR:
    'a part of that path is a regular file, not a folder: move the file away or choose another folder',
  EEXIST: 'a file already stands where a folder is needed: move it away or choose another folder',
  EISDIR: 'a folder stands where a file is needed: move it away',
  ENOSPC: 'the disk is full: free some space and run the pipeline again',
  EDQUOT: 'the disk quota is used up: free some space and run the pipeline again',
  ENOENT: 'it does not exist: create it or fix the path',
  ENAMETOOLONG: 'the path is too long: choose a shorter folder',
  EMFILE: 'too many files are open: close other programs and run the pipeline again',
  EBUSY: 'it is in use by another program: close that program and run the pipeline again',
}

interface ErrnoLike {
  code: string
  path?: string
  dest?: string
  syscall?: string
}

function isErrnoLike(error: unknown): error is ErrnoLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^E[A-Z]+$/.test((error as { code: string }).code)
  )
}

/**
 * One sentence for a Node file-system error (EACCES, ENOTDIR, ENOSPC, …): the path, what failed
 * and what to do; null when `error` is not one, so the caller can say something else.
 */
export function fileSystemErrorMessage(error: unknown): string | null {
  if (!isErrnoLike(error)) return null
  const where = error.path ? `"${error.path}"` : 'a file'
  const advice = ADVICE[error.code] ?? 'check that path and run the pipeline again'
  return `The pipeline failed to ${error.syscall ?? 'use'} ${where}, ${error.code}: ${advice}.`
}
