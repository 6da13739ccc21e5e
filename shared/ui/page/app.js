// postwatch triage page. No framework, no external request. Every text shown here may have
// been written by an attacker (comments, handles, display names): the DOM is built with
// createElement and textContent only, never innerHTML, and links only ever get http(s) URLs.

/** @type {Record<string, any>} */
const state = { meta: null, findingId: null, finding: null };

const $ = (id) => document.getElementById(id);

/** Builds an element; string children become text nodes, so markup in them stays text. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') el.textContent = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function clear(el) {
  el.replaceChildren();
  return el;
}

/** Announces a short update to screen readers. */
function announce(text) {
  const el = $('announcer');
  el.textContent = '';
  // A fresh text node after a tick, so the same message twice is read twice.
  setTimeout(() => {
    el.textContent = text;
  }, 30);
}

/**
 * One load per view at a time: a new load of a view (a filter changed again, another finding
 * opened) aborts the one still waiting, and an answer that comes back after a newer load began
 * renders nothing. Without this, three quick filter changes send three requests whose answers
 * can arrive in any order, and the queue would show a stale answer, or all three appended.
 */
const loads = {};
function beginLoad(view) {
  loads[view]?.abort();
  const controller = new AbortController();
  loads[view] = controller;
  return { signal: controller.signal, current: () => loads[view] === controller };
}

class ApiError extends Error {}

/** Calls the page's own API (same origin; POSTs as JSON, which a cross-site form cannot send). */
async function api(path, body, signal) {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  if (signal) init.signal = signal;
  let res;
  try {
    res = await fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError('the postwatch process is not answering');
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok)
    throw new ApiError(
      (data && typeof data.error === 'string' && data.error) || `request failed (${res.status})`,
    );
  return data;
}

function formatTime(iso) {
  if (typeof iso !== 'string') return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function timeEl(iso) {
  return h('time', { datetime: iso }, formatTime(iso));
}

function badge(kind, value) {
  return h('span', { class: `badge ${kind}-${value}` }, value);
}

/** A URL fit for a link: http(s) only (no javascript:, data: ...), else undefined. */
function safeHref(url) {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function fillSelect(select, options, { any } = {}) {
  clear(select);
  if (any) select.append(h('option', { value: '' }, any));
  for (const opt of options) {
    const [value, label] = Array.isArray(opt) ? opt : [opt, opt];
    select.append(h('option', { value }, label));
  }
}

// ---------- evidence ----------

const FIELD_LABELS = {
  text: 'Text',
  'author.handle': 'Author handle',
  'author.displayName': 'Author display name',
  links: 'Link',
};

/**
 * The evidence of one field at its place in the original: with the whole text (a draft), the
 * text with each span marked; without it (a stored finding keeps only the excerpts), the
 * excerpts in order with the gaps between them shown as "…".
 */
function highlighted(spans, fullText) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h('p', { class: 'excerpt' });
  let at = 0;
  const gap = (n) => h('span', { class: 'gap', title: `${n} characters not kept` }, '…');
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= at) continue;
    if (start > at) {
      if (fullText !== undefined) out.append(fullText.slice(at, start));
      else out.append(gap(start - at));
    }
    // An overlapping span shows only what the previous one did not.
    const match =
      fullText !== undefined ? fullText.slice(start, span.end) : span.match.slice(start - span.start);
    // <mark> is exposed to assistive technology as a highlight; the note is its description.
    out.append(h('mark', { title: span.note || undefined }, match));
    at = span.end;
  }
  if (fullText !== undefined && at < fullText.length) out.append(fullText.slice(at));
  return out;
}

