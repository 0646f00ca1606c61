/* The participants' phone page: joins a shared session over the page's own
   WebSocket (docs/phones.md) and shows the live state. Text from the host or
   the participant is only ever set with textContent. */
(function () {
'use strict';

var WORDS = window.MODERATO_I18N || {};
var LANGS = ['en', 'ar', 'de', 'es', 'fr', 'pt-BR', 'ru', 'zh-CN'];
var PRIMARY = { en: 'en', ar: 'ar', de: 'de', es: 'es', fr: 'fr', pt: 'pt-BR', ru: 'ru', zh: 'zh-CN' };
var TOKEN = 'moderato.token', LANG = 'moderato.lang';
var GROUPS = { 'Government': 'gGovernment', 'Private Sector': 'gPrivate', 'Civil Society': 'gCivil',
  'Technical Community': 'gTechnical', 'Intergovernmental Organization': 'gIgo', 'Academia': 'gAcademia' };
var CODES = ['pin', 'throttled', 'closed', 'token', 'blocked', 'invalid', 'rate', 'pending',
  'busy', 'chair_closed', 'unknown', 'state', 'full'];
var CHAIR = { closed: 'chairClosed', open: 'chairOpen', taken: 'chairTaken', reply: 'chairReply' };

var lang = 'en';
var ws = null, connected = false, everConnected = false, welcomed = false;
var backoff = 500, retryTimer = null, pingTimer = null, openedAt = 0, lastHeard = 0;
var refSeq = 0, pending = {};
var state = null, stateAt = 0, myName = '', blockedByHost = false, stopped = false, questionUntil = 0;
var joinError = null, lastLists = '', takeawayIds = {}, noticeTimer = null, shownNotice = null;

function $(id) { return document.getElementById(id); }
function now() { return Date.now(); }
function setText(el, text) {
  text = text === null || text === undefined ? '' : String(text);
  if (el.textContent !== text) el.textContent = text;
}
function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
function store(key, value) {
  try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value); } catch (e) { /* no storage */ }
}
function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
function onJoinScreen() { return !$('join-screen').hidden; }

/* ---- words ---- */

function pickLang() {
  var saved = load(LANG);
  if (LANGS.indexOf(saved) >= 0) return saved;
  var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < prefs.length; i++) {
    var primary = String(prefs[i]).toLowerCase().split(/[-_]/)[0];
    if (has(PRIMARY, primary)) return PRIMARY[primary];
  }
  return 'en';
}

function t(key, params) {
  var table = WORDS[lang] || {}, en = WORDS.en || {};
  var s = has(table, key) ? table[key] : (has(en, key) ? en[key] : key);
  return params ? s.replace(/\{(\w+)\}/g, function (all, name) { return has(params, name) ? String(params[name]) : all; }) : s;
}

function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  var nodes = document.querySelectorAll('[data-i18n]');
  for (var i = 0; i < nodes.length; i++) setText(nodes[i], t(nodes[i].getAttribute('data-i18n')));
  $('lang').value = lang;
  if (joinError) showJoinError(joinError[0], joinError[1]);
  if (shownNotice) setText($('notice'), t(shownNotice[0], shownNotice[1]));
  var items = $('takeaways').children;
  for (var j = 0; j < items.length; j++) labelTakeaway(items[j]);
  lastLists = '';
  setStatus();
  render();
}

/* ---- the connection ---- */

function connect() {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (ws || stopped) return;
  var sock;
  try {
    sock = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
  } catch (e) { retry(); return; }
  ws = sock;
  sock.onopen = function () {
    connected = everConnected = true;
    openedAt = lastHeard = now();
    setStatus();
    pingTimer = setInterval(ping, 10000);
    var token = load(TOKEN);
    if (token) send({ t: 'resume', token: token }, { kind: 'resume' });
  };
  sock.onmessage = function (ev) {
    lastHeard = now();
    var msg;
    try { msg = JSON.parse(ev.data); } catch (e) { return; }
    if (msg && typeof msg.t === 'string') handle(msg);
  };
  sock.onclose = lost;
}

/* The connection is gone (or silent too long): forget it and try again later. */
function lost() {
  if (ws) {
    ws.onopen = ws.onmessage = ws.onclose = null;
    try { ws.close(); } catch (e) { /* closed */ }
    ws = null;
  }
  if (openedAt && now() - openedAt >= 10000) backoff = 500;
  openedAt = 0;
  connected = welcomed = false;
  pending = {};
  clearInterval(pingTimer);
  setStatus();
  render();
  retry();
}

