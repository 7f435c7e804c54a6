// SPDX-License-Identifier: Apache-2.0
// The caseworker's input page (issues 15, 22). Only presentation lives here: every question, step,
// label, delimitation, note, growth derivation, the §6 data and the §8 findings come from the
// WebAssembly rules core (window.participatieladder, built by tools/build_wasm.sh). The page words
// a finding for a caseworker by its check id; whether it fires is decided by the core alone.
'use strict';

(function () {
  // Texts of the page itself (the rules' texts come from the core). Dutch is the default.
  const ui = {
    nl: {
      title: 'Participatieladder — tredebepaling', loading: 'De rekenregels worden geladen…',
      loadFailed: 'De rekenregels konden niet worden geladen, dus deze pagina werkt niet. De pagina is niet volledig geïnstalleerd: vraag uw functioneel beheerder om hulp. (Melding: ',
      yes: 'Ja', no: 'Nee', back: 'Terug', backToQuestions: 'Terug naar de laatste vraag',
      keys: 'Toetsen: J = ja, N = nee, T = terug.', question: 'Vraag', block: 'Deel', of: 'van',
      previous: 'Vorige vraag', step: 'Trede', answersHeading: 'De antwoorden',
      notes: 'Let op: de vragenlijst en de beschrijving van de treden verschillen hier',
      delimitation: 'Wat deze trede inhoudt', examples: 'Voorbeelden', record: 'Gegevens voor de registratie',
      clientId: 'Klantnummer', measuredOn: 'Datum meetmoment', caseworker: 'Behandelend medewerker (klantmanager)', team: 'Team',
      registeredStep: 'Trede die u registreert',
      registeredStepHelp: 'Normaal de uitkomst van de vragenlijst. Kiest u op grond van de beschrijving van de treden een andere trede, dan wordt dat zo vastgelegd.',
      fromQuestionnaire: 'vragenlijst', growthLegend: 'Groei en doeltrede',
      growth: 'Groeipotentieel: kan de klant binnen een jaar een trede stijgen?', notFilled: 'niet ingevuld',
      growthYes: '+ ja', growthNo: '0 nee', target: 'Doeltrede', horizon: 'Termijn van de doeltrede',
      horizon1y: 'binnen 1 jaar', horizon5y: 'binnen 5 jaar', horizonEver: 'ooit', targetGrowth: 'Groei na de doeltrede',
      noGrowth: 'Trede 6 is de hoogste trede: geen groeipotentieel en geen doeltrede.',
      derived: 'Een doeltrede binnen een jaar betekent groeipotentieel: ', noDerivation: 'Een doeltrede op 5 jaar of ooit zegt niets over groei binnen een jaar.',
      keepsLevel: 'Doeltrede gelijk aan de huidige trede: het niveau behouden.',
      problemsHeading: 'Nog niet in orde', warningsHeading: 'Controleer',
      overrideConfirm: 'Ik registreer dit toch, bewust afwijkend', overrideReason: 'Reden (wordt met de registratie opgeslagen)',
      overrideReasonMissing: 'Schrijf de reden op waarom u afwijkt.', overrideNeeded: 'Los eerst op wat nog niet in orde is, of kies hieronder bewust voor afwijken met een reden.',
      fillFirst: 'Vul eerst in wat hierboven ontbreekt.', overridePrefix: 'Bewust afwijkend geregistreerd',
      register: 'Registreren', output: 'Klaar om op te slaan',
      outputHelp: 'Sla het bestand op en lees het in uw cliëntvolgsysteem of in Excel in.',
      csvOut: 'Voor Excel en cliëntvolgsystemen: kolommen gescheiden door een puntkomma',
      jsonOut: 'Voor koppelingen: JSON Lines (één regel per registratie)',
      copyCsv: 'Kopieer de Excel-regels', copyJson: 'Kopieer de JSON-regel',
      downloadCsv: 'Opslaan voor Excel (.csv)', downloadJson: 'Opslaan als JSON Lines (.jsonl)', copied: 'Gekopieerd.',
      copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer met Ctrl+C.',
      restart: 'Nieuwe tredebepaling', privacy: 'Alles blijft op deze computer: de pagina stuurt niets weg.',
      recordError: 'Dit kan niet worden geregistreerd: ', leaveWarning: 'De antwoorden zijn nog niet opgeslagen.',
      // Findings (SPEC §8) in a caseworker's words, by check id (PL006: by its field).
      PL006_client_id: 'Vul het klantnummer in.', PL006_measured_on: 'Vul de datum van het meetmoment in.',
      PL006_caseworker: 'Vul de behandelend medewerker (klantmanager) in.',
      PL006_step: 'Kies de trede die u registreert.',
      PL006_growth_potential: 'Vul bij trede 1 tot en met 5 het groeipotentieel of de doeltrede in.',
      PL004: 'Bij trede 5 hoort ondersteuning: een instrument, een aanvullende uitkering of een antwoord in de vragenlijst dat trede 5 verklaart. Hier is er geen.',
      PL007: 'Het groeipotentieel past niet bij de doeltrede binnen een jaar: een hogere doeltrede binnen een jaar betekent groeipotentieel +, een gelijke of lagere 0.',
      PL008: 'De doeltrede ligt onder de trede die u registreert.',
      PL009: 'Bij deze trede horen geen groeipotentieel en geen doeltrede.',
      PL012: 'De datum van het meetmoment ligt in de toekomst.',
      PL013: 'De trede die u registreert is niet de uitkomst van de vragenlijst.',
    },
    en: {
      title: 'Participation ladder — determining the step', loading: 'Loading the rules…',
      loadFailed: 'The rules could not be loaded, so this page does not work. The page is not completely installed: ask your application manager for help. (Message: ',
      yes: 'Yes', no: 'No', back: 'Back', backToQuestions: 'Back to the last question',
      keys: 'Keys: Y or J = yes, N = no, B = back.', question: 'Question', block: 'Part', of: 'of',
      previous: 'Previous question', step: 'Step', answersHeading: 'The answers',
      notes: 'Note: the questionnaire and the description of the steps differ here',
      delimitation: 'What this step means', examples: 'Examples', record: 'Data to register',
      clientId: 'Client number', measuredOn: 'Date of measurement', caseworker: 'Caseworker', team: 'Team',
      registeredStep: 'Step you register',
      registeredStepHelp: 'Normally the outcome of the questionnaire. If you choose another step from the description of the steps, that is recorded.',
      fromQuestionnaire: 'questionnaire', growthLegend: 'Growth and target step',
      growth: 'Growth potential: can the client rise a step within a year?', notFilled: 'not filled',
      growthYes: '+ yes', growthNo: '0 no', target: 'Target step', horizon: 'Horizon of the target step',
      horizon1y: 'within 1 year', horizon5y: 'within 5 years', horizonEver: 'ever', targetGrowth: 'Growth beyond the target step',
      noGrowth: 'Step 6 is the top step: no growth potential and no target step.',
      derived: 'A target step within one year means growth potential: ', noDerivation: 'A target with horizon 5 years or ever says nothing about growth within a year.',
      keepsLevel: 'Target equals the current step: keep the level.',
      problemsHeading: 'Not yet in order', warningsHeading: 'Please check',
      overrideConfirm: 'I register this anyway, knowingly deviating', overrideReason: 'Reason (saved with the registration)',
      overrideReasonMissing: 'Write down why you deviate.', overrideNeeded: 'First resolve what is not in order, or knowingly deviate below with a reason.',
      fillFirst: 'First fill in what is missing above.', overridePrefix: 'Knowingly registered deviating',
      register: 'Register', output: 'Ready to save',
      outputHelp: 'Save the file and import it into your client-tracking system or Excel.',
      csvOut: 'For Excel and client-tracking systems: columns separated by a semicolon',
      jsonOut: 'For system links: JSON Lines (one line per registration)',
      copyCsv: 'Copy the Excel lines', copyJson: 'Copy the JSON line',
      downloadCsv: 'Save for Excel (.csv)', downloadJson: 'Save as JSON Lines (.jsonl)', copied: 'Copied.',
      copyFailed: 'Copying failed; select the text and copy with Ctrl+C.',
      restart: 'New determination', privacy: 'Everything stays on this computer: the page sends nothing anywhere.',
      recordError: 'This cannot be registered: ', leaveWarning: 'The answers have not been saved yet.',
      PL006_client_id: 'Fill in the client number.', PL006_measured_on: 'Fill in the date of measurement.',
      PL006_caseworker: 'Fill in the caseworker.', PL006_step: 'Choose the step you register.',
      PL006_growth_potential: 'For steps 1 to 5, fill in the growth potential or the target step.',
      PL004: 'Step 5 goes with support: an instrument, a supplementary benefit or an answer in the questionnaire that explains step 5. There is none here.',
      PL007: 'The growth potential does not match the target step within one year: a higher target within a year means growth potential +, an equal or lower one 0.',
      PL008: 'The target step is below the step you register.',
      PL009: 'This step carries no growth potential and no target step.',
      PL012: 'The date of measurement is in the future.',
      PL013: 'The step you register is not the outcome of the questionnaire.',
    },
  };
  // Short explanations of terms in the questions, shown with the question that uses them.
  const glossary = {
    nl: [
      [/\bWSW\b|sociale werkvoorziening/i, 'WSW: de Wet sociale werkvoorziening — werk in een beschut bedrijf (sociale werkplaats) voor mensen met een arbeidsbeperking.'],
      [/mantelzorg/i, 'Mantelzorg: langdurige, onbetaalde zorg voor iemand uit de eigen omgeving die ziek is of hulp nodig heeft.'],
      [/vereniging/i, 'Vereniging: een club met leden, zoals een sportclub, koor of buurtvereniging.'],
      [/re-integratie/i, 'Re-integratietraject: begeleiding naar werk, afgesproken met de gemeente of het UWV.'],
      [/loonkostensubsidie/i, 'Loonkostensubsidie: de gemeente betaalt de werkgever een deel van het loon.'],
      [/inburgeringstraject/i, 'Inburgeringstraject: lessen en begeleiding om in te burgeren (taal, kennis van Nederland).'],
    ],
    en: [
      [/\bWSW\b|sheltered employment/i, 'WSW: the Sheltered Employment Act — work in a sheltered company for people with an occupational disability.'],
      [/informal care/i, 'Informal care (mantelzorg): long-term unpaid care for someone close who is ill or needs help.'],
      [/\bclub\b|association/i, 'Club (vereniging): an organisation with members, such as a sports club, choir or neighbourhood association.'],
      [/re-integration/i, 'Re-integration trajectory: guidance towards work agreed with the municipality or UWV.'],
      [/wage subsid/i, 'Wage cost subsidy: the municipality pays the employer part of the wage.'],
      [/integration (trajectory|programme|course)/i, 'Integration trajectory: lessons and guidance to integrate (language, knowledge of the Netherlands).'],
    ],
  };
  // The form's input for a §6 key (to mark it invalid and tie the message to it).
  const inputOf = { client_id: 'client-id', measured_on: 'measured-on', caseworker: 'caseworker', step: 'registered-step',
    growth_potential: 'growth', target_step: 'target' };

  const $ = (id) => document.getElementById(id);
  let pl = null;
  let lang = 'nl';
  let session = null;
  let urls = [];
  let attempted = false;   // the caseworker pressed Registreren: show every problem
  let saved = true;        // nothing unsaved (no answers, or the current data was downloaded)

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

  /** Anything produced from earlier answers or fields is gone the moment they change. */
  function clearOutput() {
    $('output').hidden = true;
    $('csv-out').value = '';
    $('json-out').value = '';
    $('copy-status').textContent = '';
    $('register-error').textContent = '';
    for (const u of urls) URL.revokeObjectURL(u);
    urls = [];
    for (const id of ['download-csv', 'download-json']) {
      $(id).removeAttribute('href');
      $(id).removeAttribute('download');
    }
  }

  function render(focus) {
    clearOutput();
    if (session.complete) renderResult(focus);
    else renderQuestion(focus);
  }

  function answerText(yes) { return yes ? t('yes') : t('no'); }

  function renderQuestion(focus) {
    $('result').hidden = true;
    $('ask').hidden = false;
    const q = session.currentQuestion;
    $('progress-text').textContent = `${t('block')} ${q.block.index} ${t('of')} ${q.block.count}: ${q.block.title}`;
    $('progress').max = q.block.count;
    $('progress').value = q.block.index;
    $('question-number').textContent = `${t('question')} ${q.number}:`;
    $('question-text').textContent = q.text;
    // The previous question and its answer: "dit werk", "hierbij" refer to it.
    const path = session.outcome.path;
    const last = path[path.length - 1];
    $('previous').hidden = !last;
    $('previous').textContent = last ? `${t('previous')}: ${pl.questionText(last.question, lang)} — ${answerText(last.answer)}` : '';
    const help = glossary[lang].filter(([re]) => re.test(q.text)).map(([, text]) => text);
    $('question-help').hidden = help.length === 0;
    $('question-help').replaceChildren(...help.map((h) => { const p = document.createElement('p'); p.textContent = h; return p; }));
    $('back').disabled = session.answered === 0;
    if (focus) $('question-heading').focus();
  }

  function renderResult(focus) {
    $('ask').hidden = true;
    $('result').hidden = false;
    const r = session.result;
    $('result-heading').textContent = `${t('step')} ${r.step}: ${r.label}`;
    $('result-answers').replaceChildren(...r.path.map((e) => {
      const li = document.createElement('li');
      li.textContent = `${pl.questionText(e.question, lang)} — ${answerText(e.answer)}`;
      li.dataset.question = String(e.question);
      return li;
    }));
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
    // The step registered: the questionnaire's, or another one chosen by the delimitation.
    const stepSelect = $('registered-step');
    const keep = stepSelect.dataset.result === String(r.step) ? stepSelect.value : String(r.step);
    stepSelect.replaceChildren();
    for (let s = 1; s <= 6; ++s) {
      const mark = s === r.step ? ` (${t('fromQuestionnaire')})` : '';
      stepSelect.add(new Option(`${s} — ${pl.stepLabel(s, lang)}${mark}`, String(s)));
    }
    stepSelect.value = keep;
    stepSelect.dataset.result = String(r.step);
    const target = $('target');
    const chosen = target.value;
    target.replaceChildren(target.options[0]);
    for (let s = 1; s <= 6; ++s) target.add(new Option(`${s} — ${pl.stepLabel(s, lang)}`, String(s)));
    target.value = chosen;
    if (!$('measured-on').value) $('measured-on').value = today();
    fieldsChanged();
    if (focus) $('result-heading').focus();
  }

  function registeredStep() { return Number($('registered-step').value || session.result.step); }

  function growthOpen() { return pl.stepInfo(registeredStep(), lang).canGrow; }  // SPEC §5: not on 6

  /** The fields of the registration as §6 keys (values as the form holds them). */
  function fields() {
    const open = growthOpen();
    const target = open ? $('target').value : '';
    const step = registeredStep();
    const reason = $('override-confirm').checked ? $('override-reason').value.trim() : '';
    return {
      client_id: $('client-id').value.trim(),
      measured_on: $('measured-on').value,
      caseworker: $('caseworker').value.trim(),
      team: $('team').value.trim(),
      step: String(step),
      growth_potential: open ? $('growth').value : '',
      target_step: target,
      target_horizon: target ? $('horizon').value : '',
      target_growth: target ? $('target-growth').value : '',
      determination: step === session.result.step ? 'questionnaire' : 'delimitation',
      answers: session.answers,
      free_field: reason ? `${ui.nl.overridePrefix}: ${reason.replace(/\s+/g, ' ')}` : '',
    };
  }

  function findingText(f) {
    const key = f.check === 'PL006' ? `PL006_${f.fields.length === 1 ? f.fields[0] : 'growth_potential'}` : f.check;
    return ui[lang][key] || (lang === 'en' ? f.messageEn : f.messageNl);
  }

  let current = null;  // {record, findings} of the fields as they are now, or {error}

  /** Re-check the fields with the core (SPEC §8) and show what the caseworker must know now. */
  function fieldsChanged() {
    clearOutput();
    saved = session.answered === 0;
    const open = growthOpen();
    $('growth-fields').hidden = !open;
    $('growth-fields').disabled = !open;
    $('no-growth').hidden = open;
    try {
      const rec = pl.record(fields(), { referenceDate: today() });
      current = { record: rec, findings: rec.findings };
    } catch (e) {
      current = { error: e };
    }
    adviseGrowth();
    showFindings();
  }

  // SPEC §5 through the core: the flag a one-year target derives; a contradiction (PL007) as an alert.
  function adviseGrowth() {
    const out = $('growth-advice');
    out.textContent = '';
    const conflict = current.findings ? current.findings.find((f) => f.check === 'PL007') : null;
    $('growth-conflict').textContent = conflict ? findingText(conflict) : '';
    if ($('growth-fields').hidden || !$('target').value) return;
    const g = pl.growthFromTarget(registeredStep(), Number($('target').value), $('horizon').value, $('growth').value);
    const parts = [];
    if (g.keepsLevel) parts.push(t('keepsLevel'));
    parts.push(g.derived === null ? t('noDerivation') : t('derived') + (g.derived === '+' ? t('growthYes') : t('growthNo')));
    out.textContent = parts.join(' ');
  }

  /** Mark an input invalid ({text}: a message under it; {by: id}: described by that element), or clear it. */
  function setFieldError(inputId, mark) {
    const input = $(inputId);
    const box = $(`${inputId}-error`);
    if (box) {
      box.textContent = mark && mark.text ? mark.text : '';
      box.hidden = !(mark && mark.text);
    }
    if (mark) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', mark.text && box ? box.id : mark.by || 'problems-list');
    } else {
      input.removeAttribute('aria-invalid');
      if (inputId !== 'registered-step') input.removeAttribute('aria-describedby');
      else input.setAttribute('aria-describedby', 'registered-step-help');
    }
  }

  /** Errors block registration (until resolved or knowingly overridden); warnings are shown. */
  function showFindings() {
    const findings = current.findings || [];
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity !== 'error');
    // The inputs an error is about are marked invalid: a one-field error shows its text under the
    // field; a finding about several fields (PL007: growth and target) is described by its alert.
    const marked = new Map();
    for (const f of errors)
      for (const k of f.fields)
        if (inputOf[k] && !marked.has(inputOf[k]) && (k !== 'step' || f.fields.length === 1))  // the step is context
          marked.set(inputOf[k], f.fields.length === 1 ? { text: findingText(f) } : { by: f.check === 'PL007' ? 'growth-conflict' : 'problems-list' });
    // A field the caseworker has not reached yet is only marked after "Registreren".
    for (const id of Object.values(inputOf)) {
      const mark = marked.get(id);
      const show = mark && (attempted || $(id).value !== '' || mark.by);
      setFieldError(id, show ? mark : null);
    }
    const list = (ul, fs) => ul.replaceChildren(...fs.map((f) => {
      const li = document.createElement('li');
      li.textContent = findingText(f);
      li.dataset.check = f.check;
      return li;
    }));
    list($('problems-list'), errors);
    list($('warnings-list'), warnings);
    $('problems').hidden = !attempted || errors.length === 0;
    $('warnings').hidden = !attempted || warnings.length === 0;
    // A required field (PL006) must be filled; any other error may be overridden with a reason.
    const overridable = errors.length > 0 && errors.every((f) => f.check !== 'PL006');
    $('override').hidden = !(attempted && overridable) && !$('override-confirm').checked;
    if (!$('override-confirm').checked) setFieldError('override-reason', null);
  }

  function register(event) {
    event.preventDefault();
    attempted = true;
    fieldsChanged();
    const err = $('register-error');
    if (current.error) {
      err.textContent = t('recordError') + current.error.message;
      return;
    }
    const errors = current.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      const overridable = errors.every((f) => f.check !== 'PL006');
      const confirmed = $('override-confirm').checked;
      const reason = $('override-reason').value.trim();
      if (!overridable || !confirmed || !reason) {
        if (overridable && confirmed && !reason) {
          setFieldError('override-reason', { text: t('overrideReasonMissing') });
          $('override-reason').focus();
          return;
        }
        err.textContent = overridable ? t('overrideNeeded') : t('fillFirst');
        const firstInvalid = document.querySelector('#record-form [aria-invalid="true"]');
        (firstInvalid || $('problems-heading')).focus();
        return;
      }
    }
    const rec = current.record;
    $('csv-out').value = rec.csv;
    $('json-out').value = rec.jsonl;
    // A byte-order mark so Dutch Excel reads the CSV as UTF-8; JSON Lines: one object per line.
    urls = [URL.createObjectURL(new Blob(['\uFEFF' + rec.csv], { type: 'text/csv;charset=utf-8' })),
      URL.createObjectURL(new Blob([rec.jsonl], { type: 'application/jsonl' }))];
    const base = `participatieladder-${rec.json.client_id.replace(/[^A-Za-z0-9_-]+/g, '_')}-${rec.json.measured_on}`;
    $('download-csv').href = urls[0];
    $('download-csv').download = `${base}.csv`;
    $('download-json').href = urls[1];
    $('download-json').download = `${base}.jsonl`;
    $('output').hidden = false;
    $('output-heading').focus();
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
    if (!saved && !window.confirm(t('leaveWarning'))) return;
    if (session) session.close();
    session = new pl.Session(lang);
    $('record-form').reset();
    attempted = false;
    saved = true;
    for (const id of Object.values(inputOf)) setFieldError(id, null);
    $('registered-step').dataset.result = '';
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
    else if (k === 't' || k === 'b' || k === 'backspace') { e.preventDefault(); back(); }
  }

  function answer(yes) {
    session.answer(yes);
    saved = false;
    render(true);
  }

  function back() {
    if (session.answered === 0) return;
    session.back();
    saved = false;
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
    $('record-form').addEventListener('submit', register);
    // Every change of a field makes what was produced before stale: it is cleared at once.
    $('record-form').addEventListener('input', fieldsChanged);
    $('record-form').addEventListener('change', fieldsChanged);
    $('copy-csv').addEventListener('click', () => copy('csv-out'));
    $('copy-json').addEventListener('click', () => copy('json-out'));
    for (const id of ['download-csv', 'download-json']) $(id).addEventListener('click', () => { saved = true; });
    document.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', (e) => {
      if (saved) return;
      e.preventDefault();
      e.returnValue = t('leaveWarning');
    });
    session = new pl.Session(lang);
    render(false);
  }

  $('lang-nl').addEventListener('click', () => setLang('nl'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  const wanted = new URLSearchParams(location.search).get('lang');
  if (wanted === 'en') lang = 'en';
  applyTexts();
  if (window.participatieladder) {
    start(window.participatieladder);
  } else {
    const e = window.participatieladderLoadError;
    $('loading').hidden = true;
    $('load-failed').hidden = false;
    $('load-failed').textContent = t('loadFailed') + (e && e.message ? e.message : 'dist/participatieladder.page.js') + ')';
  }
})();
