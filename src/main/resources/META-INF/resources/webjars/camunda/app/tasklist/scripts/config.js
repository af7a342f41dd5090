// Leaders' Tasklist settings; replaces the webjar's config.js, so its shortcuts are kept here.
//
// Language: the 7.24 webapps have no language switch. At start-up they take the browser's FIRST preferred
// language (navigator.languages[0], region dropped: "kk-KZ" -> "kk") and use it if it is listed in
// availableLocales; any other language gets fallbackLocale. A browser that prefers English therefore gets
// English; fallbackLocale only decides for browsers set to a language we do not ship (uz, ky, uk, tr, de ...)
// and fills in any label missing from a file. It is Russian: every official in Kazakhstan reads it, while
// such a browser says nothing about Kazakh. The same choice is made in Cockpit's, Admin's and Welcome's
// config.js; keep the four files in step.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Leaders'
  },
  locales: {
    availableLocales: ['kk', 'ru', 'en'],
    fallbackLocale: 'ru'
  },
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
