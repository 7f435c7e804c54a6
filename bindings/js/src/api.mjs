// SPDX-License-Identifier: Apache-2.0
// The JavaScript face of the rules core (issues 15, 22). Every answer comes from the WebAssembly
// build of the C++ headers (src/wasm_api.cpp): this file only checks and converts arguments and
// JSON results. No rule of SPEC §2–§8 is written here. Also bundled, with `export` removed, into
// the offline page script by tools/build_wasm.sh — keep it free of imports.

/** An error from the rules core or a bad argument: `code` is an identifier ("parse_error", …). */
export class ParticipatieladderError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ParticipatieladderError';
    this.code = code;
  }
}

/** base64 text → bytes (browsers and Node ≥ 16 have atob). */
export function decodeBase64(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; ++i) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * Instantiate the emscripten module (built with WASM_ASYNC_COMPILATION=0) from its bytes, at once:
 * no fetch, no data: URL, no top-level await; WebAssembly compilation is all the browser is asked
 * for (CSP 'wasm-unsafe-eval').
 */
export function instantiateCore(factory, wasmBinary) {
  // locateFile: the glue then builds no URL from import.meta.url (empty in a bundler's iife output).
  const core = { wasmBinary, locateFile: (file) => file };
  const ready = factory(core);
  if (ready && typeof ready.catch === 'function') ready.catch(() => {});
  if (typeof core.ccall !== 'function')
    throw new ParticipatieladderError('internal_error', 'the WebAssembly rules core did not start');
  return core;
}

const describe = (x) => (x === null ? 'null' : Array.isArray(x) ? 'an array' : x instanceof Map ? 'a Map'
  : typeof x === 'object' ? `a ${x.constructor && x.constructor.name ? x.constructor.name : 'non-plain object'}` : `a ${typeof x}`);

const isPlainObject = (x) => x !== null && typeof x === 'object' &&
  (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);

const badArgument = (message) => new ParticipatieladderError('invalid_argument', message);

function integer(x, what) {
  if (!Number.isInteger(x)) throw badArgument(`${what} must be a whole number, not ${typeof x === 'number' ? x : describe(x)}`);
  return x;
}

