// The published results of the "Best Leading School" contests: a file of its own, so the page's
// Content-Security-Policy allows no inline script. Every text goes in through textContent: data never becomes markup.
import {languageLinks, languageToShow} from '/leaders/language.js';

const language = languageToShow();

const TEXTS = {
  kk: {
    title: '«Үздік жетекші мектеп» байқауының нәтижелері',
    lead: 'Қазылар алқасының бекітілген хаттамасы: орындар, номинациялар, критерийлер бойынша балдар, қазылар құрамы.',
    board: 'Ашық конкурстар', loading: 'Жүктелуде…', none: 'Жарияланған нәтижелер әзірге жоқ',
    failed: 'Деректерді жүктеу мүмкін болмады, кейінірек қайталап көріңіз.', data: 'Деректер',
    place: 'Орын', school: 'Мектеп', district: 'Аудан', total: 'Жалпы балл', nominations: 'Номинациялар',
    unawarded: 'берілмеді', jury: 'Қазылар алқасы', chair: 'төраға', member: 'мүше', forum: 'Форум',
    published: 'Жарияланды', rule: 'Есептеу ережесі',
    rules: {MEAN: 'орташа мән', TRIMMED_MEAN: 'ең жоғары мен ең төменгісіз орташа'}
  },
  ru: {
    title: 'Итоги конкурса «Лучшая ведущая школа»',
    lead: 'Утверждённый протокол жюри: места, номинации, баллы по критериям, состав жюри.',
    board: 'Открытые конкурсы', loading: 'Загрузка…', none: 'Опубликованных итогов пока нет',
    failed: 'Не удалось загрузить данные, попробуйте позже.', data: 'Данные',
    place: 'Место', school: 'Школа', district: 'Район', total: 'Итоговый балл', nominations: 'Номинации',
    unawarded: 'не присуждена', jury: 'Жюри', chair: 'председатель', member: 'член жюри', forum: 'Форум',
    published: 'Опубликовано', rule: 'Правило подсчёта',
    rules: {MEAN: 'среднее', TRIMMED_MEAN: 'среднее без высшей и низшей оценки'}
  },
  en: {
    title: 'Results of the "Best Leading School" contest',
    lead: 'The jury\'s approved protocol: places, nominations, scores per criterion, the jury.',
    board: 'Open competitions', loading: 'Loading…', none: 'No results published yet',
    failed: 'The results could not be loaded; please try again later.', data: 'Data',
    place: 'Place', school: 'School', district: 'District', total: 'Total', nominations: 'Nominations',
    unawarded: 'not awarded', jury: 'Jury', chair: 'chair', member: 'member', forum: 'Forum',
    published: 'Published', rule: 'Combination rule',
    rules: {MEAN: 'mean', TRIMMED_MEAN: 'mean without the highest and lowest score'}
  }
};
const t = TEXTS[language];

// Names are stored as "Kazakh / Russian": show the part of the language chosen (both for English).
function part(text) {
  if (typeof text !== 'string' || !text.includes(' / ')) { return text; }
  const [kk, ru] = text.split(' / ', 2);
  return language === 'kk' ? kk : language === 'ru' ? ru : text;
}

// "TRIMMED_MEAN (4)": the rule's name in the language, with the threshold the server adds.
function ruleName(combination) {
  const [rule, rest] = String(combination || '').split(' ', 2);
  return (t.rules[rule] || rule) + (rest ? ' ' + rest : '');
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

function row(cells, header) {
  const tr = el('tr');
  cells.forEach(c => tr.appendChild(el(header ? 'th' : 'td', /^[0-9.]+$/.test(String(c)) ? 'number' : null, c)));
  return tr;
}

function contestSection(c) {
  const section = el('section', 'contest');
  section.id = c.contestNumber;
  section.appendChild(el('h2', null, part(c.title) + ' — ' + c.region));
  section.appendChild(el('p', null, [c.contestNumber, c.forumNumber ? t.forum + ': ' + part(c.forumNumber) : null,
    t.published + ': ' + c.publishedAt, t.rule + ': ' + ruleName(c.combination)].filter(Boolean).join(' · ')));
  const table = el('table', 'results');
  table.appendChild(row([t.place, t.school, t.district].concat(c.criteria.map(k => part(k.name) + ' (≤ ' + k.maxScore + ')'),
    [t.total]), true));
  c.results.forEach(r => {
    const tr = row([r.place || '', part(r.school), part(r.district)].concat(c.criteria.map(k => {
      const s = r.criteria.find(x => x.criterion === k.number);
      return s ? Number(s.score).toFixed(2) : '';
    }), [Number(r.total).toFixed(2)]));
    if (r.place) { tr.className = 'place'; }
    table.appendChild(tr);
  });
  section.appendChild(table);
  section.appendChild(el('h3', null, t.nominations));
  const nominations = el('ul', 'nominations');
  c.nominations.forEach(n => nominations.appendChild(el('li', null, part(n.nomination) + ' — '
    + (n.school ? part(n.school) : t.unawarded + (n.note ? ' (' + part(n.note) + ')' : '')))));
  section.appendChild(nominations);
  section.appendChild(el('h3', null, t.jury));
  const jury = el('ul', 'jury');
  c.jury.forEach(j => jury.appendChild(el('li', null, j.name + ' — ' + (j.role === 'CHAIR' ? t.chair : t.member))));
  section.appendChild(jury);
  return section;
}

function failed() {
  const status = document.getElementById('status');
  status.textContent = t.failed;
  status.hidden = false;
}

function json(url) {
  return fetch(url, {headers: {'Accept': 'application/json'}}).then(response => {
    if (!response.ok) { throw new Error('HTTP ' + response.status); }
    return response.json();
  });
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  const list = '/public/api/contests?lang=' + language;
  document.getElementById('data-link').href = list;
  json(list).then(contests => {
    const status = document.getElementById('status');
    if (contests.length === 0) {
      status.textContent = t.none;
      return null;
    }
    status.hidden = true;
    return Promise.all(contests.slice(0, 20).map(c => json('/public/api/contests/' + encodeURIComponent(c.contestNumber)
      + '?lang=' + language)));
  }).then(details => {
    if (!details) { return; }
    const target = document.getElementById('contests');
    details.forEach(c => target.appendChild(contestSection(c)));
  }).catch(failed);
})();