function retry() {
  if (retryTimer || stopped) return;
  retryTimer = setTimeout(connect, backoff);
  backoff = Math.min(backoff * 2, 10000);
}

function wake() {
  if (stopped) return;
  if (ws) { ping(); return; }
  backoff = 500;
  connect();
}

function ping() {
  if (!ws || ws.readyState !== 1) return;
  if (now() - lastHeard > 25000) lost();
  else send({ t: 'ping' });
}

/* Sends a message; with meta it carries the next ref and its answer is awaited. */
function send(msg, meta) {
  if (!ws || ws.readyState !== 1) return false;
  if (meta) { msg.ref = ++refSeq; pending[msg.ref] = meta; }
  try { ws.send(JSON.stringify(msg)); } catch (e) { return false; }
  return true;
}

/* An action of the live screen, or a notice saying why it cannot be sent. */
function act(msg, meta) {
  if (isBlocked()) notice('e_blocked', null, true);
  else if (!welcomed || !send(msg, meta)) notice('statusReconnecting', null, true);
}

function setStatus() {
  var el = $('status');
  setText(el, t(stopped ? 'statusBlocked' : connected ? 'statusConnected' :
    everConnected ? 'statusReconnecting' : 'statusConnecting'));
  el.className = 'status ' + (stopped ? 'stopped' : connected ? 'online' : 'offline');
}

/* ---- messages from the host ---- */

function handle(msg) {
  var meta = pending[msg.ref];
  delete pending[msg.ref];
  if (msg.t === 'welcome') {
    var fromJoin = onJoinScreen();
    if (typeof msg.token === 'string' && msg.token) store(TOKEN, msg.token);
    if (typeof msg.name === 'string') myName = msg.name;
    welcomed = true;
    blockedByHost = false;
    showJoinError(null);
    $('pin').value = '';
    showScreen('live');
    render();
    if (fromJoin) $('session-title').focus();
  } else if (msg.t === 'state') {
    state = msg;
    stateAt = now();
    var me = msg.me || {};
    if (typeof me.name === 'string' && me.name) myName = me.name;
    if (typeof me.question_wait_s === 'number') questionUntil = stateAt + Math.max(0, me.question_wait_s) * 1000;
    blockedByHost = false;
    render();
  } else if (msg.t === 'ok' && meta) {
    confirm(meta);
  } else if (msg.t === 'error') {
    failed(meta, msg);
  } else if (msg.t === 'bye') {
    bye(msg.code);
  }
}

function confirm(meta) {
  var k = meta.kind;
  if (k === 'floor' || k === 'chair') notice('received');
  else if (k === 'withdraw' || k === 'unchair') notice('withdrawn');
  else if (meta.field) {
    if (meta.field.value.trim() === meta.text) meta.field.value = '';
    notice('sent');
  }
}

function failed(meta, msg) {
  var code = msg.code;
  if (code === 'token') { forgetToken(); return; }
  if (code === 'blocked') { stopForGood(); return; }
  if (code === 'rate' && meta && meta.kind === 'question' && msg.wait_s > 0) {
    questionUntil = Math.max(questionUntil, now() + msg.wait_s * 1000);
    tick();
  }
  var key = CODES.indexOf(code) >= 0 ? 'e_' + code : 'e_other', wait = null;
  if (code === 'rate' && msg.wait_s > 0) { key = 'e_rateWait'; wait = { t: formatWait(msg.wait_s) }; }
  if (!onJoinScreen()) notice(key, wait, true);
  else { showJoinError(key, wait); if (code === 'pin') $('pin').focus(); }
}

function bye(code) {
  if (code === 'token') { forgetToken(); return; }
  if (code === 'blocked') { stopForGood(); return; }
  backoff = 10000; /* the host said goodbye: do not knock again at once */
  var key = code === 'closed' ? (onJoinScreen() ? 'e_closed' : 'byeClosed') : null;
  if (!key) return;
  if (onJoinScreen()) showJoinError(key);
  else notice(key, null, true);
}

/* The moderator blocked this phone: no more connections from this page (a reload
   asks again), the blocked notice stays and nothing can be sent. */
