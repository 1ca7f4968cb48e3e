/**
 * Releases results in sequence order as soon as each one and all before it are done.
 * Holds only results that finished ahead of an unfinished one, so memory is bounded by the
 * scheduler's window of jobs in flight, never by the input size.
 */
export class InOrder<T> {
  private next = 0;
  private readonly early = new Map<number, T>();
  private waiters: (() => void)[] = [];

  constructor(private readonly emit: (value: T, seq: number) => void) {}

  /** Number of sequence numbers released so far. */
  get released(): number {
    return this.next;
  }

  put(seq: number, value: T): void {
    if (seq < this.next || this.early.has(seq)) throw new Error(`result ${seq} delivered twice`);
    if (seq !== this.next) {
      this.early.set(seq, value);
      return;
    }
    this.emit(value, seq);
    this.next++;
    for (let v = this.early.get(this.next); v !== undefined; v = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.emit(v, this.next);
      this.next++;
    }
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  /** Resolves once at least `count` results have been released. */
  async releasedAtLeast(count: number): Promise<void> {
    while (this.next < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}
