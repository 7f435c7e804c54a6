// SPDX-License-Identifier: Apache-2.0
// The JavaScript face of the rules core (issue 15). Every answer comes from the WebAssembly build
// of the C++ headers (src/wasm_api.cpp): this file only converts arguments and JSON results. No rule
// of SPEC §2–§6 is written here. Also bundled, with `export` removed, into the offline page script
// by tools/build_wasm.sh — keep it free of imports.

/** An error from the rules core: `code` is the library's error name ("parse error", …). */
export class ParticipatieladderError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ParticipatieladderError';
    this.code = code;
  }
}

/** Wrap an instantiated core module (the emscripten factory's result) in the public API. */
export function bindCore(core) {
  const call = (name, types, args) => {
    const value = JSON.parse(core.ccall(name, 'string', types, args));
    if (value && value.error) throw new ParticipatieladderError(value.error.code, value.error.message);
    return value;
  };
  const langCode = (lang) => {
    if (lang === undefined || lang === 'nl') return 0;
    if (lang === 'en') return 1;
    throw new ParticipatieladderError('invalid argument', `unknown language '${lang}' (expected nl or en)`);
  };
  // `{1: "nee", 10: true}` → `1:nee 10:true`; the core reads every SPEC §6 yes/no spelling.
  const notation = (answers) => {
    if (typeof answers === 'string') return answers;
    if (answers === null || typeof answers !== 'object')
      throw new ParticipatieladderError('invalid argument', 'answers must be a string such as "1:N 2:J" or an object {1: "nee"}');
    return Object.entries(answers).map(([q, a]) => `${q}:${String(a)}`).join(' ');
  };

  // A session that is dropped without close() is freed in the core when it is garbage-collected.
  const sessionsLeft = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((id) => core.ccall('pljs_session_free', null, ['number'], [id]))
    : null;

  /** An interactive questionnaire (SPEC §4): current question, answer, back, result. */
  class Session {
    #id;
    #lang;
    #state;
    constructor(lang = 'nl') {
      this.#lang = langCode(lang);
      this.#id = core.ccall('pljs_session_new', 'number', [], []);
      if (sessionsLeft) sessionsLeft.register(this, this.#id, this);
      this.#state = this.#act(0);
    }
    #act(action) {
      if (this.#id === 0) throw new ParticipatieladderError('invalid state', 'the session was closed');
      return call('pljs_session', ['number', 'number', 'number'], [this.#id, action, this.#lang]);
    }
    /** The question to ask now ({number, text, block}), or null when complete. */
    get currentQuestion() { return this.#state.outcome.nextQuestion; }
    get complete() { return this.#state.outcome.complete; }
    /** Number of answers given. */
    get answered() { return this.#state.answered; }
    /** The answers so far in the notation of SPEC §6 (`1:N 2:J`). */
    get answers() { return this.#state.answers; }
    /** The determination so far (complete or incomplete). */
    get outcome() { return this.#state.outcome; }
    /** The determination when complete, else null. */
    get result() { return this.#state.outcome.complete ? this.#state.outcome : null; }
    answer(yes) {
      if (typeof yes !== 'boolean') throw new ParticipatieladderError('invalid argument', 'answer(yes) takes true or false');
      this.#state = this.#act(yes ? 1 : 2);
      return this;
    }
    back() { this.#state = this.#act(3); return this; }
    /** Language of the texts from now on. */
    setLang(lang) { this.#lang = langCode(lang); this.#state = this.#act(0); return this; }
    /** Free the session in the core. */
    close() {
      if (this.#id === 0) return;
      core.ccall('pljs_session_free', null, ['number'], [this.#id]);
      if (sessionsLeft) sessionsLeft.unregister(this);
      this.#id = 0;
    }
  }

  return {
    ParticipatieladderError,
    Session,
    version: core.ccall('pljs_version', 'string', [], []),
    /** SPEC §4: the step (complete) or the next question (incomplete), path, unused answers, §4.1 notes, §3 delimitation. */
    determine: (answers, lang) => call('pljs_determine', ['string', 'number'], [notation(answers), langCode(lang)]),
    /** SPEC §4: the 308 complete paths, depth first, yes before no. */
    paths: () => call('pljs_paths', [], []),
    /** SPEC §4: question q (1–21) with its block. */
    question: (q, lang) => call('pljs_question', ['number', 'number'], [q, langCode(lang)]),
    questionText: (q, lang) => call('pljs_question', ['number', 'number'], [q, langCode(lang)]).text,
    /** SPEC §4: the four blocks. */
    blocks: (lang) => call('pljs_blocks', ['number'], [langCode(lang)]),
    /** SPEC §2: label, on the ladder, can carry growth. */
    stepInfo: (step, lang) => call('pljs_step', ['number', 'number'], [step, langCode(lang)]),
    stepLabel: (step, lang) => call('pljs_step', ['number', 'number'], [step, langCode(lang)]).label,
    /** SPEC §3: criteria and examples of a ladder step; null for 0 and 9. */
    delimitation: (step, lang) => call('pljs_delimitation', ['number', 'number'], [step, langCode(lang)]),
    /** SPEC §5: the compact notation `2+`, `T3-`, `6` → {step, growth, notation}. */
    parseGrowth: (text) => call('pljs_parse_notation', ['string'], [String(text)]),
    /** SPEC §5: a growth potential value `+`, `0`, `++`, `ja` → {growth, grade}. */
    parseGrowthValue: (text) => call('pljs_parse_growth_value', ['string'], [String(text)]),
    /** SPEC §5: the flag derived from a target step (one-year horizon only), and whether a flag contradicts it. */
    growthFromTarget: (step, target, horizon = '', flag = '') =>
      call('pljs_growth_from_target', ['number', 'number', 'string', 'string'], [step, target, horizon ?? '', flag ?? '']),
    /** SPEC §6: a record from {key or Dutch header: value} → {csv (Dutch headers, `;`), json (keys)}. */
    record: (fields) => {
      const lines = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== null && String(v) !== '')
        .map(([k, v]) => {
          if (/[\n=]/.test(k) || /\n/.test(String(v)))
            throw new ParticipatieladderError('invalid argument', `field '${k}': keys hold no '=' or line break, values no line break`);
          return `${k}=${v}`;
        });
      return call('pljs_record', ['string'], [lines.join('\n')]);
    },
  };
}
