// Leaders' Tasklist settings; replaces the webjar's config.js, so its shortcuts are kept here.
//
// Language: Kazakh, Russian or English, as chosen with the switch this adds to the header (next to the user's
// menu, on the login page too), else the browser's first language; /leaders/language.js, shared by the four
// webapps and the public pages, says how. The locale files are in ../locales/.
import {addLanguageSwitch, languageToShow, webappLocales} from '/leaders/language.js';
import {translateFormMessages} from '/leaders/form-messages.js';

addLanguageSwitch();
// The forms' own checks as they are typed, which form-js words in English only.
translateFormMessages(languageToShow());

export default {
  // The header reads "<vendor> <name>".
  app: {
    name: {kk: 'Тапсырмалар', ru: 'Задачи', en: 'Tasklist'}[languageToShow()],
    vendor: 'Leaders'
  },
  locales: webappLocales(),
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