/** Evidence grouped by field (and link index), each group highlighted, then the notes. */
function renderEvidence(evidence, fullText) {
  const wrap = h('div', { class: 'evidence' });
  if (!Array.isArray(evidence) || evidence.length === 0) {
    wrap.append(h('p', {}, 'No evidence recorded.'));
    return wrap;
  }
  const groups = new Map();
  for (const e of evidence) {
    const key = e.field === 'links' ? `links#${e.index ?? 0}` : e.field;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  for (const [key, spans] of groups) {
    const field = spans[0].field;
    const label =
      field === 'links'
        ? `${FIELD_LABELS.links} ${(spans[0].index ?? 0) + 1}`
        : (FIELD_LABELS[field] ?? field);
    const text = field === 'text' ? fullText : undefined;
    const block = h(
      'div',
      { class: 'evidence-field', 'data-field': key },
      h('h3', {}, label),
      highlighted(spans, text),
    );
    const notes = spans.filter((s) => s.note);
    if (notes.length > 0) {
      block.append(
        h(
          'ul',
          { class: 'notes' },
          notes.map((s) => h('li', {}, h('q', {}, s.match), ' — ', s.note)),
        ),
      );
    }
    wrap.append(block);
  }
  return wrap;
}

// ---------- views ----------

const VIEWS = ['findings', 'finding', 'impersonators', 'check'];

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [view, ...rest] = hash.split('/');
  if (view === 'finding' && rest.length > 0)
    return { view: 'finding', id: decodeURIComponent(rest.join('/')) };
  if (VIEWS.includes(view) && view !== 'finding') return { view };
  return { view: 'findings' };
}

async function show() {
  const { view, id } = route();
  for (const section of document.querySelectorAll('main > section')) {
    section.hidden = section.dataset.view !== view;
  }
  for (const link of document.querySelectorAll('nav a')) {
    const current = link.dataset.view === view || (view === 'finding' && link.dataset.view === 'findings');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const heading = document.querySelector(`#view-${view} h1`);
  if (view === 'findings') await loadQueue();
  else if (view === 'finding') await loadFinding(id);
  else if (view === 'impersonators') await loadImpersonators();
  else if (view === 'check') checkAvailability();
  if (heading && state.routed) heading.focus();
  state.routed = true;
}

// Findings queue

function filterValues() {
  const params = new URLSearchParams();
  for (const name of ['status', 'severity', 'check', 'platform']) {
    const value = $(`f-${name}`).value;
    if (value) params.set(name, value);
  }
  return params;
}

async function loadQueue() {
  const load = beginLoad('queue');
  const summary = $('queue-summary');
  summary.textContent = 'Loading…';
  let data;
  try {
    data = await api(`/api/findings?${filterValues()}`, undefined, load.signal);
  } catch (e) {
    if (!load.current()) return;
    clear(document.querySelector('#queue tbody'));
    summary.textContent = `Could not load findings: ${e.message}`;
    return;
  }
  if (!load.current()) return;
  const body = clear(document.querySelector('#queue tbody'));
  const findings = data.findings;
  const more = data.more ? ' Only the first ones are shown: narrow the filters to see the rest.' : '';
  for (const f of findings) {
    body.append(
      h(
        'tr',
        { 'data-id': f.id },
        h('td', {}, badge('severity', f.severity)),
        h('td', {}, f.check),
        h('td', {}, h('a', { href: `#/finding/${encodeURIComponent(f.id)}` }, f.reason)),
        h('td', {}, f.platform),
        h('td', {}, f.authorHandle ? `@${f.authorHandle}` : ''),
        h('td', {}, timeEl(f.createdAt)),
        h('td', {}, badge('status', f.status)),
      ),
    );
  }
  summary.textContent =
    findings.length === 0
      ? 'No findings match these filters.'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'}, most severe and newest first.${more}`;
}

// One finding

function fact(dl, term, value) {
  dl.append(h('dt', {}, term), h('dd', {}, value));
}

function renderFinding(f) {
  $('h-finding').textContent = `Finding: ${f.check} (${f.severity})`;
  const dl = clear($('finding-facts'));
  fact(dl, 'Status', badge('status', f.status));
  fact(dl, 'Severity', badge('severity', f.severity));
  fact(dl, 'Check', f.check);
  fact(dl, 'Action', f.action);
  fact(dl, 'Platform', f.platform);
  fact(dl, 'Author', f.authorHandle ? `@${f.authorHandle}` : '(unknown)');
  const href = safeHref(f.itemUrl);
  fact(
    dl,
    `Item (${f.itemKind})`,
    href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, f.itemId) : f.itemId,
  );
  fact(dl, 'Found', timeEl(f.createdAt));
  fact(dl, 'Finding id', h('code', {}, f.id));
  $('finding-reason').textContent = f.reason;
  const ev = clear($('finding-evidence'));
  ev.append(renderEvidence(f.evidence));
  if (f.truncated)
    ev.append(
      h('p', { class: 'hint' }, 'The text was longer than the checks read; only its beginning was checked.'),
    );
  const history = clear($('finding-history'));
  for (const change of f.history ?? []) {
    history.append(
      h(
        'li',
        {},
        badge('status', change.status),
        ' ',
        timeEl(change.at),
        ' by ',
        h('span', { class: 'who' }, change.by),
        change.note ? h('p', { class: 'note' }, change.note) : null,
      ),
    );
  }
  if (history.children.length === 0) history.append(h('li', {}, 'Opened; no change yet.'));
  const allowable = state.meta?.allowable ?? [];
  $('allow-row').hidden = !allowable.includes(f.check) || f.status === 'dismissed';
  $('t-allow').checked = false;
  for (const button of document.querySelectorAll('#triage-form button')) {
    const target = { ack: 'acknowledged', resolve: 'resolved', dismiss: 'dismissed' }[button.dataset.verb];
    button.disabled = target === f.status;
  }
}

