// The public feedback sheet of a forum: a file of its own, so the page's Content-Security-Policy allows no inline
// script. The personal token is the address's fragment (#...), which the browser sends to no server and no referrer.
// Every text goes in through textContent or attributes: data never becomes markup.
import {languageLinks, languageToShow} from '/leaders/language.js';

const language = languageToShow();

const TEXTS = {
  kk: {
    title: 'Форум туралы кері байланыс парағы',
    lead: 'Сауалнама жеке сілтеме бойынша бір рет толтырылады. Әр сессияны және форумды жалпы бағалаңыз; өзіңіз қатыспаған сессияны бос қалдырыңыз.',
    loading: 'Жүктелуде…', sessions: 'Сессиялар', sessionsHint: '1 — өте нашар, ең жоғары балл — өте жақсы.',
    forumRating: 'Форумның жалпы бағасы', comments: 'Пікірлер мен ұсыныстар', send: 'Жіберу',
    day: n => n + '-күн', minutes: n => n + ' мин', moderator: 'Модератор',
    noLink: 'Сілтеме толық емес: ұйымдастырушы жіберген сілтемені толығымен ашыңыз.',
    unknown: 'Бұл сілтеме бойынша сауалнама жоқ. Сілтемені тексеріңіз немесе ұйымдастырушыға хабарласыңыз.',
    closed: 'Бұл форум туралы пікір қабылдау аяқталды.',
    already: 'Сіз сауалнаманы жіберіп қойдыңыз. Рақмет!',
    thanks: 'Рақмет! Сауалнамаңыз қабылданды.',
    needForum: 'Форумның жалпы бағасын таңдаңыз.',
    failed: 'Сауалнаманы жүктеу немесе жіберу мүмкін болмады, кейінірек қайталап көріңіз.'
  },
  ru: {
    title: 'Лист обратной связи о форуме',
    lead: 'Анкета заполняется по личной ссылке один раз. Оцените каждую сессию и форум в целом; сессию, на которой вы не были, оставьте без оценки.',
    loading: 'Загрузка…', sessions: 'Сессии', sessionsHint: '1 — очень плохо, высший балл — отлично.',
    forumRating: 'Общая оценка форума', comments: 'Комментарии и предложения', send: 'Отправить',
    day: n => 'день ' + n, minutes: n => n + ' мин', moderator: 'Модератор',
    noLink: 'Ссылка неполная: откройте ссылку от организатора целиком.',
    unknown: 'По этой ссылке анкеты нет. Проверьте ссылку или обратитесь к организатору.',
    closed: 'Приём отзывов об этом форуме завершён.',
    already: 'Вы уже отправили анкету. Спасибо!',
    thanks: 'Спасибо! Ваша анкета принята.',
    needForum: 'Выберите общую оценку форума.',
    failed: 'Не удалось загрузить или отправить анкету, попробуйте позже.'
  },
  en: {
    title: 'Forum feedback sheet',
    lead: 'The sheet is filled in once, through your personal link. Rate each session and the forum as a whole; leave a session you did not attend unrated.',
    loading: 'Loading…', sessions: 'Sessions', sessionsHint: '1 — very poor, the highest — excellent.',
    forumRating: 'The forum as a whole', comments: 'Comments and suggestions', send: 'Send',
    day: n => 'day ' + n, minutes: n => n + ' min', moderator: 'Moderator',
    noLink: 'The link is incomplete: open the whole link the organiser sent.',
    unknown: 'There is no feedback sheet at this link. Check the link or ask the organiser.',
    closed: 'Feedback on this forum is closed.',
    already: 'You have sent your sheet already. Thank you!',
    thanks: 'Thank you! Your sheet has been received.',
    needForum: 'Choose a rating of the forum as a whole.',
    failed: 'The sheet could not be loaded or sent; please try again later.'
  }
};
const t = TEXTS[language];
const token = decodeURIComponent(window.location.hash.slice(1));
const api = '/public/api/forum-feedback/' + encodeURIComponent(token);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

