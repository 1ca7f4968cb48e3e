/**
 * `tifa extract … | head` closes the pipe early: that is the reader saying "enough", not an error.
 * Without this, the next write throws EPIPE with a stack trace and a stream of workers keeps going.
 * Exit status 141 is what a shell reports for a command ended by SIGPIPE.
 */
export function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(141);
    throw err;
  });
}