async function loadFinding(id) {
  const load = beginLoad('finding');
  state.findingId = id;
  state.finding = null;
  $('triage-status').textContent = '';
  $('finding-error').textContent = '';
  let finding;
  try {
    finding = await api(`/api/findings/${encodeURIComponent(id)}`, undefined, load.signal);
  } catch (e) {
    if (!load.current()) return;
    $('finding-body').hidden = true;
    $('h-finding').textContent = 'Finding';
    $('finding-error').textContent = `Could not load this finding: ${e.message}`;
    return;
  }
  if (!load.current()) return;
  state.finding = finding;
  $('finding-body').hidden = false;
  renderFinding(state.finding);
}

const DONE = { ack: 'Acknowledged', resolve: 'Resolved', dismiss: 'Dismissed' };

async function triage(event) {
  event.preventDefault();
  const verb = event.submitter?.dataset.verb;
  const note = $('t-note');
  const status = $('triage-status');
  if (!verb || !state.findingId) return;
  if (note.value.trim() === '') {
    status.textContent = 'Write a note first: it goes into the finding’s history.';
    note.focus();
    return;
  }
  const by = $('t-by').value.trim();
  try {
    localStorage.setItem('postwatch.by', by);
  } catch {
    // Storage may be off; the name is only a convenience.
  }
  status.textContent = 'Saving…';
  try {
    const allow = verb === 'dismiss' && !$('allow-row').hidden && $('t-allow').checked;
    const outcome = await api(`/api/findings/${encodeURIComponent(state.findingId)}/${verb}`, {
      note: note.value,
      ...(by ? { by } : {}),
      ...(allow ? { allow: true } : {}),
    });
    const updated = outcome.finding;
    state.finding = updated;
    renderFinding(updated);
    note.value = '';
    const allowed = outcome.allowed
      ? [
          ...outcome.allowed.accounts.map((a) => `@${a.handle} (${a.platform})`),
          ...outcome.allowed.contacts.map((c) => c.contact),
        ]
      : [];
    const also = allowed.length > 0 ? ` Allowed from now on: ${allowed.join(', ')}.` : '';
    status.textContent = `${DONE[verb]}. Status is now ${updated.status}.${also}`;
  } catch (e) {
    status.textContent = `Not saved: ${e.message}`;
  }
}

// Impersonators

function list(values) {
  return Array.isArray(values) ? values.join(', ') : (values ?? '');
}

