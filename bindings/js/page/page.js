// SPDX-License-Identifier: Apache-2.0
// The input module page (issue 15). Only presentation lives here: every question, step, label,
// delimitation, note, growth derivation and the §6 record come from the WebAssembly rules core
// (window.participatieladderReady, built by tools/build_wasm.sh).
'use strict';

(function () {
  // Texts of the page itself (the rules' texts come from the core). Dutch is the default.
  const ui = {
    nl: {
      title: 'Participatieladder — tredebepaling', loading: 'De rekenregels worden geladen…',
      loadFailed: 'De rekenregels konden niet worden geladen: ', yes: 'Ja', no: 'Nee', back: 'Terug',
      keys: 'Toetsen: J = ja, N = nee, B = terug.', question: 'Vraag', block: 'Blok', of: 'van',
      step: 'Trede', answers: 'Antwoorden', notes: 'Let op: bekende afwijking tussen vragenlijst en afbakening',
      delimitation: 'Afbakening', examples: 'Voorbeelden', record: 'Gegevens voor de gegevensset', clientId: 'Klantnummer',
      measuredOn: 'Datum meetmoment', growthLegend: 'Groei en doeltrede',
      growth: 'Groeipotentieel (binnen een jaar een trede hoger?)', notFilled: 'niet ingevuld', growthYes: '+ (ja)',
      growthNo: '0 (nee)', target: 'Doeltrede', horizon: 'Termijn', horizon1y: '1 jaar', horizon5y: '5 jaar',
      horizonEver: 'ooit', targetGrowth: 'Groei na de doeltrede',
      noGrowth: 'Trede 6 is de hoogste trede: geen groeipotentieel en geen doeltrede.',
      makeRecord: 'Maak het record', output: 'Record (SPEC §6)',
      csvOut: 'CSV-regel (puntkomma, Nederlandse kolomnamen)', jsonOut: 'JSON-object', copyCsv: 'Kopieer CSV',
      copyJson: 'Kopieer JSON', downloadCsv: 'Download CSV', downloadJson: 'Download JSON', copied: 'Gekopieerd.',
      copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer met Ctrl+C.',
      restart: 'Nieuwe tredebepaling', privacy: 'Alles blijft op deze computer: de pagina stuurt niets weg.',
      derived: 'Afgeleid groeipotentieel (doeltrede binnen een jaar): ', noDerivation: 'Een doeltrede met termijn 5 jaar of ooit zegt niets over groei binnen een jaar.',
      contradicts: 'Let op: het groeipotentieel spreekt de doeltrede binnen een jaar tegen (controle PL007).',
      keepsLevel: 'Doeltrede = huidige trede: behoud van participatieniveau.', measuredOnMissing: 'Vul de datum van het meetmoment in.', clientIdMissing: 'Vul het klantnummer in.',
      recordError: 'Het record kon niet worden gemaakt: ',
    },
    en: {
      title: 'Participation ladder — determining the step', loading: 'Loading the rules…',
      loadFailed: 'The rules could not be loaded: ', yes: 'Yes', no: 'No', back: 'Back',
      keys: 'Keys: Y or J = yes, N = no, B = back.', question: 'Question', block: 'Block', of: 'of',
      step: 'Step', answers: 'Answers', notes: 'Note: known divergence between questionnaire and delimitation',
      delimitation: 'Delimitation', examples: 'Examples', record: 'Data for the base data set', clientId: 'Client number',
      measuredOn: 'Date of measurement', growthLegend: 'Growth and target step',
      growth: 'Growth potential (one step higher within a year?)', notFilled: 'not filled', growthYes: '+ (yes)',
      growthNo: '0 (no)', target: 'Target step', horizon: 'Horizon', horizon1y: '1 year', horizon5y: '5 years',
      horizonEver: 'ever', targetGrowth: 'Growth beyond the target step',
      noGrowth: 'Step 6 is the top step: no growth potential and no target step.',
      makeRecord: 'Make the record', output: 'Record (SPEC §6)',
      csvOut: 'CSV row (semicolon, Dutch column names)', jsonOut: 'JSON object', copyCsv: 'Copy CSV',
      copyJson: 'Copy JSON', downloadCsv: 'Download CSV', downloadJson: 'Download JSON', copied: 'Copied.',
      copyFailed: 'Copying failed; select the text and copy with Ctrl+C.',
      restart: 'New determination', privacy: 'Everything stays on this computer: the page sends nothing anywhere.',
      derived: 'Derived growth potential (target within one year): ', noDerivation: 'A target with horizon 5 years or ever says nothing about growth within a year.',
      contradicts: 'Note: the growth potential contradicts the one-year target step (check PL007).',
      keepsLevel: 'Target = current step: keep the level.', measuredOnMissing: 'Fill in the date of measurement.', clientIdMissing: 'Fill in the client number.',
      recordError: 'The record could not be made: ',
    },
  };

  const $ = (id) => document.getElementById(id);
  let pl = null;
  let lang = 'nl';
  let session = null;
  let urls = [];

  const t = (key) => ui[lang][key];

  function applyTexts() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
    document.title = t('title');
    $('lang-nl').setAttribute('aria-pressed', String(lang === 'nl'));
    $('lang-en').setAttribute('aria-pressed', String(lang === 'en'));
  }

  function today() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  function render(focus) {
    if (session.complete) renderResult(focus);
    else renderQuestion(focus);
  }

  function renderQuestion(focus) {
    $('result').hidden = true;
    $('ask').hidden = false;
    const q = session.currentQuestion;
    $('progress-text').textContent = `${t('block')} ${q.block.index} ${t('of')} ${q.block.count}: ${q.block.title}`;
    $('progress').max = q.block.count;
    $('progress').value = q.block.index;
    $('question-number').textContent = `${t('question')} ${q.number}`;
    $('question-text').textContent = q.text;
    $('back').disabled = session.answered === 0;
    if (focus) $('question-text').focus();
  }

  function renderResult(focus) {
    $('ask').hidden = true;
    $('result').hidden = false;
    const r = session.result;
    $('result-heading').textContent = `${t('step')} ${r.step}: ${r.label}`;
    $('result-path').textContent = `${t('answers')}: ${session.answers}`;
    $('notes').hidden = r.notes.length === 0;
    $('notes-list').replaceChildren(...r.notes.map((n) => {
      const li = document.createElement('li');
      li.textContent = n.text;
      li.dataset.note = n.id;
      return li;
    }));
    $('criteria').textContent = r.delimitation.criteria;
    $('examples').setAttribute('aria-label', t('examples'));
    $('examples').replaceChildren(...r.delimitation.examples.map((e) => {
      const li = document.createElement('li');
      li.textContent = e;
      return li;
    }));
    const canGrow = pl.stepInfo(r.step, lang).canGrow;  // SPEC §5: 6 has no growth, no target
    $('growth-fields').hidden = !canGrow;
    $('growth-fields').disabled = !canGrow;
    $('no-growth').hidden = canGrow;
    const target = $('target');
    const chosen = target.value;
    target.replaceChildren(target.options[0]);
    for (let s = 1; s <= 6; ++s) target.add(new Option(`${s} — ${pl.stepLabel(s, lang)}`, String(s)));
    target.value = chosen;
    if (!$('measured-on').value) $('measured-on').value = today();
    adviseGrowth();
    if (focus) $('result-heading').focus();
  }

  // SPEC §5 through the core: the flag a one-year target derives, and a contradiction.
  function adviseGrowth() {
    const r = session.result;
    const out = $('growth-advice');
    out.textContent = '';
    if (!r || $('growth-fields').hidden || !$('target').value) return;
    const g = pl.growthFromTarget(r.step, Number($('target').value), $('horizon').value, $('growth').value);
    const parts = [];
    if (g.keepsLevel) parts.push(t('keepsLevel'));
    parts.push(g.derived === null ? t('noDerivation') : t('derived') + g.derived);
    if (g.contradicts) parts.push(t('contradicts'));
    out.textContent = parts.join(' ');
  }

  function makeRecord(event) {
    event.preventDefault();
    const r = session.result;
    const err = $('record-error');
    err.textContent = '';
    for (const [id, key] of [['client-id', 'clientIdMissing'], ['measured-on', 'measuredOnMissing']]) {
      if ($(id).value.trim()) continue;
      err.textContent = t(key);
      $(id).focus();
      return;
    }
    const growthOpen = !$('growth-fields').hidden;
    const target = growthOpen ? $('target').value : '';
    const fields = {
      client_id: $('client-id').value.trim(),
      measured_on: $('measured-on').value,
      step: String(r.step),
      growth_potential: growthOpen ? $('growth').value : '',
      target_step: target,
      target_horizon: target ? $('horizon').value : '',
      target_growth: target ? $('target-growth').value : '',
      determination: 'questionnaire',
      answers: session.answers,
    };
    let rec;
    try {
      rec = pl.record(fields);
    } catch (e) {
      err.textContent = t('recordError') + e.message;
      return;
    }
    const json = JSON.stringify(rec.json, null, 2);
    $('csv-out').value = rec.csv;
    $('json-out').value = json;
    for (const u of urls) URL.revokeObjectURL(u);
    // A byte-order mark so Dutch Excel reads the CSV as UTF-8.
    urls = [URL.createObjectURL(new Blob(['\uFEFF' + rec.csv], { type: 'text/csv;charset=utf-8' })),
      URL.createObjectURL(new Blob([json + '\n'], { type: 'application/json' }))];
    $('download-csv').href = urls[0];
    $('download-json').href = urls[1];
    $('output').hidden = false;
    $('csv-out').focus();
  }

  async function copy(id) {
    const text = $(id).value;
    try {
      await navigator.clipboard.writeText(text);
      $('copy-status').textContent = t('copied');
    } catch {
      $(id).select();
      $('copy-status').textContent = document.execCommand('copy') ? t('copied') : t('copyFailed');
    }
  }

  function restart() {
    if (session) session.close();
    session = new pl.Session(lang);
    $('record-form').reset();
    $('output').hidden = true;
    $('record-error').textContent = '';
    render(true);
  }

  function setLang(l) {
    lang = l;
    applyTexts();
    if (session) {
      session.setLang(lang);
      render(false);
    }
  }

  function onKey(e) {
    if (e.ctrlKey || e.altKey || e.metaKey || $('ask').hidden) return;
    const tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    const k = e.key.toLowerCase();
    if (k === 'j' || k === 'y') { e.preventDefault(); answer(true); }
    else if (k === 'n') { e.preventDefault(); answer(false); }
    else if (k === 'b' || k === 'backspace') { e.preventDefault(); back(); }
  }

  function answer(yes) {
    session.answer(yes);
    render(true);
  }

  function back() {
    if (session.answered === 0) return;
    session.back();
    render(true);
  }

  function start(core) {
    pl = core;
    $('loading').hidden = true;
    $('yes').addEventListener('click', () => answer(true));
    $('no').addEventListener('click', () => answer(false));
    $('back').addEventListener('click', back);
    $('back-result').addEventListener('click', back);
    $('restart').addEventListener('click', restart);
    $('record-form').addEventListener('submit', makeRecord);
    for (const id of ['growth', 'target', 'horizon']) $(id).addEventListener('change', adviseGrowth);
    $('copy-csv').addEventListener('click', () => copy('csv-out'));
    $('copy-json').addEventListener('click', () => copy('json-out'));
    document.addEventListener('keydown', onKey);
    session = new pl.Session(lang);
    render(false);
  }

  $('lang-nl').addEventListener('click', () => setLang('nl'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  const wanted = new URLSearchParams(location.search).get('lang');
  if (wanted === 'en') lang = 'en';
  applyTexts();
  window.participatieladderReady.then(start, (e) => {
    $('loading').textContent = t('loadFailed') + (e && e.message ? e.message : String(e));
  });
})();
