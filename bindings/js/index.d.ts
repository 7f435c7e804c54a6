// SPDX-License-Identifier: Apache-2.0
// TypeScript declarations of the `participatieladder` package (issues 15, 22). Every value is
// computed by the C++ rules core compiled to WebAssembly; see docs/javascript.md.

/** Language of texts: Dutch (default, canonical) or English. */
export type Lang = 'nl' | 'en';

/** The code of a ParticipatieladderError: an identifier (the C++ library's errc_id). */
export type ErrorCode = 'invalid_argument' | 'parse_error' | 'invalid_state' | 'config_error' | 'internal_error' | (string & {});

/** A bad argument (a Map, an array, a fraction where a whole number belongs …) or a value the core cannot read. */
export class ParticipatieladderError extends Error {
  readonly code: ErrorCode;
}

/** SPEC §4: one of the four blocks of the questionnaire. */
export interface Block { first: number; last: number; title: string }

/** SPEC §4: a question with its block (index 1–4 of count 4). */
export interface Question {
  number: number;
  text: string;
  block: Block & { index: number; count: number };
}

/** SPEC §3: the criteria and examples of a ladder step. */
export interface Delimitation { step: number; label: string; criteria: string; examples: string[] }

/** SPEC §4.1: a known divergence between questionnaire and delimitation. */
export interface Note { id: string; text: string }

/** SPEC §4: the outcome of a determination; incomplete is a result, not an error. */
export interface Determination {
  complete: boolean;
  /** The step 1–6 when complete, else null. */
  step: number | null;
  label: string | null;
  /** The answered questions on the path, in order. */
  path: { question: number; answer: boolean }[];
  /** The path in the answer notation, `1:N 2:N 10:J`. */
  pathNotation: string;
  /** The question to ask next when incomplete, else null. */
  nextQuestion: Question | null;
  /** Answered questions that are not on the path (ignored), ascending. */
  unused: number[];
  notes: Note[];
  delimitation: Delimitation | null;
}

/** Answers as the notation `1:N 2:N 10:J`, or an object `{1: "nee", 10: true}` (any SPEC §6 yes/no spelling). */
export type Answers = string | Record<number | string, string | boolean | number>;

/** SPEC §4: an interactive questionnaire for input modules. */
export class Session {
  constructor(lang?: Lang);
  /** The question to ask now, or null when complete. */
  readonly currentQuestion: Question | null;
  readonly complete: boolean;
  /** Number of answers given. */
  readonly answered: number;
  /** The answers so far in the notation `1:N 2:J`. */
  readonly answers: string;
  /** The determination so far (complete or not). */
  readonly outcome: Determination;
  /** The determination when complete, else null. */
  readonly result: Determination | null;
  /** Answer the current question; throws (code "invalid_state") when complete. */
  answer(yes: boolean): this;
  /** Withdraw the last answer; throws (code "invalid_state") at the first question. */
  back(): this;
  setLang(lang: Lang): this;
  /** Free the session in the core. */
  close(): void;
}

export interface StepInfo { step: number; label: string; onLadder: boolean; canGrow: boolean }
export interface Notation { step: number; growth: '+' | '0' | null; notation: string }
export interface GrowthValue { growth: '+' | '0'; grade: number }
export interface GrowthFromTarget { derived: '+' | '0' | null; contradicts: boolean; keepsLevel: boolean }
/** SPEC §8: a finding of a consistency check — the ids, severities and messages of `pladder check`. */
export interface Finding {
  check: string;
  severity: 'error' | 'warning' | 'info';
  /** The §6 keys involved. */
  fields: string[];
  messageNl: string;
  messageEn: string;
}
/** The settings of the checks: the keys of a check configuration file (docs/checks.md). */
export interface CheckConfig {
  disabled_checks?: string[];
  severity?: Record<string, 'error' | 'warning' | 'info'>;
  reassessment_months?: number;
  intake_months?: number;
}
export interface RecordOptions {
  /** "Today" of the checks, YYYY-MM-DD; default the local date. */
  referenceDate?: string;
  config?: CheckConfig;
}
/** SPEC §6 values by key or Dutch header; empty, null and undefined are "not filled". */
export type RecordFields = Record<string, string | number | boolean | undefined | null>;
/**
 * SPEC §6 + §8: the record as a `;` CSV header + row (Dutch headers and values, CRLF), as one JSON
 * Lines line and its object (§6 keys, ISO values, steps as numbers), and the findings of the
 * record-scope checks.
 */
export interface RecordOutput {
  csv: string;
  jsonl: string;
  json: Record<string, string | number>;
  findings: Finding[];
}

export const version: string;
/** SPEC §4: `determine("1:N 2:N 10:J 12:J 13:J").step === 4`. Throws on unreadable answers. */
export function determine(answers: Answers, lang?: Lang): Determination;
/** SPEC §4: the participatieladder.v1.DeterminationResult in the v1 JSON mapping (the C ABI's bytes). */
export function determineJson(answers: Answers): string;
/** SPEC §4: the 308 complete paths, depth first, yes before no. */
export function paths(): { answers: string; step: number }[];
export function question(q: number, lang?: Lang): Question;
export function questionText(q: number, lang?: Lang): string;
export function blocks(lang?: Lang): Block[];
/** SPEC §2: steps 1–6 and status codes 0, 9. */
export function stepInfo(step: number, lang?: Lang): StepInfo;
export function stepLabel(step: number, lang?: Lang): string;
/** SPEC §3; null for the status codes 0 and 9. */
export function delimitation(step: number, lang?: Lang): Delimitation | null;
/** SPEC §5: the compact notation `2+`, `T3-`, `6`. */
export function parseGrowth(text: string): Notation;
/** SPEC §5: a growth potential value `+`, `0`, graded `++`/`--`, or yes/no. */
export function parseGrowthValue(text: string): GrowthValue;
/** SPEC §5: the flag a target derives (one-year horizon only) and whether `flag` contradicts it. */
export function growthFromTarget(step: number, target: number, horizon?: '' | '1y' | '5y' | 'ever', flag?: string): GrowthFromTarget;
/** SPEC §6: build a record from keys or Dutch headers, with its SPEC §8 findings (a missing client_id is PL006, not an error). */
export function record(fields: RecordFields, options?: RecordOptions): RecordOutput;
/** SPEC §8: the findings of the record-scope checks on one record. */
export function check(fields: RecordFields, options?: RecordOptions): Finding[];

declare const participatieladder: {
  ParticipatieladderError: typeof ParticipatieladderError;
  Session: typeof Session;
  version: string;
  determine: typeof determine;
  determineJson: typeof determineJson;
  paths: typeof paths;
  question: typeof question;
  questionText: typeof questionText;
  blocks: typeof blocks;
  stepInfo: typeof stepInfo;
  stepLabel: typeof stepLabel;
  delimitation: typeof delimitation;
  parseGrowth: typeof parseGrowth;
  parseGrowthValue: typeof parseGrowthValue;
  growthFromTarget: typeof growthFromTarget;
  record: typeof record;
  check: typeof check;
};
export default participatieladder;
