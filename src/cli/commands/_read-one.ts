import { TifaError } from '../../errors.js';
import { readTextTask } from '../../input/sources.js';

/** Reads one text input (file, or stdin for none/"-") or throws the reading error. */
export async function readOne(input: string | undefined): Promise<string> {
  const t = await readTextTask(input ?? '-', { input: 'text', exts: [] });
  if (!t.ok) throw new TifaError(t.code as 'E_INPUT_UNREADABLE', t.message);
  return t.text;
}