function stopForGood() {
  stopped = blockedByHost = true;
  welcomed = connected = false;
  pending = {};
  clearTimeout(retryTimer);
  retryTimer = null;
  clearInterval(pingTimer);
  if (ws) {
    ws.onopen = ws.onmessage = ws.onclose = null;
    try { ws.close(); } catch (e) { /* closed */ }
    ws = null;
  }
  showJoinError(null);
  showScreen('live');
  setStatus();
  render();
}

function forgetToken() {
  store(TOKEN, null);
  welcomed = blockedByHost = false;
  state = null;
  showScreen('join');
  showJoinError('e_token');
}

/* ---- the join form ---- */

function showJoinError(key, params) {
  joinError = key ? [key, params] : null;
  setText($('join-error'), key ? t(key, params) : '');
}

function channel() {
  var c = ['onsite', 'online', 'hub'].filter(function (v) { return $('channel-' + v).checked; });
  return c.length ? c[0] : '';
}

function showScreen(which) {
  $('join-screen').hidden = which !== 'join';
  $('live-screen').hidden = which !== 'live';
  $('hub-field').hidden = channel() !== 'hub';
}

function invalid(el, bad) {
  if (bad) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
}

function join() {
  var pinEl = $('pin'), nameEl = $('name');
  /* Arabic-Indic, Persian and full-width digits become ASCII ones. */
  var pin = pinEl.value.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, function (c) {
    return String(c.charCodeAt(0) & 0xf);
  }).replace(/\s+/g, '');
  var name = nameEl.value.trim();
  var pinBad = !/^[0-9]{6}$/.test(pin);
  invalid(pinEl, pinBad);
  invalid(nameEl, !pinBad && !name);
  if (pinBad) { showJoinError('pinFormat'); pinEl.focus(); return; }
  if (!name) { showJoinError('nameMissing'); nameEl.focus(); return; }
  pinEl.value = pin;

  var msg = { t: 'join', pin: pin, name: name };
  var more = { group: $('group').value, region: $('region').value, gender: $('gender').value.trim(),
    channel: channel(), hub: channel() === 'hub' ? $('hub').value.trim() : '' };
  for (var k in more) if (more[k]) msg[k] = more[k];
  if (send(msg, { kind: 'join' })) showJoinError(null);
  else { showJoinError('statusReconnecting'); wake(); }
}

/* ---- the live screen ---- */

function isBlocked() { return stopped || blockedByHost || !!(state && state.me && state.me.blocked); }
function pad2(n) { return (n < 10 ? '0' : '') + n; }

/* mm:ss of a remaining time, "+mm:ss" once it runs over. */
function formatClock(secs) {
  var abs = Math.abs(secs);
  return (secs < 0 ? '+' : '') + pad2(Math.floor(abs / 60)) + ':' + pad2(abs % 60);
}

function formatWait(seconds) {
  var s = Math.max(0, Math.ceil(seconds));
  return Math.floor(s / 60) + ':' + pad2(s % 60);
}

function showClock(prefix, turn) {
  var time = $(prefix + '-time'), flag = $(prefix + '-flag');
  if (!turn || typeof turn.remaining_ms !== 'number') {
    setText(time, '');
    setText(flag, '');
    time.parentNode.className = 'clock';
    return;
  }
  var secs = Math.ceil((turn.remaining_ms - (turn.running ? now() - stateAt : 0)) / 1000);
  setText(time, formatClock(secs));
  setText(flag, secs < 0 ? t('over') : turn.running ? '' : t('paused'));
  time.parentNode.className = 'clock' + (secs < 0 ? ' over' : '') + (turn.running ? '' : ' paused');
}

function tick() {
  var s = state || {};
  showClock('item', s.item);
  showClock('floor', s.floor);
  var wait = isBlocked() ? 0 : questionUntil - now();
  setText($('question-wait'), wait > 0 ? t('questionWait', { t: formatWait(wait / 1000) }) : '');
  $('send-question').disabled = wait > 0 || isBlocked();
}

function fillSelect(select, first, labels) {
  var keep = select.selectedIndex > 0 ? select.options[select.selectedIndex].textContent : null;
  while (select.firstChild) select.removeChild(select.firstChild);
  [first].concat(labels).forEach(function (label, i) {
    var opt = document.createElement('option');
    opt.value = i ? String(i - 1) : '';
    opt.textContent = label;
    select.appendChild(opt);
  });
  var again = keep === null ? -1 : labels.indexOf(keep);
  select.value = again >= 0 ? String(again) : '';
}

