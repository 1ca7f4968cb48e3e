/**
 * Backpressure (issue 7): with a reader slower than tifa, the scheduler takes no new item while the
 * output is backed up, so what waits in the output stays within one high-water mark plus the
 * results in flight. Counts only (items taken, bytes queued, drains), no timing.
 */
import { describe, expect, test } from 'vitest';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import { runInOrder, type Item } from '../src/batch/schedule.js';
import type { JobResult } from '../src/batch/job.js';

const HIGH_WATER_MARK = 256;

/**
 * A reader slower than tifa: it finishes one write per event-loop turn, while a scheduler that does
 * not wait takes its next item within the same turn (items come as resolved promises).
 */
function slowReader() {
  const lines: string[] = [];
  let drains = 0;
  let mostQueued = 0;
  const sink = new Writable({
    highWaterMark: HIGH_WATER_MARK,
    decodeStrings: false,
    write(chunk: string, _enc, done) {
      lines.push(chunk);
      setImmediate(done);
    },
  });
  sink.on('drain', () => drains++);
  const emit = (r: JobResult) => {
    sink.write(`${JSON.stringify(r)}\n`);
    mostQueued = Math.max(mostQueued, sink.writableLength);
  };
  return { sink, emit, lines, drains: () => drains, mostQueued: () => mostQueued };
}

/** Items as a stream of input gives them; `takenWhileBackedUp` counts those taken while `sink` waits for 'drain'. */
function input(items: Item[], sink: Writable) {
  let takenWhileBackedUp = 0;
  async function* gen(): AsyncGenerator<Item> {
    for (const item of items) {
      if (sink.writableNeedDrain) takenWhileBackedUp++;
      yield item;
    }
  }
  return { items: gen(), takenWhileBackedUp: () => takenWhileBackedUp };
}

/** Records already decided (as a read error is): no extraction, so no dictionaries to load. */
const decided = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({ result: { id: `r${i}`, source: null, error: { code: 'E_TEST', message: `record ${i} could not be read` } }, bytes: 0 }));

const ids = (lines: string[]) => lines.map((l) => (JSON.parse(l) as { id: string }).id);

describe('a reader slower than tifa', () => {
  test('no item is taken while the output waits for drain; the queue stays within one high-water mark and one line', async () => {
    const r = slowReader();
    const items = decided(300);
    const src = input(items, r.sink);
    await runInOrder(src.items, r.emit, { jobs: 1, output: r.sink });
    expect(ids(r.lines)).toEqual(items.map((_, i) => `r${i}`));
    expect(src.takenWhileBackedUp()).toBe(0);
    expect(r.drains()).toBeGreaterThan(10); // the reader really was the slower side
    const longestLine = Math.max(...r.lines.map((l) => l.length));
    expect(r.mostQueued()).toBeLessThanOrEqual(HIGH_WATER_MARK + longestLine);
  });

  test('without the output to wait on, the same reader lets the queue grow with the input (what the test above guards)', async () => {
    const r = slowReader();
    const src = input(decided(300), r.sink);
    await runInOrder(src.items, r.emit, { jobs: 1 });
    expect(src.takenWhileBackedUp()).toBeGreaterThan(250);
    expect(r.mostQueued()).toBeGreaterThan(100 * HIGH_WATER_MARK);
  });

  test('articles extracted in this thread between decided records: same order, same bound', async () => {
    const texts = ['市长张伟主持召开常务会议。', '4月3日，县委书记李红到乡镇调研春耕生产。', '会议强调，要坚持稳中求进工作总基调。'];
    const items: Item[] = [];
    for (let i = 0; i < 30; i++) {
      items.push(i % 3 === 2 ? decided(i + 1)[i]! : { job: { text: texts[i % texts.length]!, opts: { id: `r${i}` } }, bytes: 0 });
    }
    const r = slowReader();
    const src = input(items, r.sink);
    await runInOrder(src.items, r.emit, { jobs: 1, output: r.sink });
    expect(ids(r.lines)).toEqual(items.map((_, i) => `r${i}`));
    expect(src.takenWhileBackedUp()).toBe(0);
    expect(r.mostQueued()).toBeLessThanOrEqual(HIGH_WATER_MARK + Math.max(...r.lines.map((l) => l.length)));
  });

  test('an output that fails (never drains) does not hang the run', async () => {
    const sink = new Writable({ highWaterMark: 16, write: (_c, _e, done) => setImmediate(() => done(new Error('EIO'))) });
    const errors: Error[] = [];
    sink.on('error', (e) => errors.push(e));
    let emitted = 0;
    await runInOrder(input(decided(50), sink).items, (r) => (emitted++, sink.write(JSON.stringify(r))), { jobs: 1, output: sink });
    expect(emitted).toBe(50);
    if (!sink.closed) await once(sink, 'close');
    expect(errors.map((e) => e.message)).toEqual(['EIO']);
  });
});
