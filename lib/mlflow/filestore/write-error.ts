/** The FileStore writer refused or failed to write; the message names the key, file or value. */
export class FileStoreWriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileStoreWriteError'
  }
}
