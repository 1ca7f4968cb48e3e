import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Table from 'cli-table3';
import { UsageError } from '../../errors.js';
import { extract } from '../../pipeline/extract.js';
import { decode } from '../../pipeline/read.js';
import { useColor } from '../options.js';
import { score, type GoldArticle, type PredArticle } from '../../eval/score.js';

/** Extracts every `<dir>/articles/*.txt` with its gold ref_date and scores it against `<dir>/gold/*.json`. */
export async function runEval(dir: string, o: { format: 'table' | 'json' }): Promise<void> {
  const articles = path.join(dir, 'articles');
  const goldDir = path.join(dir, 'gold');
  if (!existsSync(articles) || !existsSync(goldDir)) throw new UsageError(`${dir}: expected folders articles/ and gold/ inside`);
  const gold: GoldArticle[] = [];
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldArticle;
    gold.push({ ...g, id: g.id ?? path.basename(f, '.json') });
  }
  const pred = new Map<string, PredArticle>();
  for (const g of gold) {
    const file = path.join(articles, `${g.id}.txt`);
    if (!existsSync(file)) continue;
    const { text } = decode(readFileSync(file), file);
    pred.set(g.id, extract(text, { id: g.id, refDate: g.ref_date ?? null }));
  }
  const s = score(gold, pred);
  if (o.format === 'json') {
    process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
    return;
  }
  const color = useColor(undefined, process.stdout.isTTY === true);
  const t = new Table({ head: ['field', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], style: color ? {} : { head: [], border: [] } });
  for (const [k, v] of Object.entries(s.fields)) t.push([k, v.P.toFixed(3), v.R.toFixed(3), v.F1.toFixed(3), v.tp, v.fp, v.fn]);
  t.push(['titles', s.titles.P.toFixed(3), s.titles.R.toFixed(3), s.titles.F1.toFixed(3), s.titles.tp, s.titles.fp, s.titles.fn]);
  process.stdout.write(`${s.articles} articles\n${t.toString()}\ndate values: accuracy ${s.date_values.accuracy} over ${s.date_values.matched} matched dates\n`);
}
