// The employer's self-assessment page. It uses only the JSON API: every text comes from GET api/v1/messages
// (the one message bundle shared with the command line), the hazard tags from api/v1/hazards, the occupation
// picker from api/v1/lists/{country}, and the answer from POST api/v1/check.
'use strict';

(() => {
  const state = { lang: 'en', msgs: {}, tags: [], picked: null, loads: 0, shown: false, searchSeq: 0 };
  const $ = (id) => document.getElementById(id);

  /** A message from the bundle, with {name} placeholders filled. */
  function t(key, args) {
    let s = state.msgs[key];
    if (s === undefined) {
      return key;
    }
    if (args) {
      s = s.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
    }
    return s;
  }

  function number(n) {
    return new Intl.NumberFormat(state.lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) {
      throw new Error(body.message || r.statusText);
    }
    return body;
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') {
        e.className = v;
      } else if (k.startsWith('data-')) {
        e.setAttribute(k, v);
      } else {
        e[k] = v;
      }
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  }

  function applyMessages(root) {
    root.querySelectorAll('[data-msg]').forEach((e) => { e.textContent = t(e.dataset.msg); });
    root.querySelectorAll('[data-msg-placeholder]').forEach((e) => { e.placeholder = t(e.dataset.msgPlaceholder); });
  }

  async function setLang(lang) {
    const m = await getJson('api/v1/messages?lang=' + lang);
    state.lang = lang;
    state.msgs = m.messages;
    document.documentElement.lang = lang;
    document.title = t('web.title');
    applyMessages(document);
    ['ru', 'en'].forEach((l) => $('lang-' + l).setAttribute('aria-pressed', String(l === lang)));
    renderHazards();
    history.replaceState(null, '', '?lang=' + lang);
    if (state.picked) {
      showPicked(state.picked);
    }
    if (!$('occupation-results').hidden) {
      await search();
    }
    if (state.shown) {
      await check();
    }
  }

  // Hazard checkboxes: one per tag the engine knows, in the alphabetical order of their plain-language label.
  function renderHazards() {
    const list = $('hazard-list');
    const boxes = state.tags.map((tag) => {
      let box = $('hazard-' + tag);
      if (!box) {
        box = el('label', { class: 'hazard' }, el('input', { type: 'checkbox', id: 'hazard-' + tag, value: tag }), ' ',
          el('span', { 'data-msg': 'web.hazard.' + tag }));
      } else {
        box = box.parentElement;
      }
      box.querySelector('span').textContent = t('web.hazard.' + tag);
      return box;
    });
    boxes.sort((a, b) => a.textContent.localeCompare(b.textContent, state.lang));
    boxes.forEach((b) => list.append(b));
  }

  function addLoad() {
    const i = state.loads++;
    const row = el('div', { class: 'load-row', id: 'load-' + i },
      el('div', {}, el('label', { htmlFor: 'load-' + i + '-kg', 'data-msg': 'web.load.kg' }),
        el('input', { type: 'number', id: 'load-' + i + '-kg', min: '0', max: '1000', step: '0.1', className: 'kg' })),
      el('div', {}, el('label', { htmlFor: 'load-' + i + '-frequency', 'data-msg': 'web.load.frequency' }),
        el('select', { id: 'load-' + i + '-frequency' },
          el('option', { value: 'occasional', 'data-msg': 'web.load.occasional' }),
          el('option', { value: 'constant', 'data-msg': 'web.load.constant' }),
          el('option', { value: '', 'data-msg': 'web.load.unknown' }))),
      el('button', { type: 'button', className: 'remove', 'data-msg': 'web.load.remove', onclick: () => row.remove() }));
    applyMessages(row);
    $('load-rows').append(row);
  }

  // The occupation picker over the hazardous-work list in force (Russian wording, English gloss, ISCO codes).
  let searchTimer = null;
  function searchSoon() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 200);
  }

  async function search() {
    const q = $('occupation').value.trim();
    const out = $('occupation-results');
    const seq = ++state.searchSeq;
    if (q.length < 2) {
      out.hidden = true;
      out.dataset.query = q;
      return;
    }
    const on = $('assessedOn').value;
    const r = await getJson('api/v1/lists/' + $('country').value + '?limit=8&q=' + encodeURIComponent(q)
      + (on ? '&on=' + on : ''));
    if (seq !== state.searchSeq) {
      return;
    }
    out.replaceChildren();
    $('occupation-nolist').hidden = r.list !== null;
    if (r.list === null) {
      out.hidden = true;
      return;
    }
    r.items.forEach((item) => {
      const main = state.lang === 'ru' ? item.label : item.gloss;
      const other = state.lang === 'ru' ? item.gloss : item.label;
      const codes = item.isco08.length ? ' · ISCO ' + item.isco08.join(', ') : '';
      out.append(el('li', {}, el('button', { type: 'button', className: 'pick', 'data-id': item.id, onclick: () => pick(item) },
        el('strong', {}, main), el('small', {}, ' ' + other + codes + ' · ' + item.id))));
    });
    out.append(el('li', {}, el('button', { type: 'button', className: 'pick-none', onclick: () => { out.hidden = true; } },
      t('web.occupation.none'))));
    out.dataset.query = q;
    out.hidden = false;
  }

  function pick(item) {
    state.picked = item;
    if (!$('isco').value && item.isco08.length === 1) {
      $('isco').value = item.isco08[0];
    }
    if (!$('occupation').value.trim()) {
      $('occupation').value = item.label;
    }
    $('occupation-results').hidden = true;
    showPicked(item);
  }

  function showPicked(item) {
    $('picked-label').textContent = state.lang === 'ru' ? item.label : item.gloss;
    $('picked-id').textContent = item.id;
    $('picked').hidden = false;
  }

  function unpick() {
    state.picked = null;
    $('picked').hidden = true;
  }

  function checked(name) {
    const c = document.querySelector('input[name="' + name + '"]:checked');
    return c && c.value !== '' ? c.value : null;
  }

  /** The job description (contract section 1) built from the form. */
  function buildJob() {
    const job = { id: 'self-assessment', country: $('country').value, assessedOn: $('assessedOn').value, worker: {}, job: {}, schedule: {} };
    job.worker.birthDate = $('birthDate').value;
    const sex = checked('sex');
    if (sex) {
      job.worker.sex = sex;
    }
    ['inEducation', 'parentalConsent'].forEach((f) => {
      const v = checked(f);
      if (v !== null) {
        job.worker[f] = v === 'true';
      }
    });
    const title = $('occupation').value.trim();
    if (title) {
      job.job.title = title;
    }
    const description = $('description').value.trim();
    if (description) {
      job.job.description = description;
    }
    if ($('isco').value.trim()) {
      job.job.isco08 = $('isco').value.trim();
    }
    if ($('sector').value) {
      job.job.isic4 = $('sector').value;
    }
    if (state.picked) {
      job.job.listItems = [state.picked.id];
    }
    const hazards = state.tags.filter((tag) => $('hazard-' + tag).checked);
    if (hazards.length) {
      job.job.hazards = hazards;
    }
    const loads = [];
    document.querySelectorAll('.load-row').forEach((row) => {
      const kg = row.querySelector('input.kg').value;
      if (kg !== '') {
        const frequency = row.querySelector('select').value;
        loads.push(frequency ? { kg: Number(kg), frequency } : { kg: Number(kg) });
      }
    });
    if (loads.length) {
      job.loads = loads;
    }
    ['hoursPerDay', 'hoursPerWeek', 'daysPerWeek'].forEach((f) => {
      if ($(f).value !== '') {
        job.schedule[f] = Number($(f).value);
      }
    });
    ['start', 'end'].forEach((f) => {
      if ($(f).value) {
        job.schedule[f] = $(f).value;
      }
    });
    const term = checked('schoolTerm');
    if (term !== null) {
      job.schedule.schoolTerm = term === 'true';
    }
    return job;
  }

  async function check() {
    const button = $('check');
    button.disabled = true;
    button.textContent = t('web.checking');
    try {
      const r = await fetch('api/v1/check?lang=' + state.lang, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(buildJob()),
      });
      const body = await r.json();
      if (r.status !== 200 && r.status !== 400) {
        throw new Error(body.message || r.statusText);
      }
      render(Array.isArray(body) ? body[0] : body);
    } catch (e) {
      render({ verdict: 'invalid', findings: [], warnings: [], errors: [{ path: '', message: t('web.error.network', { message: e.message }) }] });
    } finally {
      button.disabled = false;
      button.textContent = t('web.check');
    }
  }

  const FIELDS = {
    country: 'country', assessedOn: 'assessedOn', 'worker.birthDate': 'birthDate', 'worker.age': 'birthDate',
    'worker.sex': 'sex', 'worker.inEducation': 'inEducation', 'worker.parentalConsent': 'parentalConsent',
    'job.title': 'occupation', 'job.description': 'description', 'job.isco08': 'isco', 'job.isic4': 'sector', 'job.listItems': 'occupation',
    'job.hazards': 'hazard-list', 'schedule.hoursPerDay': 'hoursPerDay', 'schedule.hoursPerWeek': 'hoursPerWeek',
    'schedule.daysPerWeek': 'daysPerWeek',
    'schedule.start': 'start', 'schedule.end': 'end', 'schedule.schoolTerm': 'schoolTerm',
  };

  function fieldFor(path) {
    const load = /^loads\[(\d+)]/.exec(path || '');
    if (load) {
      const rows = document.querySelectorAll('.load-row input.kg');
      return rows[Number(load[1])] || null;
    }
    const id = FIELDS[(path || '').replace(/\[\d+]$/, '')];
    return id ? $(id) : null;
  }

  function labelOf(field) {
    const label = document.querySelector('label[for="' + field.id + '"]');
    if (label) {
      return label.textContent;
    }
    const legend = field.closest('fieldset') && field.closest('fieldset').querySelector('legend');
    return legend ? legend.textContent : field.id;
  }

  function render(result) {
    state.shown = true;
    document.body.dataset.checks = String(Number(document.body.dataset.checks || 0) + 1);
    document.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    const verdict = $('verdict');
    verdict.className = 'verdict ' + result.verdict;
    verdict.dataset.verdict = result.verdict;
    verdict.textContent = t('web.verdict.' + result.verdict);

    const findings = $('findings');
    findings.replaceChildren(...result.findings.map(finding));

    const settle = (result.toSettle || []).map((x) => el('li', { 'data-reason': x.reason, 'data-field': x.field || '',
      'data-entry': x.listEntry || '' }, x.message));
    $('settle').replaceChildren(...settle);
    $('settle-block').hidden = settle.length === 0;

    const notes = (result.warnings || []).filter((w) => !w.review).map((w) => el('li', { 'data-code': w.code }, w.message));
    $('notes').replaceChildren(...notes);
    $('notes-block').hidden = notes.length === 0;

    const errors = (result.errors || []).map((e) => {
      const field = fieldFor(e.path);
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        return el('li', { 'data-path': e.path }, t('web.error.field', { field: labelOf(field) }) + ' ' + e.message);
      }
      return el('li', { 'data-path': e.path || '' }, (e.path ? e.path + ': ' : '') + e.message);
    });
    $('errors').replaceChildren(...errors);
    summary();
    $('answer').hidden = false;
    $('answer').scrollIntoView({ block: 'start' });
  }

  function finding(f) {
    const li = el('li', { class: 'finding ' + f.certainty, 'data-kind': f.kind, 'data-certainty': f.certainty },
      el('h3', {}, t('web.kind.' + f.kind), ' ', el('span', { class: 'badge' }, t('web.finding.' + f.certainty))),
      el('p', { class: 'message' }, f.message));
    if (f.limit !== undefined && f.actual !== undefined && f.kind !== 'hazardous-work') {
      const unit = f.unit ? ' ' + t('web.unit.' + f.unit) : '';
      li.append(el('p', { class: 'figures' },
        el('span', { class: 'limit' }, t('web.finding.limit') + ': ', el('strong', {}, number(f.limit) + unit)),
        el('span', { class: 'actual' }, t('web.finding.actual') + ': ', el('strong', {}, number(f.actual) + unit))));
    }
    const p = f.provision;
    li.append(el('p', { class: 'law' }, t('web.finding.law') + ': ',
      el('a', { href: p.source, rel: 'noopener' }, p.citation || (p.article + ', ' + p.instrument)),
      ' (' + t('web.finding.' + p.verification) + ')'));
    if (f.remedy) {
      li.append(el('p', { class: 'remedy' }, el('strong', {}, t('web.finding.remedy') + ': '), f.remedy));
    }
    for (const x of f.sanctions || []) {
      li.append(el('p', { class: 'sanction', 'data-sanction': x.id }, el('strong', {}, t('web.finding.sanction') + ': '),
        el('a', { href: x.provision.source, rel: 'noopener' }, x.text)));
    }
    return li;
  }

  function summary() {
    const rows = [];
    const add = (key, value) => {
      if (value) {
        rows.push(el('dt', {}, t(key)), el('dd', {}, value));
      }
    };
    const choice = (name) => {
      const v = checked(name);
      return v === null ? '' : t(v === 'true' ? 'web.yes' : 'web.no');
    };
    add('web.country', t('web.country.' + $('country').value));
    add('web.assessedOn', $('assessedOn').value);
    add('web.birthDate', $('birthDate').value);
    add('web.sex', t('web.sex.' + (checked('sex') || 'unknown')));
    add('web.inEducation', choice('inEducation'));
    add('web.parentalConsent', choice('parentalConsent'));
    add('web.occupation', [$('occupation').value.trim(), state.picked ? state.picked.id : ''].filter(Boolean).join(' · '));
    add('web.description', $('description').value.trim());
    add('web.isco', $('isco').value.trim());
    add('web.sector', $('sector').value ? t('web.sector.' + $('sector').value) : '');
    add('web.hazards', state.tags.filter((tag) => $('hazard-' + tag).checked).map((tag) => t('web.hazard.' + tag)).join('; '));
    const loads = [];
    document.querySelectorAll('.load-row').forEach((row) => {
      const kg = row.querySelector('input.kg').value;
      if (kg !== '') {
        loads.push(number(Number(kg)) + ' ' + t('web.unit.kg') + ' (' + t('web.load.' + (row.querySelector('select').value || 'unknown')) + ')');
      }
    });
    add('web.loads', loads.join('; '));
    add('web.hoursPerDay', $('hoursPerDay').value && number(Number($('hoursPerDay').value)));
    add('web.hoursPerWeek', $('hoursPerWeek').value && number(Number($('hoursPerWeek').value)));
    add('web.daysPerWeek', $('daysPerWeek').value);
    add('web.start', $('start').value);
    add('web.end', $('end').value);
    add('web.schoolTerm', choice('schoolTerm'));
    $('summary').replaceChildren(...rows);
  }

  function today() {
    const d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  async function start() {
    try {
      const params = new URLSearchParams(location.search);
      const wanted = params.get('lang') || ((navigator.language || '').startsWith('en') ? 'en' : 'ru');
      state.tags = (await getJson('api/v1/hazards')).tags;
      await setLang(wanted === 'en' ? 'en' : 'ru');
      $('assessedOn').value = today();
      addLoad();
      $('lang-ru').addEventListener('click', () => setLang('ru'));
      $('lang-en').addEventListener('click', () => setLang('en'));
      $('occupation').addEventListener('input', searchSoon);
      $('country').addEventListener('change', () => { unpick(); searchSoon(); });
      $('unpick').addEventListener('click', unpick);
      $('add-load').addEventListener('click', addLoad);
      $('print').addEventListener('click', () => window.print());
      $('edit').addEventListener('click', () => $('job-form').scrollIntoView({ block: 'start' }));
      $('job-form').addEventListener('submit', (e) => {
        e.preventDefault();
        check();
      });
      $('job-form').hidden = false;
      document.body.dataset.ready = 'true';
    } catch (e) {
      $('load-error').textContent = 'hazlex: ' + e.message;
      $('load-error').hidden = false;
    }
  }

  start();
})();
