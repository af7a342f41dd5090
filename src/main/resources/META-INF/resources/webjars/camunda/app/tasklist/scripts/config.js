// Leaders' Tasklist settings; replaces the webjar's config.js, so its shortcuts are kept here.
//
// Tasklist's, Cockpit's, Admin's and Welcome's config.js make the same language choice: keep the four in step.
//
// Language: the 7.24 webapps have no language switch. At start-up they take the browser's FIRST preferred
// language (navigator.languages[0], region dropped: "kk-KZ" -> "kk") and use it if it is listed in
// availableLocales; any other language gets fallbackLocale. So a browser that prefers English gets English.
// fallbackLocale is Russian: a browser set to a language we do not ship (uz, ky, uk, tr, de ...) says nothing
// about Kazakh, and every official in Kazakhstan reads Russian.
//
// But the apps also load the fallback's file next to the user's, and whichever file loads last sets moment.js's
// language for every date ("2 hours ago", month names): fallbackLocale 'ru' alone gives Kazakh and English users
// Russian dates. So fallbackLocale is made the language the app is about to pick, and only that file loads.
// (A label missing from it would then show as its key, not in Russian: WebappLocalesTest keeps the files complete.)
const locales = {
  availableLocales: ['kk', 'ru', 'en'],
  fallbackLocale: 'ru'
};
locales.fallbackLocale = languageToShow(locales);

/** The webapps' own choice: the browser's first language if offered, else the fallback. */
function languageToShow({availableLocales, fallbackLocale}) {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  const language = first.split('-')[0].toLowerCase();
  return availableLocales.includes(language) ? language : fallbackLocale;
}

export default {
  app: {
    name: 'Tasklist',
    vendor: 'Leaders'
  },
  locales,
  // Tasklist is the only 7.24 app that reads date formats from config.js (moment.js patterns). Spelled out
  // rather than 'L' so that every language, English included, reads dd.MM.yyyy and 24-hour time.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, DD.MM.YYYY HH:mm',
    short: 'DD.MM.YYYY'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
