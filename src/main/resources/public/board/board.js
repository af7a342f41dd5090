// The public board: a file of its own, so the page's Content-Security-Policy allows no inline script.
// Every text goes in through textContent or attributes: data never becomes markup.
import {languageLinks, languageToShow} from '/leaders/language.js';

const language = languageToShow();

// What the page itself says; names of regions, posts and outcomes come from the server in the same language.
const TEXTS = {
  kk: {
    welcome: 'Қош келдіңіз!',
    title: 'Мектеп басшылары лауазымына ашық конкурстар',
    lead: 'Конкурстық комиссиялардың әңгімелесулері ашық, тікелей эфирде өтеді; нәтижелері жарияланады.',
    region: 'Өңір', allRegions: 'Барлық өңірлер',
    upcoming: 'Алдағы отырыстар', finished: 'Нәтижелер', loading: 'Жүктелуде…',
    attempt: n => 'конкурс № ' + n,
    session: 'Отырыс', watch: 'Тікелей эфирді көру', streamLater: 'Трансляция сілтемесі кейін беріледі',
    decided: 'Шешім', appointed: 'Тағайындалды', winner: 'жеңімпаз', candidate: n => n + '-үміткер',
    votes: 'Ашық дауыс беру, жақтап : қарсы —', recording: 'Отырыстың жазбасы',
    noSessions: 'Отырыстар жоспарланбаған', noResults: 'Нәтижелер әзірге жоқ',
    failed: 'Деректерді жүктеу мүмкін болмады, кейінірек қайталап көріңіз.',
    astanaTime: 'Уақыт — Астана уақыты', data: 'Деректер'
  },
  ru: {
    welcome: 'Добро пожаловать!',
    title: 'Открытые конкурсы на должности руководителей школ',
    lead: 'Собеседования конкурсных комиссий проводятся открыто, в прямой трансляции; результаты публикуются.',
    region: 'Регион', allRegions: 'Все регионы',
    upcoming: 'Ближайшие заседания', finished: 'Итоги', loading: 'Загрузка…',
    attempt: n => 'конкурс № ' + n,
    session: 'Заседание', watch: 'Смотреть трансляцию', streamLater: 'Ссылка на трансляцию будет позже',
    decided: 'Решение', appointed: 'Назначен(а)', winner: 'победитель', candidate: n => 'кандидат ' + n,
    votes: 'Открытое голосование, за : против —', recording: 'Запись заседания',
    noSessions: 'Заседания не запланированы', noResults: 'Итогов пока нет',
    failed: 'Не удалось загрузить данные, попробуйте позже.',
    astanaTime: 'Время — астанинское', data: 'Данные'
  },
  en: {
    welcome: 'Welcome!',
    title: 'Open competitions for school leaders',
    lead: 'Interviews of the competition commissions are held openly and streamed live; the results are public.',
    region: 'Region', allRegions: 'All regions',
    upcoming: 'Upcoming sessions', finished: 'Results', loading: 'Loading…',
    attempt: n => 'competition no. ' + n,
    session: 'Session', watch: 'Watch live', streamLater: 'Stream link to follow',
    decided: 'Decided', appointed: 'Appointed', winner: 'winner', candidate: n => 'candidate ' + n,
    votes: 'Open vote, for : against —', recording: 'Recording',
    noSessions: 'No sessions scheduled', noResults: 'No results yet',
    failed: 'The board could not be loaded; please try again later.',
    astanaTime: 'Times are Astana time', data: 'Data'
  }
};
const t = TEXTS[language];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

// "2026-03-02T10:00:00+05:00" -> "02.03.2026 10:00", the time as it is at the place (no browser zone).
function localTime(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  return m ? m[3] + '.' + m[2] + '.' + m[1] + ' ' + m[4] + ':' + m[5] : '';
}

