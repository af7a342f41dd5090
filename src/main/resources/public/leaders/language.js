// The language a person reads Leaders in, shared by Tasklist, Cockpit, Admin, Welcome and the public pages.
//
// A choice made with the switch is kept in a cookie, not in the browser's storage, because the server reads it
// too: its refusals and the public board's names follow the switch rather than the browser's Accept-Language
// (kz.edu.leaders.common.Language reads the same cookie). Without a choice, the browser's first language counts.

export const COOKIE = 'leaders-language';

/** The languages offered, each named in itself. */
export const LANGUAGES = [
  {code: 'kk', name: 'Қазақша', short: 'ҚАЗ'},
  {code: 'ru', name: 'Русский', short: 'РУС'},
  {code: 'en', name: 'English', short: 'ENG'}
];

const CODES = LANGUAGES.map(l => l.code);

/** The language chosen with the switch on this browser, or null. */
export function chosenLanguage() {
  const pair = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith(COOKIE + '='));
  const code = pair ? decodeURIComponent(pair.substring(COOKIE.length + 1)) : null;
  return CODES.includes(code) ? code : null;
}

/** The browser's first preferred language if it is one of ours, else the fallback. */
export function browserLanguage(fallback) {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  const code = first.split('-')[0].toLowerCase();
  return CODES.includes(code) ? code : fallback;
}

/**
 * The language to show: the switch's choice, else the browser's. The fallback is Russian: a browser set to a
 * language we do not ship (uz, ky, uk, tr, de ...) says nothing about Kazakh, and every official reads Russian.
 */
export function languageToShow() {
  return chosenLanguage() || browserLanguage('ru');
}

/** Keeps the choice for a year, for every page of the site, and shows the page again in it. */
export function choose(code) {
  if (!CODES.includes(code)) {
    return;
  }
  document.cookie = COOKIE + '=' + code + '; path=/; max-age=31536000; SameSite=Lax';
  window.location.reload();
}

/**
 * The webapps' `locales` setting that makes them speak languageToShow(). The 7.24 webapps pick the browser's first
 * language if it is available and fallbackLocale otherwise, and they load the fallback's file next to the user's:
 * whichever loads last sets the language of every date (month names, "2 hours ago"). Offering only the one
 * language to show, as the fallback too, makes them pick it whatever the browser says and load only its file.
 * (A label missing from that file shows as its key: WebappLocalesTest keeps the files complete.)
 */
export function webappLocales() {
  const code = languageToShow();
  return {availableLocales: [code], fallbackLocale: code};
}

/** The switch as links, one per language, the current one marked. */
export function languageLinks(current, tag) {
  const list = document.createElement(tag || 'span');
  list.className = 'leaders-language';
  list.setAttribute('role', 'group');
  list.setAttribute('aria-label', 'Тіл / Язык / Language');
  LANGUAGES.forEach(language => {
    const link = document.createElement('a');
    link.href = '#';
    link.lang = language.code;
    link.hreflang = language.code;
    link.textContent = language.short;
    link.title = language.name;
    link.dataset.language = language.code;
    if (language.code === current) {
      link.className = 'current';
      link.setAttribute('aria-current', 'true');
    }
    link.addEventListener('click', event => {
      event.preventDefault();
      if (language.code !== current) {
        choose(language.code);
      }
    });
    list.appendChild(link);
  });
  return list;
}

/**
 * Puts the switch into a webapp's header, on the login page too, and puts it back if the header is drawn again.
 * The header is AngularJS's and appears after this runs, hence the observer.
 */
export function addLanguageSwitch() {
  const current = languageToShow();
  document.documentElement.lang = current;
  const place = () => {
    const menu = document.querySelector('.cam-nav.app-menu > ul');
    if (menu && !menu.querySelector(':scope > li.leaders-language')) {
      menu.insertBefore(languageLinks(current, 'li'), menu.firstChild);
    }
  };
  new MutationObserver(place).observe(document.documentElement, {childList: true, subtree: true});
  place();
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('language.css', import.meta.url).href;
  document.head.appendChild(style);
}
