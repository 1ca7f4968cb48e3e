import type { MultiBar, SingleBar } from 'cli-progress';

/** Progress on stderr; every method is a no-op when progress is off. */
export interface Progress {
  /** Totals, when they are known before the run (folders: items; JSONL files: bytes). */
  setTotals(t: { items?: number; bytes?: number }): void;
  read(bytes: number): void;
  done(failed: boolean): void;
  /** Writes a line to stderr without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

export const silentProgress = (): Progress => ({
  setTotals: () => undefined,
  read: () => undefined,
  done: () => undefined,
  log: (line) => process.stderr.write(line),
  stop: () => undefined,
});

/**
 * Shown only when stderr is a terminal, stdout is not (tables or JSON on the same terminal would
 * tear the bar) and --quiet is off.
 */
export function wantProgress(quiet: boolean | undefined): boolean {
  return quiet !== true && process.stderr.isTTY === true && process.stdout.isTTY !== true;
}

const mb = (n: number) => (n / 1e6).toFixed(2);

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A cli-progress bar: items done/total when known, MB/s, ETA, errors so far. */
export async function progressBar(): Promise<Progress> {
  const cliProgress = (await import('cli-progress')).default;
  const started = Date.now();
  let totalItems: number | undefined;
  let totalBytes: number | undefined;
  let bytesRead = 0;
  let itemsDone = 0;
  let errors = 0;
  const line = (): string => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? bytesRead / secs : 0;
    const frac = totalItems ? itemsDone / totalItems : totalBytes ? bytesRead / totalBytes : undefined;
    const width = 24;
    const bar = frac === undefined ? '' : `${'█'.repeat(Math.round(frac * width)).padEnd(width, '░')} ${Math.floor(frac * 100)}% | `;
    const items = totalItems ? `${itemsDone}/${totalItems}` : String(itemsDone);
    const eta = frac && frac > 0 ? ` | ETA ${clock((secs / frac) * (1 - frac))}` : '';
    return `${bar}${items} items | ${mb(bytesRead)} MB | ${mb(rate)} MB/s${eta} | ${errors} error${errors === 1 ? '' : 's'}`;
  };
  const multi: MultiBar = new cliProgress.MultiBar({ stream: process.stderr, format: () => line(), hideCursor: true, clearOnComplete: false, fps: 5 });
  const bar: SingleBar = multi.create(1, 0);
  const redraw = () => bar.update(0);
  return {
    setTotals(t) {
      totalItems = t.items;
      totalBytes = t.bytes;
      redraw();
    },
    read(bytes) {
      bytesRead += bytes;
    },
    done(failed) {
      itemsDone++;
      if (failed) errors++;
      redraw();
    },
    log: (s) => multi.log(s),
    stop() {
      redraw();
      multi.stop();
    },
  };
}
