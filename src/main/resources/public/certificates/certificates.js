// The public verification page: a file of its own, so the page's Content-Security-Policy allows no inline script.
// A printed certificate may link to /certificates/#NUMBER: the fragment reaches no server's log. Every text goes in
// through textContent: data never becomes markup.
import {languageLinks, languageToShow} from '/leaders/language.js';
import {day, el, row, showError} from '/leaders/lookup.js';

const language = languageToShow();

const TEXTS = {
  kk: {
    title: 'Сертификатты тексеру',
    lead: 'Республикалық кадрлық резервтегі резервист сертификатын немесе біліктілікті арттыру курсының сертификатын нөмірі бойынша тексеріңіз.',
    number: 'Сертификат нөмірі', hint: 'Мысалы: RR-2026-ABCDE23456 немесе TC-7KQ2-M9XD-4HTR',
    check: 'Тексеру', kind: 'Түрі', status: 'Мәртебесі', holder: 'Иесі', certifies: 'Нені растайды',
    level: 'Лауазым', region: 'Өңір', course: 'Курс', hours: 'Сағат саны', issued: 'Берілген күні',
    validUntil: 'Жарамдылық мерзімі', certificate: n => 'Сертификат ' + n,
    malformed: 'Сертификат нөмірі RR-2026-ABCDE23456 немесе TC-7KQ2-M9XD-4HTR түрінде жазылады.',
    failed: 'Сұраныс орындалмады, кейінірек қайталап көріңіз.',
    footer: 'Деректер / машиналар үшін:'
  },
  ru: {
    title: 'Проверка сертификата',
    lead: 'Проверьте по номеру сертификат резервиста Республиканского кадрового резерва или сертификат курсов повышения квалификации.',
    number: 'Номер сертификата', hint: 'Например: RR-2026-ABCDE23456 или TC-7KQ2-M9XD-4HTR',
    check: 'Проверить', kind: 'Вид', status: 'Статус', holder: 'Владелец', certifies: 'Что подтверждает',
    level: 'Должность', region: 'Регион', course: 'Курс', hours: 'Часов', issued: 'Дата выдачи',
    validUntil: 'Действует до', certificate: n => 'Сертификат ' + n,
    malformed: 'Номер сертификата записывается как RR-2026-ABCDE23456 или TC-7KQ2-M9XD-4HTR.',
    failed: 'Запрос не выполнен, попробуйте позже.',
    footer: 'Данные для машин:'
  },
  en: {
    title: 'Certificate verification',
    lead: 'Check a certificate of the Republican personnel reserve or of an advanced-training course by its number.',
    number: 'Certificate number', hint: 'For example: RR-2026-ABCDE23456 or TC-7KQ2-M9XD-4HTR',
    check: 'Check', kind: 'Kind', status: 'Status', holder: 'Holder', certifies: 'Certifies',
    level: 'Post', region: 'Region', course: 'Course', hours: 'Hours', issued: 'Issued on',
    validUntil: 'Valid until', certificate: n => 'Certificate ' + n,
    malformed: 'A certificate number is written like RR-2026-ABCDE23456 or TC-7KQ2-M9XD-4HTR.',
    failed: 'The request failed; please try again later.',
    footer: 'Data for machines:'
  }
};
const t = TEXTS[language];
const FORM = /^(RR-\d{4}-[2-9A-HJ-NP-Z]{10}|TC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})$/;

function show(c) {
  document.getElementById('error').hidden = true;
  const result = document.getElementById('result');
  result.replaceChildren();
  result.appendChild(el('h2', null, t.certificate(c.certificateNumber)));
  const list = el('dl');
  const badge = el('span', 'badge ' + c.status.code, c.status.label);
  badge.id = 'status';
  row(list, t.status, badge);
  row(list, t.kind, c.kind.label, 'kind');
  row(list, t.holder, c.holder, 'holder');
  row(list, t.certifies, c.certifies, 'certifies');
  if (c.level) { row(list, t.level, c.level.label); }
  if (c.region) { row(list, t.region, c.region.label); }
  if (c.hours) { row(list, t.hours, c.hours); }
  row(list, t.issued, day(c.issuedOn), 'issued');
  row(list, t.validUntil, day(c.validUntil), 'valid-until');
  result.appendChild(list);
  result.hidden = false;
}

function check(number) {
  const wanted = number.trim().toUpperCase();
  if (!FORM.test(wanted)) { showError(t.malformed); return; }
  history.replaceState(null, '', window.location.pathname + '#' + wanted);
  const api = '/public/api/certificates/' + encodeURIComponent(wanted);
  document.getElementById('data-link').href = api;
  document.getElementById('data-link').textContent = api;
  fetch(api, {headers: {'Accept': 'application/json', 'Accept-Language': language}, cache: 'no-store'})
    .then(response => response.json().catch(() => ({})).then(body => ({response, body})))
    .then(({response, body}) => {
      if (response.ok) { show(body); } else { showError(body.message || t.failed); }
    })
    .catch(() => showError(t.failed));
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  const field = document.getElementById('number');
  document.getElementById('lookup').addEventListener('submit', event => {
    event.preventDefault();
    check(field.value);
  });
  const fromLink = decodeURIComponent(window.location.hash.substring(1));
  if (fromLink) {
    field.value = fromLink;
    check(fromLink);
  }
})();
