import { buildDoc } from '../../pipeline/extract.js';
import { expectOneText } from '../../pipeline/segment.js';
import { readOne } from './_read-one.js';

/** Tokens with tifa's dictionaries loaded: `word/tag` separated by two spaces per line, or JSON with offsets. */
export async function runSegment(input: string | undefined, o: { format: 'text' | 'json' }): Promise<void> {
  const text = await readOne(input);
  // One text: jieba loads only the dictionary rows it can match (pipeline/jieba-subset.ts).
  expectOneText();
  const { tokens } = buildDoc(text, null);
  if (o.format === 'json') {
    process.stdout.write(`${JSON.stringify(tokens.map((t) => ({ word: text.slice(t.start, t.end), tag: t.tag, start: t.start, end: t.end })))}\n`);
    return;
  }
  let line: string[] = [];
  const lines: string[] = [];
  for (const t of tokens) {
    const word = text.slice(t.start, t.end);
    if (word.includes('\n')) {
      lines.push(line.join('  '));
      line = [];
      continue;
    }
    if (word.trim() !== '') line.push(`${word}/${t.tag}`);
  }
  lines.push(line.join('  '));
  process.stdout.write(`${lines.join('\n')}\n`);
}
