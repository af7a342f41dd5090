// The public status page: a file of its own, so the page's Content-Security-Policy allows no inline script. The
// number and the IIN go in a POST body, never in the address; the IIN is never shown back. Every text goes in
// through textContent: data never becomes markup.
import {languageLinks, languageToShow} from '/leaders/language.js';
import {day, el, row, showError} from '/leaders/lookup.js';

const language = languageToShow();

// What the page says; the stage, status, outcome, next step and events come from the server in the same language.
const TEXTS = {
  kk: {
    title: 'Өтінім мәртебесі',
    lead: 'Мектеп басшыларының кадрлық резервіне іріктеу: өтінім нөмірі мен ЖСН-ді енгізіп, өтініміңіздің қай кезеңде екенін біліңіз.',
    number: 'Өтінім нөмірі', iin: 'ЖСН', iinHint: 'ЖСН тек тексеру үшін қолданылады және көрсетілмейді.',
    show: 'Көрсету', stage: 'Кезең', status: 'Мәртебе', outcome: 'Нәтиже', reason: 'Негіздеме',
    registered: 'Тіркелген күні', closed: 'Аяқталған күні', next: 'Келесі қадам', deadline: 'Мерзімі',
    events: 'Шешімдер', application: n => 'Өтінім ' + n, 
    badNumber: 'Өтінім нөмірі RS-2026-000042 түрінде жазылады.', badIin: 'ЖСН 12 цифрдан тұрады.',
    tooMany: 'Сұраныстар тым көп; сәлден кейін қайталап көріңіз.',
    failed: 'Сұраныс орындалмады, кейінірек қайталап көріңіз.',
    footer: 'Күндер — Астана уақыты бойынша.'
  },
  ru: {
    title: 'Статус заявки',
    lead: 'Отбор в кадровый резерв руководителей школ: введите номер заявки и ИИН, чтобы узнать, на каком этапе ваша заявка.',
    number: 'Номер заявки', iin: 'ИИН', iinHint: 'ИИН используется только для проверки и не показывается.',
    show: 'Показать', stage: 'Этап', status: 'Статус', outcome: 'Итог', reason: 'Основание',
    registered: 'Дата регистрации', closed: 'Дата завершения', next: 'Следующий шаг', deadline: 'Срок',
    events: 'Решения', application: n => 'Заявка ' + n, 
    badNumber: 'Номер заявки записывается как RS-2026-000042.', badIin: 'ИИН состоит из 12 цифр.',
    tooMany: 'Слишком много запросов; повторите чуть позже.',
    failed: 'Запрос не выполнен, попробуйте позже.',
    footer: 'Даты — по астанинскому времени.'
  },
  en: {
    title: 'Application status',
    lead: 'Selection for the personnel reserve of school leaders: enter your application number and IIN to see where your application stands.',
    number: 'Application number', iin: 'IIN', iinHint: 'The IIN is used only to check; it is never shown.',
    show: 'Show', stage: 'Stage', status: 'Status', outcome: 'Outcome', reason: 'Reason',
    registered: 'Registered on', closed: 'Closed on', next: 'Next step', deadline: 'Deadline',
    events: 'Decisions', application: n => 'Application ' + n, 
    badNumber: 'An application number is written like RS-2026-000042.', badIin: 'An IIN has 12 digits.',
    tooMany: 'Too many requests; please try again in a moment.',
    failed: 'The request failed; please try again later.',
    footer: 'Dates are Astana time.'
  }
};
const t = TEXTS[language];

function show(status) {
  document.getElementById('error').hidden = true;
  const result = document.getElementById('result');
  result.replaceChildren();
  result.appendChild(el('h2', null, t.application(status.applicationNumber)));
  const list = el('dl');
  row(list, t.stage, status.stageName, 'stage');
  const badge = el('span', 'badge ' + (status.outcome || status.status), status.statusName);
  badge.id = 'status';
  row(list, t.status, badge);
  row(list, t.outcome, status.outcomeName, 'outcome');
  row(list, t.reason, status.outcomeReason, 'reason');
  row(list, t.registered, day(status.registeredAt));
  row(list, t.closed, day(status.closedAt));
  result.appendChild(list);
  if (status.nextStep) {
    const next = el('div', 'next');
    next.id = 'next';
    next.appendChild(el('strong', null, t.next + ': '));
    next.appendChild(document.createTextNode(status.nextStep));
    // The step's text names its last day already; a deadline it does not name gets a line of its own.
    if (status.nextStepDeadline && !status.nextStep.includes(day(status.nextStepDeadline))) {
      const due = el('p', 'deadline', t.deadline + ': ' + day(status.nextStepDeadline));
      due.id = 'deadline';
      next.appendChild(due);
    }
    result.appendChild(next);
  }
  if ((status.decisions || []).length > 0) {
    result.appendChild(el('h2', null, t.events));
    const events = el('ol', 'events');
    status.decisions.forEach(decision => {
      const item = el('li');
      item.appendChild(el('span', 'on', day(decision.decidedAt)));
      item.appendChild(document.createTextNode(decision.decisionName + ' · ' + decision.stageName));
      if (decision.reason) { item.appendChild(el('p', 'why', decision.reason)); }
      events.appendChild(item);
    });
    result.appendChild(events);
  }
  result.hidden = false;
}

function lookup(event) {
  event.preventDefault();
  const number = document.getElementById('number').value.trim().toUpperCase();
  const iinField = document.getElementById('iin');
  const iin = iinField.value.trim();
  if (!/^RS-\d{4}-\d{6}$/.test(number)) { showError(t.badNumber); return; }
  if (!/^\d{12}$/.test(iin)) { showError(t.badIin); return; }
  fetch('/public/api/application-status', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': language},
    body: JSON.stringify({applicationNumber: number, iin: iin}),
    cache: 'no-store'
  }).then(response => response.json().catch(() => ({})).then(body => ({response, body})))
    .then(({response, body}) => {
      if (response.ok) { show(body); return; }
      if (response.status === 429) { showError(body.message || t.tooMany); return; }
      showError(body.message || t.failed);
    })
    .catch(() => showError(t.failed));
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  document.getElementById('lookup').addEventListener('submit', lookup);
})();
