/**
 * Decoding real encoded files (test/fixtures/encodings, bytes written by generate.py there). The
 * expected sentences are the ones written into generate.py, typed here again by hand.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../src/pipeline/read.js';
import { TifaError } from '../src/errors.js';
import { ROOT, runCli } from './helpers.js';

const DIR = path.join(ROOT, 'test', 'fixtures', 'encodings');
const bytes = (name: string): Buffer => readFileSync(path.join(DIR, name));
const SIMPLIFIED = '2023年5月12日，江苏省南京市委书记周立新在玄武区调研时强调，要坚持稳中求进工作总基调。\n';
const TRADITIONAL = '2023年5月12日，廣東省廣州市委書記張國華在越秀區調研時強調，要堅持穩中求進工作總基調。\n';

function decodeError(data: Uint8Array, forced?: string): TifaError {
  try {
    decode(data, 'x.txt', forced);
  } catch (err) {
    return err as TifaError;
  }
  throw new Error('decode did not fail');
}

describe('automatic detection', () => {
  test.each([
    ['simplified.utf8.txt', 'utf-8'],
    ['simplified.utf8-bom.txt', 'utf-8-bom'],
    ['simplified.utf16le.txt', 'utf-16le'],
    ['simplified.utf16be.txt', 'utf-16be'],
    ['simplified.gbk.txt', 'gb18030'],
  ])('%s → %s, text identical, BOM not part of the text', (file, encoding) => {
    const d = decode(bytes(file), file);
    expect(d).toEqual({ text: SIMPLIFIED, encoding });
  });

  test('GB18030 four-byte sequences (㐀 is outside GBK) decode', () => {
    expect(decode(bytes('simplified.gb18030.txt'), 'f')).toEqual({ text: `${SIMPLIFIED}古籍用字“㐀”亦可录入。\n`, encoding: 'gb18030' });
  });

  test('Big5 is told apart from GB18030 (every Big5 pair is also a valid GBK pair)', () => {
    expect(decode(bytes('traditional.big5.txt'), 'f')).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  test('traditional text in UTF-8 stays UTF-8', () => {
    expect(decode(bytes('traditional.utf8.txt'), 'f')).toEqual({ text: TRADITIONAL, encoding: 'utf-8' });
  });

  test('an empty file is an empty UTF-8 text, not an error', () => {
    expect(decode(new Uint8Array(0), 'f')).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('damaged and non-text input', () => {
  test.each([
    ['truncated.utf8.txt', 'utf-8', '江苏省南京市委书记周立新在玄武区调研时强调，要坚持稳中求进工作总基调'],
    ['truncated.gbk.txt', 'gb18030', '江苏省南京市委书记周立新在玄武区调研时强调，要坚持稳中求进工作总基调'],
    ['truncated.big5.txt', 'big5', '廣東省廣州市委書記張國華在越秀區調研時強調，要堅持穩中求進工作總基調'],
  ])('%s (cut inside the final 。) keeps every whole character, ends in U+FFFD, warns', (file, encoding, body) => {
    const d = decode(bytes(file), file);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(`2023年5月12日，${body}\uFFFD`);
    expect(d.warning).toBe(`${file}: read as ${encoding}; a truncated multi-byte sequence at the end replaced by U+FFFD`);
  });

  test('NUL bytes: E_INPUT_BINARY naming the file', () => {
    const err = decodeError(bytes('binary.png'));
    expect(err.code).toBe('E_INPUT_BINARY');
    expect(err.message).toMatch(/^x\.txt: looks like a binary file/);
  });

  test('mostly control bytes without NUL are binary too', () => {
    expect(decodeError(new Uint8Array(200).fill(0x01)).code).toBe('E_INPUT_BINARY');
  });

  test('Windows-1252 text is not guessed as Chinese: an error that suggests --encoding', () => {
    const err = decodeError(bytes('latin1.txt'));
    expect(err.code).toBe('E_INPUT_DECODE');
    expect(err.message).toContain('--encoding');
  });

  test('a UTF-8 file with one damaged byte in the middle of a long text stays UTF-8', () => {
    // 0xFF between two characters (byte 300 = character 100): one bad sequence among 2,200 characters.
    const good = Buffer.from('市长主持召开常务会议。'.repeat(200));
    const damaged = Buffer.concat([good.subarray(0, 300), Buffer.from([0xff]), good.subarray(300)]);
    const d = decode(damaged, 'f');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.split('\uFFFD').length - 1).toBe(1);
    expect(d.warning).toBe('f: read as utf-8; 1 undecodable byte sequence(s) replaced by U+FFFD');
  });
});

describe('--encoding forces the decoder', () => {
  test('latin1 read as windows-1252', () => {
    const d = decode(bytes('latin1.txt'), 'f', 'windows-1252');
    expect(d.text.startsWith('Le déjeuner à Genève')).toBe(true);
    expect(d.encoding).toBe('windows-1252');
  });

  test('gbk label reads the GBK file; a BOM-less file read as utf-16le is not detected over', () => {
    expect(decode(bytes('simplified.gbk.txt'), 'f', 'GBK').text).toBe(SIMPLIFIED);
    expect(decode(bytes('traditional.big5.txt'), 'f', 'big5').text).toBe(TRADITIONAL);
  });

  test('a forced UTF-16 LE file keeps its BOM out of the text', () => {
    expect(decode(bytes('simplified.utf16le.txt'), 'f', 'utf-16le')).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
  });

  test('an unknown label is E_INPUT_DECODE naming it', () => {
    const err = decodeError(bytes('simplified.utf8.txt'), 'klingon-8');
    expect(err.code).toBe('E_INPUT_DECODE');
    expect(err.message).toContain('"klingon-8"');
  });
});

describe('tifa extract reports the encoding', () => {
  test('one file per encoding in one run: each result names its encoding, exit 0', () => {
    const files = ['simplified.utf8.txt', 'simplified.gbk.txt', 'simplified.utf16le.txt', 'traditional.big5.txt'];
    const r = runCli(['extract', ...files.map((f) => path.join(DIR, f)), '--format', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { encoding: string; dates: { text: string; spans: number[][] }[] });
    expect(out.map((o) => o.encoding)).toEqual(['utf-8', 'gb18030', 'utf-16le', 'big5']);
    // The date is the first 10 characters in every encoding: offsets count characters, not bytes.
    for (const o of out) expect(o.dates[0]).toMatchObject({ text: '2023年5月12日', spans: [[0, 10]] });
  });

  test('a truncated file is processed with a warning on stderr and exit 0', () => {
    const r = runCli(['extract', path.join(DIR, 'truncated.gbk.txt'), '--format', 'json', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/warning: .*truncated\.gbk\.txt: read as gb18030; a truncated multi-byte sequence/);
    expect(JSON.parse(r.stdout).encoding).toBe('gb18030');
  });

  test('-q silences the warning, not the result', () => {
    const r = runCli(['extract', path.join(DIR, 'truncated.gbk.txt'), '-q', '--format', 'json', '--only', 'dates', '-j', '1']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).dates[0].text).toBe('2023年5月12日');
  });

  test('--encoding big5 is reported as given', () => {
    const r = runCli(['extract', path.join(DIR, 'traditional.big5.txt'), '--encoding', 'big5', '--format', 'json', '--only', 'dates', '-j', '1']);
    expect(JSON.parse(r.stdout).encoding).toBe('big5');
  });
});