async function loadImpersonators() {
  const load = beginLoad('impersonators');
  const summary = $('impersonators-summary');
  if (state.meta && !state.meta.features.impersonators) {
    clear(document.querySelector('#impersonators tbody'));
    summary.textContent = 'Not available: this postwatch build keeps no impersonator records yet.';
    return;
  }
  summary.textContent = 'Loading…';
  let data;
  try {
    data = await api('/api/impersonators', undefined, load.signal);
  } catch (e) {
    if (!load.current()) return;
    clear(document.querySelector('#impersonators tbody'));
    summary.textContent = `Not available: ${e.message}`;
    return;
  }
  if (!load.current()) return;
  const body = clear(document.querySelector('#impersonators tbody'));
  for (const r of data.impersonators) {
    // A re-emerged account is linked to the taken-down one it shares a contact, domain or wallet with.
    const links = (Array.isArray(r.linkedTo) ? r.linkedTo : []).map((l) =>
      h(
        'li',
        {},
        `linked to ${l.platform}:${l.handle ? `@${l.handle}` : l.account} by ${l.via?.kind ?? 'indicator'} `,
        h('code', {}, l.via?.value ?? ''),
      ),
    );
    body.append(
      h(
        'tr',
        { 'data-id': r.id },
        h('td', {}, r.platform),
        h('td', {}, h('code', {}, r.account)),
        h('td', {}, list((r.handles ?? []).map((x) => `@${x}`))),
        h('td', {}, list(r.displayNames)),
        h('td', {}, timeEl(r.firstSeen)),
        h('td', {}, timeEl(r.lastSeen)),
        h('td', {}, String(r.scamFindings ?? 0)),
        h('td', {}, badge('imp', r.status), links.length > 0 ? h('ul', { class: 'links' }, links) : null),
      ),
    );
  }
  const n = data.impersonators.length;
  summary.textContent =
    n === 0 ? 'No impersonator recorded.' : `${n} impersonator account${n === 1 ? '' : 's'}.`;
}

// Pre-publish check

function checkAvailability() {
  const available = !state.meta || state.meta.features.precheck;
  const button = document.querySelector('#check-form button');
  button.disabled = !available;
  if (!available)
    $('check-status').textContent = 'Not available: this postwatch build has no pre-publish check yet.';
}

async function precheck(event) {
  event.preventDefault();
  const load = beginLoad('check');
  const status = $('check-status');
  clear($('check-results'));
  const text = $('c-text').value;
  if (text.trim() === '') {
    status.textContent = 'Write or paste the draft first.';
    $('c-text').focus();
    return;
  }
  const as = $('c-as').value;
  const platform = $('c-platform').value;
  status.textContent = 'Checking…';
  let data;
  try {
    data = await api(
      '/api/check',
      { text, ...(as ? { as } : {}), ...(platform ? { platform } : {}) },
      load.signal,
    );
  } catch (e) {
    if (!load.current()) return;
    status.textContent = `Could not check: ${e.message}`;
    return;
  }
  if (!load.current()) return;
  const results = clear($('check-results'));
  const findings = Array.isArray(data.findings) ? data.findings : [];
  for (const f of findings) {
    const item = h(
      'li',
      { class: 'result', 'data-check': f.check },
      h('h2', {}, badge('severity', f.severity), ' ', f.check),
      h('p', { class: 'reason' }, f.reason),
      renderEvidence(f.evidence, text),
    );
    const fix = f.fix ?? f.suggestion;
    if (fix) item.append(h('p', { class: 'fix' }, h('strong', {}, 'How to fix: '), fix));
    results.append(item);
  }
  status.textContent =
    findings.length === 0
      ? 'Nothing would fire: the draft is clear to publish.'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'} would fire.`;
}

// ---------- start ----------

async function start() {
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    loadQueue();
  });
  for (const select of document.querySelectorAll('#filters select'))
    select.addEventListener('change', () => loadQueue());
  $('triage-form').addEventListener('submit', triage);
  $('check-form').addEventListener('submit', precheck);
  try {
    $('t-by').value = localStorage.getItem('postwatch.by') ?? '';
  } catch {
    // Storage may be off.
  }
  try {
    state.meta = await api('/api/meta');
  } catch (e) {
    announce(`Could not reach postwatch: ${e.message}`);
  }
  const m = state.meta;
  if (m) {
    $('brand-name').textContent = `· ${m.brand}`;
    fillSelect($('f-status'), [...m.statuses, ['', 'any status']]);
    fillSelect($('f-severity'), m.severities, { any: 'any severity' });
    fillSelect($('f-check'), m.checks, { any: 'any check' });
    fillSelect($('f-platform'), m.platforms, { any: 'any platform' });
    fillSelect($('c-as'), [
      ['brand', `the brand (${m.brand})`],
      ...m.partners.map((p) => [p.handle, `partner @${p.handle} (${p.platform})`]),
    ]);
    fillSelect($('c-platform'), m.platforms, { any: 'any platform' });
  }
  // Only "#/..." is a view; other fragments (the skip link's #main) stay on the current one.
  window.addEventListener('hashchange', () => {
    if (location.hash === '' || location.hash.startsWith('#/')) show();
  });
  await show();
  document.body.dataset.ready = 'true';
}

start();
