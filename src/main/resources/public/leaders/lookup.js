// What the public lookup pages (/status, /certificates) share: every text goes in through textContent, so data
// never becomes markup; dates are written as the rest of the system writes them.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

/** A date (2026-12-14) or an instant, as the rest of the system writes days: 14.12.2026, Kazakhstan's day. */
export function day(value) {
  if (!value) { return ''; }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return d + '.' + m + '.' + y;
  }
  return new Intl.DateTimeFormat('ru-RU', {timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric'})
    .format(new Date(value));
}

export function row(list, term, value, className) {
  if (value === undefined || value === null || value === '') { return; }
  list.appendChild(el('dt', null, term));
  const dd = el('dd', className);
  if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
  list.appendChild(dd);
}

export function showError(text) {
  const error = document.getElementById('error');
  error.textContent = text;
  error.hidden = false;
  document.getElementById('result').hidden = true;
}
