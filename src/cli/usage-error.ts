// A mistake in how brandvoice was called: the CLI prints its message, points
// at --help and exits 2. Its own module so that subcommands and options kept
// in their own modules (shard, merge-reports) can raise it too.
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