function status(text, kind) {
  const node = document.getElementById('status');
  node.hidden = false;
  node.className = 'status' + (kind ? ' ' + kind : '');
  node.textContent = text;
}

/** Radio buttons 1..scale named name; a forum's rating is required, a session's is not. */
function scale(name, max, label) {
  const group = el('div', 'scale');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', label);
  for (let n = 1; n <= max; n++) {
    const option = el('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = String(n);
    option.appendChild(input);
    option.appendChild(document.createTextNode(String(n)));
    group.appendChild(option);
  }
  return group;
}

// A session's kind is named "<kk> / <ru>" by the server: the half in the page's language.
function half(text) {
  const parts = String(text || '').split(' / ');
  return parts.length === 2 ? (language === 'ru' ? parts[1] : language === 'kk' ? parts[0] : text) : text;
}

function chosen(name) {
  const input = document.querySelector('input[name="' + name + '"]:checked');
  return input ? Number(input.value) : null;
}

function show(sheet) {
  document.getElementById('status').hidden = true;
  if (sheet.submitted) { status(t.already, 'done'); return; }
  if (!sheet.open) { status(t.closed, 'error'); return; }
  const form = document.getElementById('sheet');
  document.getElementById('forum-title').textContent = sheet.title;
  document.getElementById('forum-meta').textContent = [sheet.firstDay + ' – ' + sheet.lastDay, sheet.venue]
    .filter(Boolean).join(' · ');
  const sessions = document.getElementById('sessions');
  sheet.sessions.forEach(s => {
    const item = el('div', 'session');
    item.appendChild(el('p', 'name', s.sessionNo + '. ' + s.title));
    item.appendChild(el('p', 'when', [half(s.kindName), t.day(s.day) + ' (' + s.date + ')', s.startsAt,
      t.minutes(s.durationMinutes), s.moderator ? t.moderator + ': ' + s.moderator : null].filter(Boolean).join(' · ')));
    item.appendChild(scale('session-' + s.sessionNo, sheet.ratingScale, s.title));
    sessions.appendChild(item);
  });
  document.getElementById('forum-rating').appendChild(scale('forum', sheet.ratingScale, t.forumRating));
  form.hidden = false;
  form.addEventListener('submit', event => {
    event.preventDefault();
    send(sheet);
  });
}

function send(sheet) {
  const error = document.getElementById('error');
  const forumRating = chosen('forum');
  if (forumRating === null) {
    error.textContent = t.needForum;
    error.hidden = false;
    return;
  }
  const body = {
    forumRating,
    comments: document.getElementById('comments').value.trim() || null,
    sessions: sheet.sessions.map(s => ({sessionNo: s.sessionNo, rating: chosen('session-' + s.sessionNo)}))
      .filter(r => r.rating !== null)
  };
  const button = document.getElementById('send');
  button.disabled = true;
  fetch(api, {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
    'Accept-Language': language}, body: JSON.stringify(body)})
    .then(response => {
      if (response.ok) {
        document.getElementById('sheet').hidden = true;
        status(t.thanks, 'done');
        return null;
      }
      return response.json().then(problem => {
        button.disabled = false;
        if (response.status === 409) {
          document.getElementById('sheet').hidden = true;
          status(problem.code === 'forum.feedback.already' ? t.already : t.closed, 'error');
          return;
        }
        error.textContent = problem.message || t.failed;
        error.hidden = false;
      });
    })
    .catch(() => {
      button.disabled = false;
      error.textContent = t.failed;
      error.hidden = false;
    });
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) {
    status(t.noLink, 'error');
    return;
  }
  fetch(api, {headers: {'Accept': 'application/json', 'Accept-Language': language}})
    .then(response => {
      if (response.status === 404) { status(t.unknown, 'error'); return null; }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(sheet => { if (sheet) { show(sheet); } })
    .catch(() => status(t.failed, 'error'));
})();