function lists() {
  var s = state || {}, policy = s.policy_questions, speakers = s.speakers;
  return {
    policy: Array.isArray(policy) ? policy.map(String) : [],
    speakers: Array.isArray(speakers) ? speakers.filter(function (p) { return p && typeof p === 'object'; }) : []
  };
}

function render() {
  var s = state || {}, me = s.me || {}, blocked = isBlocked();
  setText($('session-title'), s.session || 'Moderato');
  setText($('me-line'), myName ? t('meLine', { name: '\u2068' + myName + '\u2069' }) : '');
  $('blocked').hidden = !blocked;

  $('item-card').hidden = !s.item;
  if (s.item) setText($('item-title'), s.item.title);
  setText($('floor-name'), s.floor ? s.floor.name : t('nobodyFloor'));
  var group = s.floor && s.floor.group;
  setText($('floor-group'), group ? (has(GROUPS, group) ? t(GROUPS[group]) : group) : '');
  var next = s.next && typeof s.next === 'object' ? s.next.name : s.next;
  $('next-line').hidden = !next;
  setText($('next-name'), next);

  var place = Number(me.queue_place) || 0, ask = $('ask-floor');
  setText(ask, t(place > 0 ? 'withdrawFloor' : 'askFloor'));
  ask.className = place > 0 ? 'secondary' : 'primary';
  ask.disabled = blocked;
  setText($('queue-place'), place > 0 ? t('queuePlace', { n: place }) : '');

  var chair = s.chair, mine = me.chair || 'none', askChair = $('ask-chair');
  setText($('chair-state'), t(CHAIR[chair] || 'chairClosed'));
  setText($('chair-mine'), mine === 'waiting' ? t('chairWaiting') : mine === 'seated' ? t('chairSeated') : '');
  setText(askChair, t(mine === 'waiting' ? 'withdrawChair' : 'askChair'));
  askChair.disabled = blocked || (mine !== 'waiting' && !(chair === 'open' && mine === 'none'));

  var l = lists(), sig = JSON.stringify(l);
  if (sig !== lastLists) {
    lastLists = sig;
    fillSelect($('question-policy'), t('anyPolicy'), l.policy);
    fillSelect($('question-speaker'), t('anySpeaker'), l.speakers.map(function (p) { return String(p.name || ''); }));
    $('question-policy-field').hidden = !l.policy.length;
    $('question-speaker-field').hidden = !l.speakers.length;
  }
  renderTakeaways(Array.isArray(s.takeaways) ? s.takeaways : [], blocked);
  ['send-takeaway', 'my-takeaway', 'question-text', 'question-policy', 'question-speaker'].forEach(function (id) {
    $(id).disabled = blocked;
  });
  tick();
}

/* ---- takeaways: one <li data-id> each, kept across states so typing survives ---- */

function makeTakeaway(key) {
  var li = $('takeaway-template').content.firstElementChild.cloneNode(true);
  var base = 'tk-' + key.replace(/[^\w-]/g, '_'), input = li.querySelector('.comment');
  li.setAttribute('data-id', key);
  li.querySelector('.text').id = base + '-text';
  li.querySelector('label').htmlFor = input.id = base + '-comment';
  [].forEach.call(li.querySelectorAll('button, input'), function (e) {
    e.setAttribute('aria-describedby', base + '-text');
  });
  labelTakeaway(li);
  return li;
}

function labelTakeaway(li) {
  setText(li.querySelector('.agree .label'), t('agree'));
  setText(li.querySelector('.disagree .label'), t('disagree'));
  setText(li.querySelector('.comment-label'), t('comment'));
  setText(li.querySelector('.send-comment'), t('sendComment'));
}

function findTakeaway(key) {
  var items = $('takeaways').children;
  for (var i = 0; i < items.length; i++) if (items[i].getAttribute('data-id') === key) return items[i];
  return null;
}

