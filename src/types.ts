/** The result contract (schema/result.schema.json, shared GOLD-FORMAT): one object per input. */

/** `[start, end)` as JavaScript string indices into the input text. */
export type Span = [number, number];

export interface Official { name: string; titles: string[]; spans: Span[] }
export type PersonRole = 'reporter' | 'editor' | 'photographer' | 'citizen' | 'other';
export interface Person { name: string; role: PersonRole; spans: Span[] }
export interface Candidate { code: string; path: string[] }
export interface Location {
  text: string;
  level: string | null;
  code: string | null;
  path: string[] | null;
  candidates?: Candidate[];
  spans: Span[];
}
/** A one-character abbreviation of a state or province ("美" in 中美关系) and the places it stands for. */
export interface PlaceAbbreviation { text: string; level: string; names: string[]; code: string | null; path: string[] | null; spans: Span[] }
export interface Organization { text: string; spans: Span[] }
export interface DateFact { text: string; value: string | null; start: string | null; end: string | null; spans: Span[] }
export interface Slogan { text: string; kind: string; spans: Span[] }
export interface Keyword { word: string; weight: number }

export interface ArticleResult {
  id: string | null;
  source: string | null;
  ref_date: string | null;
  title: string | null;
  encoding?: string;
  officials?: Official[];
  persons?: Person[];
  locations?: Location[];
  place_abbreviations?: PlaceAbbreviation[];
  organizations?: Organization[];
  dates?: DateFact[];
  slogans?: Slogan[];
  keywords?: Keyword[];
  text?: string;
}

export interface ErrorResult {
  id: string | null;
  source: string | null;
  error: { code: string; message: string };
}

/** What one input becomes: a result, or an error record that the run carries on past. */
export type Outcome = { ok: true; result: ArticleResult } | { ok: false; error: ErrorResult };

/** A token from the segmenter with its offsets into the original text. */
export interface Token { word: string; tag: string; start: number; end: number }

/** Read-only view of one article that every extractor receives. */
export interface Doc {
  /** The text as given; every span points into it. */
  readonly text: string;
  /** Same length as `text`, for matching: full-width ASCII folded, quote/dash/space variants unified. */
  readonly norm: string;
  readonly tokens: readonly Token[];
  /** YYYY-MM-DD the relative and year-less dates resolve against, or null. */
  readonly refDate: string | null;
  readonly title: string | null;
}

/** One found mention: the surface sliced from `doc.text`, where it is, and which rule found it. */
export interface Mention<A = Record<string, unknown>> {
  text: string;
  start: number;
  end: number;
  rule: string;
  attrs: A;
}
