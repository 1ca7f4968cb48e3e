/** Entry of the segmenter thread (segmenter-thread.ts): loads jieba at once, then answers in order. */
import { readFileSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { errorCode, errorMessage } from '../errors.js';
import { addSegmenterWords, expectOneText, loadForExpectedText, segment } from './segment.js';
import type { FromSegmenter, ToSegmenter } from './segmenter-thread.js';
import { ANSWERS, STOPPED } from './segmenter-spawn.js';

const { port, flag, file } = workerData as { port: MessagePort; flag: Int32Array; file: string | null };

// Loading now, before any word arrives, is what a local load does too: load(), then insertWord().
// One article's file, read here as UTF-8 meanwhile the main thread reads and decodes it properly:
// jieba loads only the rows its text can match, and a text it turns out not to cover loads again.
let loadError: unknown = null;
try {
  if (file !== null) expectOneText(articleText(file));
  loadForExpectedText();
} catch (err) {
  loadError = err;
}

function answer(m: FromSegmenter): void {
  port.postMessage(m);
  Atomics.add(flag, ANSWERS, 1);
  Atomics.notify(flag, ANSWERS);
}

port.on('message', (m: ToSegmenter) => {
  if (m.type === 'stop') {
    // Out of jieba for good: the main thread may terminate this one now (segmenter-spawn.ts stopSegmenter).
    port.close();
    Atomics.store(flag, STOPPED, 1);
    Atomics.notify(flag, STOPPED);
    return;
  }
  if (m.type === 'words') {
    if (!loadError) addSegmenterWords(m.words);
    return;
  }
  try {
    if (loadError) throw loadError;
    const tokens = segment(m.text);
    const spans = new Int32Array(tokens.length * 2);
    tokens.forEach((t, i) => {
      spans[2 * i] = t.start;
      spans[2 * i + 1] = t.end;
    });
    answer({ spans, tags: tokens.map((t) => t.tag) });
  } catch (err) {
    answer({ error: { code: errorCode(err), message: errorMessage(err) } });
  }
});

/** The article as UTF-8 without a byte-order mark; "" when unreadable (the main thread reports that). */
function articleText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
}