/** Wrap an instantiated core module in the public API. */
export function bindCore(core) {
  const call = (name, types, args) => {
    const value = JSON.parse(core.ccall(name, 'string', types, args));
    if (value && value.error) throw new ParticipatieladderError(value.error.code, value.error.message);
    return value;
  };
  const langCode = (lang) => {
    if (lang === undefined || lang === 'nl') return 0;
    if (lang === 'en') return 1;
    throw badArgument(`unknown language '${lang}' (expected nl or en)`);
  };
  const langName = (lang) => (langCode(lang) === 1 ? 'en' : 'nl');
  // `{1: "nee", 10: true}` → `1:nee 10:true`; the core reads every SPEC §6 yes/no spelling.
  const notation = (answers) => {
    if (typeof answers === 'string') return answers;
    if (!isPlainObject(answers))
      throw badArgument(`answers must be a string such as "1:N 2:J" or a plain object {1: "nee"}, not ${describe(answers)}`);
    return Object.entries(answers).map(([q, a]) => {
      if (typeof a !== 'string' && typeof a !== 'boolean' && typeof a !== 'number')
        throw badArgument(`the answer to question ${q} must be a string, boolean or number, not ${describe(a)}`);
      if (/\s|:/.test(q) || (typeof a === 'string' && /\s|:/.test(a.trim())))
        throw badArgument(`answers: '${q}' → '${a}' holds a blank or ':'`);
      return `${q}:${typeof a === 'string' ? a.trim() : String(a)}`;
    }).join(' ');
  };
  const question = (q, lang) => call('pljs_question', ['number', 'number'], [integer(q, 'question'), langCode(lang)]);
  const stepInfo = (step, lang) => call('pljs_step', ['number', 'number'], [integer(step, 'step'), langCode(lang)]);

  /** The idiomatic determination, derived from the v1 JSON mapping (the one shape). */
  const fromV1 = (m, lang) => {
    const l = langName(lang);
    return {
      complete: m.complete,
      step: m.step ?? null,
      label: m.label ? m.label[l] : null,
      path: m.path.map((a) => ({ question: a.question, answer: a.yes })),
      pathNotation: m.path_notation,
      nextQuestion: m.next_question === undefined ? null : question(m.next_question, l),
      unused: m.unused,
      notes: m.notes.map((n) => ({ id: n.id, text: n.message[l] })),
      delimitation: m.delimitation ? {
        step: m.delimitation.step,
        label: m.label[l],
        criteria: m.delimitation.criteria[l],
        examples: m.delimitation.examples.map((e) => e[l]),
      } : null,
    };
  };

  // `{client_id: 'K1', step: 4}` → `client_id=K1\nstep=4`; keys and values are read by the core.
  const fieldLines = (fields) => {
    if (!isPlainObject(fields)) throw badArgument(`fields must be a plain object {client_id: …, step: …}, not ${describe(fields)}`);
    return Object.entries(fields)
      .filter(([, v]) => v !== undefined && v !== null && String(v) !== '')
      .map(([k, v]) => {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
          throw badArgument(`field '${k}' must be a string, number or boolean, not ${describe(v)}`);
        if (/[\r\n=]/.test(k) || /[\r\n]/.test(String(v)))
          throw badArgument(`field '${k}': keys hold no '=' or line break, values no line break`);
        return `${k}=${v}`;
      }).join('\n');
  };
  const today = () => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  // The check settings: the keys of a configuration file (docs/checks.md).
  const configLines = (config) => {
    if (config === undefined || config === null) return '';
    if (!isPlainObject(config)) throw badArgument(`config must be a plain object, not ${describe(config)}`);
    const lines = [];
    for (const [key, value] of Object.entries(config)) {
      if (key === 'disabled_checks') {
        if (!Array.isArray(value)) throw badArgument('config.disabled_checks must be an array of check ids');
        for (const id of value) lines.push(`disabled_checks=${String(id)}`);
      } else if (key === 'severity') {
        if (!isPlainObject(value)) throw badArgument('config.severity must be an object {PL017: "info"}');
        for (const [id, sev] of Object.entries(value)) lines.push(`severity=${id}:${String(sev)}`);
      } else if (key === 'reassessment_months' || key === 'intake_months') {
        lines.push(`${key}=${integer(value, `config.${key}`)}`);
      } else {
        throw new ParticipatieladderError('config_error', `config: '${key}' is not a setting (disabled_checks, severity, reassessment_months, intake_months)`);
      }
    }
    if (lines.some((l) => /[\r\n]/.test(l))) throw badArgument('config values hold no line break');
    return lines.join('\n');
  };
  const makeRecord = (fields, options = {}) => {
    if (!isPlainObject(options)) throw badArgument(`options must be a plain object {referenceDate, config}, not ${describe(options)}`);
    const reference = options.referenceDate ?? today();
    if (typeof reference !== 'string') throw badArgument('options.referenceDate must be a date text YYYY-MM-DD');
    const out = call('pljs_record', ['string', 'string', 'string'], [fieldLines(fields), reference, configLines(options.config)]);
    return {
      csv: out.csv,
      jsonl: out.jsonl,
      json: JSON.parse(out.jsonl),
      findings: out.findings.map((f) => ({
        check: f.check, severity: f.severity, fields: f.fields, messageNl: f.message_nl, messageEn: f.message_en,
      })),
    };
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
    #outcome;
    constructor(lang = 'nl') {
      this.#lang = langName(lang);
      this.#id = core.ccall('pljs_session_new', 'number', [], []);
      if (sessionsLeft) sessionsLeft.register(this, this.#id, this);
      this.#act(0);
    }
    #act(action) {
      if (this.#id === 0) throw new ParticipatieladderError('invalid_state', 'the session was closed');
      this.#state = call('pljs_session', ['number', 'number'], [this.#id, action]);
      this.#outcome = fromV1(this.#state.outcome, this.#lang);
    }
    /** The question to ask now ({number, text, block}), or null when complete. */
    get currentQuestion() { return this.#outcome.nextQuestion; }
    get complete() { return this.#outcome.complete; }
    /** Number of answers given. */
    get answered() { return this.#state.answered; }
    /** The answers so far in the notation of SPEC §6 (`1:N 2:J`). */
    get answers() { return this.#state.answers; }
    /** The determination so far (complete or incomplete). */
    get outcome() { return this.#outcome; }
    /** The determination when complete, else null. */
    get result() { return this.#outcome.complete ? this.#outcome : null; }
    answer(yes) {
      if (typeof yes !== 'boolean') throw badArgument('answer(yes) takes true or false');
      this.#act(yes ? 1 : 2);
      return this;
    }
    back() { this.#act(3); return this; }
    /** Language of the texts from now on. */
    setLang(lang) { this.#lang = langName(lang); this.#act(0); return this; }
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
    determine: (answers, lang) => {
      langCode(lang);
      return fromV1(call('pljs_determine', ['string'], [notation(answers)]), lang);
    },
    /** SPEC §4: the v1 DeterminationResult in JSON (the bytes of the C ABI's pl_message_to_json). */
    determineJson: (answers) => {
      const text = core.ccall('pljs_determine', 'string', ['string'], [notation(answers)]);
      const value = JSON.parse(text);
      if (value.error) throw new ParticipatieladderError(value.error.code, value.error.message);
      return text;
    },
    /** SPEC §4: the 308 complete paths, depth first, yes before no. */
    paths: () => call('pljs_paths', [], []),
    /** SPEC §4: question q (1–21) with its block. */
    question,
    questionText: (q, lang) => question(q, lang).text,
    /** SPEC §4: the four blocks. */
    blocks: (lang) => call('pljs_blocks', ['number'], [langCode(lang)]),
    /** SPEC §2: label, on the ladder, can carry growth. */
    stepInfo,
    stepLabel: (step, lang) => stepInfo(step, lang).label,
    /** SPEC §3: criteria and examples of a ladder step; null for 0 and 9. */
    delimitation: (step, lang) => call('pljs_delimitation', ['number', 'number'], [integer(step, 'step'), langCode(lang)]),
    /** SPEC §5: the compact notation `2+`, `T3-`, `6` → {step, growth, notation}. */
    parseGrowth: (text) => {
      if (typeof text !== 'string') throw badArgument(`parseGrowth takes a text such as "2+", not ${describe(text)}`);
      return call('pljs_parse_notation', ['string'], [text]);
    },
    /** SPEC §5: a growth potential value `+`, `0`, `++`, `ja` → {growth, grade}. */
    parseGrowthValue: (text) => {
      if (typeof text !== 'string') throw badArgument(`parseGrowthValue takes a text such as "+", not ${describe(text)}`);
      return call('pljs_parse_growth_value', ['string'], [text]);
    },
    /** SPEC §5: the flag derived from a target step (one-year horizon only), and whether a flag contradicts it. */
    growthFromTarget: (step, target, horizon = '', flag = '') => {
      if (typeof horizon !== 'string' || typeof flag !== 'string') throw badArgument('growthFromTarget: horizon and flag are texts');
      return call('pljs_growth_from_target', ['number', 'number', 'string', 'string'],
        [integer(step, 'step'), integer(target, 'target'), horizon, flag]);
    },
    /**
     * SPEC §6 + §8: a record from {key or Dutch header: value} → {csv (Dutch headers and values,
     * `;`), jsonl (one line), json (the object: §6 keys, steps as numbers), findings (the
     * record-scope checks of SPEC §8 as of options.referenceDate, default today)}.
     */
    record: makeRecord,
    /** SPEC §8: the findings of the record-scope checks on one record — the CLI's ids, severities and messages. */
    check: (fields, options) => makeRecord(fields, options).findings,
  };
}
