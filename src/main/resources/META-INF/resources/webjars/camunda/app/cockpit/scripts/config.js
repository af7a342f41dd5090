// Leaders: replaces the webjar's Cockpit config.js (which sets nothing, it is all comments).
//
// Language: Kazakh, Russian or English, as chosen with the switch this adds to the header (next to the user's
// menu, on the login page too), else the browser's first language; /leaders/language.js, shared by the four
// webapps and the public pages, says how. The locale files are in ../locales/.
import {addLanguageSwitch, webappLocales} from '/leaders/language.js';

addLanguageSwitch();

// (Cockpit takes no date formats from config.js in 7.24; only Tasklist reads 'dateFormat'.)
export default {
  locales: webappLocales()
};