function renderTakeaways(list, blocked) {
  var ul = $('takeaways'), cursor = ul.firstChild;
  takeawayIds = {};
  list.forEach(function (tk) {
    if (!tk || typeof tk !== 'object' || tk.id === undefined || tk.id === null) return;
    var key = String(tk.id);
    if (has(takeawayIds, key)) return;
    takeawayIds[key] = tk.id;
    var li = findTakeaway(key) || makeTakeaway(key);
    if (li === cursor) cursor = cursor.nextSibling;
    else ul.insertBefore(li, cursor);
    setText(li.querySelector('.text'), tk.text);
    ['agree', 'disagree'].forEach(function (kind) {
      var b = li.querySelector('button.' + kind);
      setText(li.querySelector('.' + kind + '-count'), Number(tk[kind]) || 0);
      b.setAttribute('aria-pressed', String(tk.mine === kind));
      b.disabled = blocked;
    });
    li.querySelector('.send-comment').disabled = li.querySelector('.comment').disabled = blocked;
  });
  Array.prototype.slice.call(ul.children).forEach(function (li) {
    if (!has(takeawayIds, li.getAttribute('data-id'))) ul.removeChild(li);
  });
  $('takeaways-card').hidden = !ul.children.length;
}

function onTakeaways(ev) {
  var target = ev.target, li = target.closest && target.closest('li[data-id]');
  if (!li || !has(takeawayIds, li.getAttribute('data-id'))) return;
  var id = takeawayIds[li.getAttribute('data-id')], b = target.closest('button');
  if (ev.type === 'keydown') {
    if (ev.key !== 'Enter' || !target.classList.contains('comment')) return;
    ev.preventDefault();
  } else if (!b) {
    return;
  } else if (!b.classList.contains('send-comment')) {
    var reaction = b.classList.contains('agree') ? 'agree' : 'disagree';
    act({ t: 'react', takeaway: id, reaction: reaction }, { kind: reaction });
    return;
  }
  sendText(li.querySelector('.comment'), { t: 'react', takeaway: id, reaction: 'comment' }, 'comment');
}

/* ---- actions ---- */

function sendText(field, msg, kind) {
  var text = field.value.trim();
  if (!text) { notice('writeFirst', null, true); field.focus(); return; }
  msg.text = text;
  act(msg, { kind: kind, field: field, text: text });
}

function askQuestion() {
  if (questionUntil > now()) return;
  var l = lists(), msg = { t: 'question' };
  var policy = $('question-policy').value, speaker = l.speakers[$('question-speaker').value];
  if (policy !== '' && Number(policy) < l.policy.length) msg.policy_question = Number(policy);
  if (speaker) msg.speaker = speaker.id;
  sendText($('question-text'), msg, 'question');
}

function toggle(waiting, ask, withdraw) {
  act({ t: waiting ? withdraw : ask }, { kind: waiting ? withdraw : ask });
}

/* ---- notices: a toast for confirmations and errors after joining ---- */

function notice(key, params, isError) {
  var box = $('notice');
  clearTimeout(noticeTimer);
  shownNotice = [key, params];
  box.textContent = '';
  box.className = 'notice shown' + (isError ? ' error' : '');
  box.textContent = t(key, params);
  noticeTimer = setTimeout(function () {
    shownNotice = null;
    box.textContent = '';
    box.className = 'notice';
  }, isError ? 10000 : 4000);
}

/* ---- start ---- */

function start() {
  lang = pickLang();
  $('lang').addEventListener('change', function () {
    if (LANGS.indexOf(this.value) < 0) return;
    lang = this.value;
    store(LANG, lang);
    applyLang();
  });
  $('join-form').addEventListener('submit', function (ev) { ev.preventDefault(); join(); });
  ['onsite', 'online', 'hub'].forEach(function (c) {
    $('channel-' + c).addEventListener('change', function () { showScreen('join'); });
  });
  ['pin', 'name'].forEach(function (id) {
    $(id).addEventListener('input', function () { invalid(this, false); });
  });
  $('ask-floor').addEventListener('click', function () {
    toggle(state && state.me && state.me.queue_place > 0, 'floor', 'withdraw');
  });
  $('ask-chair').addEventListener('click', function () {
    toggle(state && state.me && state.me.chair === 'waiting', 'chair', 'unchair');
  });
  $('send-question').addEventListener('click', askQuestion);
  $('send-takeaway').addEventListener('click', function () {
    sendText($('my-takeaway'), { t: 'takeaway' }, 'takeaway');
  });
  $('takeaways').addEventListener('click', onTakeaways);
  $('takeaways').addEventListener('keydown', onTakeaways);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) wake(); });
  window.addEventListener('online', wake);

  showScreen(load(TOKEN) ? 'live' : 'join');
  applyLang();
  setInterval(tick, 250);
  connect();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
}());
