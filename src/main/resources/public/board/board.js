// The public board: a file of its own, so the page's Content-Security-Policy allows no inline script.
'use strict';
// Every text goes in through textContent or attributes: data never becomes markup.
var REGIONS = [
  ['ABAI', 'Abai / Абай'], ['AKMOLA', 'Akmola / Акмолинская'], ['AKTOBE', 'Aktobe / Актюбинская'],
  ['ALMATY_REGION', 'Almaty region / Алматинская'], ['ATYRAU', 'Atyrau / Атырауская'],
  ['EAST_KAZAKHSTAN', 'East Kazakhstan / Восточно-Казахстанская'], ['JAMBYL', 'Jambyl / Жамбылская'],
  ['JETISU', 'Jetisu / Жетісу'], ['KARAGANDA', 'Karaganda / Карагандинская'],
  ['KOSTANAY', 'Kostanay / Костанайская'], ['KYZYLORDA', 'Kyzylorda / Кызылординская'],
  ['MANGYSTAU', 'Mangystau / Мангистауская'], ['NORTH_KAZAKHSTAN', 'North Kazakhstan / Северо-Казахстанская'],
  ['PAVLODAR', 'Pavlodar / Павлодарская'], ['TURKISTAN', 'Turkistan / Туркестанская'], ['ULYTAU', 'Ulytau / Улытау'],
  ['WEST_KAZAKHSTAN', 'West Kazakhstan / Западно-Казахстанская'], ['ASTANA', 'Astana (city) / г. Астана'],
  ['ALMATY', 'Almaty (city) / г. Алматы'], ['SHYMKENT', 'Shymkent (city) / г. Шымкент']
];

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

// "2026-03-02T10:00:00+05:00" -> "02.03.2026 10:00", the time as it is at the place (no browser zone).
function localTime(iso) {
  var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  return m ? m[3] + '.' + m[2] + '.' + m[1] + ' ' + m[4] + ':' + m[5] : '';
}

function isWebLink(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

function link(url, className, text) {
  var a = el('a', className, text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function item(c) {
  var li = el('li', 'competition');
  li.setAttribute('data-id', c.competitionId);
  li.appendChild(el('p', 'school', c.school));
  li.appendChild(el('p', 'meta', [c.postName, c.regionName].filter(Boolean).join(' · ')
      + (c.attempt > 1 ? ' · attempt / попытка ' + c.attempt : '')));
  return li;
}

function upcomingItem(c) {
  var li = item(c);
  li.appendChild(el('p', 'when', 'Session / Заседание: ' + localTime(c.sessionAt)));
  var links = el('p', 'links');
  if (isWebLink(c.streamLink)) {
    links.appendChild(link(c.streamLink, 'stream', 'Watch live / Смотреть трансляцию'));
  } else {
    links.appendChild(el('span', 'empty', 'Stream link to follow / Ссылка на трансляцию будет позже'));
  }
  li.appendChild(links);
  return li;
}

function finishedItem(c) {
  var li = item(c);
  li.appendChild(el('p', 'when', 'Decided / Решение: ' + localTime(c.decidedAt)));
  var outcome = el('p', 'outcome ' + (c.outcome === 'WINNER' ? 'winner' : 'no-winner'), c.outcomeText);
  li.appendChild(outcome);
  if (c.appointeeName) {
    li.appendChild(el('p', 'appointee', 'Appointed / Назначен(а): ' + c.appointeeName));
  }
  if (c.votes && c.votes.length) {
    var n = 0;
    var parts = c.votes.map(function (v) {
      var who = v.winner ? 'winner / победитель' : 'candidate / кандидат ' + (++n);
      return who + ' (' + v.votesFor + ' : ' + v.votesAgainst + ')';
    });
    li.appendChild(el('p', 'votes', 'Open vote, for : against / Открытое голосование, за : против — '
        + parts.join(' · ')));
  }
  var links = el('p', 'links');
  if (isWebLink(c.recordingLink)) {
    links.appendChild(link(c.recordingLink, 'recording', 'Recording / Запись заседания'));
  }
  li.appendChild(links);
  return li;
}

function show(listId, items, render, emptyText) {
  var list = document.getElementById(listId);
  var status = document.getElementById(listId + '-status');
  list.replaceChildren.apply(list, items.map(render));
  status.textContent = items.length ? '' : emptyText;
  status.className = 'status' + (items.length ? '' : ' empty');
  status.hidden = items.length > 0;
}

function failed(message) {
  ['upcoming', 'finished'].forEach(function (id) {
    document.getElementById(id).replaceChildren();
    var status = document.getElementById(id + '-status');
    status.hidden = false;
    status.className = 'status error';
    status.textContent = message;
  });
}

function load() {
  var region = document.getElementById('region').value;
  var url = '/public/api/competitions' + (region ? '?region=' + encodeURIComponent(region) : '');
  fetch(url, {headers: {'Accept': 'application/json'}})
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (board) {
      show('upcoming', board.upcoming || [], upcomingItem,
          'No sessions scheduled / Заседания не запланированы');
      show('finished', board.finished || [], finishedItem,
          'No results yet / Итогов пока нет');
    })
    .catch(function () {
      failed('The board could not be loaded; please try again later. / '
          + 'Не удалось загрузить данные, попробуйте позже.');
    });
}

(function init() {
  document.getElementById('filter').addEventListener('submit', function (event) { event.preventDefault(); });
  var select = document.getElementById('region');
  REGIONS.forEach(function (r) {
    var option = el('option', null, r[1]);
    option.value = r[0];
    select.appendChild(option);
  });
  var wanted = new URLSearchParams(window.location.search).get('region');
  if (wanted && REGIONS.some(function (r) { return r[0] === wanted; })) { select.value = wanted; }
  select.addEventListener('change', function () {
    var params = new URLSearchParams(window.location.search);
    if (select.value) { params.set('region', select.value); } else { params.delete('region'); }
    var query = params.toString();
    history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    load();
  });
  load();
})();
