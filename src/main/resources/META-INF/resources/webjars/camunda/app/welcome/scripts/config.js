// Leaders: replaces the webjar's Welcome config.js (which sets nothing, it is all comments).
//
// Language: Kazakh, Russian or English, as chosen with the switch this adds to the header (next to the user's
// menu, on the login page too), else the browser's first language; /leaders/language.js, shared by the four
// webapps and the public pages, says how. The locale files are in ../locales/.
import {addLanguageSwitch, webappLocales} from '/leaders/language.js';

addLanguageSwitch();

export default {
  locales: webappLocales()
};