function isWebLink(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

function link(url, className, text) {
  const a = el('a', className, text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function item(c) {
  const li = el('li', 'competition');
  li.setAttribute('data-id', c.competitionId);
  li.appendChild(el('p', 'school', c.school));
  li.appendChild(el('p', 'meta', [c.postName, c.regionName].filter(Boolean).join(' · ')
      + (c.attempt > 1 ? ' · ' + t.attempt(c.attempt) : '')));
  return li;
}

function upcomingItem(c) {
  const li = item(c);
  li.appendChild(el('p', 'when', t.session + ': ' + localTime(c.sessionAt)));
  const links = el('p', 'links');
  if (isWebLink(c.streamLink)) {
    links.appendChild(link(c.streamLink, 'stream', t.watch));
  } else {
    links.appendChild(el('span', 'empty', t.streamLater));
  }
  li.appendChild(links);
  return li;
}

function finishedItem(c) {
  const li = item(c);
  li.appendChild(el('p', 'when', t.decided + ': ' + localTime(c.decidedAt)));
  li.appendChild(el('p', 'outcome ' + (c.outcome === 'WINNER' ? 'winner' : 'no-winner'), c.outcomeText));
  if (c.appointeeName) {
    li.appendChild(el('p', 'appointee', t.appointed + ': ' + c.appointeeName));
  }
  if (c.votes && c.votes.length) {
    let n = 0;
    const parts = c.votes.map(v => (v.winner ? t.winner : t.candidate(++n)) + ' (' + v.votesFor + ' : '
        + v.votesAgainst + ')');
    li.appendChild(el('p', 'votes', t.votes + ' ' + parts.join(' · ')));
  }
  const links = el('p', 'links');
  if (isWebLink(c.recordingLink)) {
    links.appendChild(link(c.recordingLink, 'recording', t.recording));
  }
  li.appendChild(links);
  return li;
}

function show(listId, items, render, emptyText) {
  const list = document.getElementById(listId);
  const status = document.getElementById(listId + '-status');
  list.replaceChildren(...items.map(render));
  status.textContent = items.length ? '' : emptyText;
  status.className = 'status' + (items.length ? '' : ' empty');
  status.hidden = items.length > 0;
}

function failed() {
  ['upcoming', 'finished'].forEach(id => {
    document.getElementById(id).replaceChildren();
    const status = document.getElementById(id + '-status');
    status.hidden = false;
    status.className = 'status error';
    status.textContent = t.failed;
  });
}

/** The filter's regions, named in the language, as the server sends them; the choice in the address kept. */
function offerRegions(regions, wanted) {
  const select = document.getElementById('region');
  if (select.options.length > 1) { return; }
  regions.forEach(r => {
    const option = el('option', null, r.name);
    option.value = r.code;
    select.appendChild(option);
  });
  if (wanted && regions.some(r => r.code === wanted)) { select.value = wanted; }
}

function api(region) {
  const params = new URLSearchParams({lang: language});
  if (region) { params.set('region', region); }
  return '/public/api/competitions?' + params;
}

function load(region) {
  fetch(api(region), {headers: {'Accept': 'application/json'}})
    .then(response => {
      if (response.status === 400 && region) {
        return null; // a region in the address that is none: the whole board instead
      }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(board => {
      if (board === null) {
        history.replaceState(null, '', window.location.pathname);
        load('');
        return;
      }
      offerRegions(board.regions || [], region);
      show('upcoming', board.upcoming || [], upcomingItem, t.noSessions);
      show('finished', board.finished || [], finishedItem, t.noResults);
    })
    .catch(failed);
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  document.getElementById('filter').addEventListener('submit', event => event.preventDefault());

  const params = new URLSearchParams(window.location.search);
  const wanted = params.get('region');
  const dataLink = document.getElementById('data-link');
  const select = document.getElementById('region');
  select.addEventListener('change', () => {
    const query = new URLSearchParams(window.location.search);
    if (select.value) { query.set('region', select.value); } else { query.delete('region'); }
    const rest = query.toString();
    history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : ''));
    dataLink.href = api(select.value);
    load(select.value);
  });
  dataLink.href = api(wanted);
  load(wanted);
})();
