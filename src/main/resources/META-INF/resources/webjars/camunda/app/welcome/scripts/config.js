// Leaders: replaces the webjar's Welcome config.js (which sets nothing, it is all comments).
//
// Language: Kazakh, Russian or English, as chosen with the switch this adds to the header (next to the user's
// menu, on the login page too), else the browser's first language; /leaders/language.js, shared by the four
// webapps and the public pages, says how. The locale files are in ../locales/.
//
// Links: the app's own pages for officials beside the webapps (the analytics reads this login).
import {addLanguageSwitch, languageToShow, webappLocales} from '/leaders/language.js';

addLanguageSwitch();

const ANALYTICS = {
  kk: {label: 'Іріктеу талдауы', description: 'Воронка, кезеңдегі уақыт, резервистерді орналастыру, конкурстар нәтижелері'},
  ru: {label: 'Аналитика отбора', description: 'Воронка, время на этапах, трудоустройство резервистов, итоги конкурсов'},
  en: {label: 'Selection analytics', description: 'The funnel, time in each stage, placement of reservists, competitions'}
}[languageToShow()];

export default {
  locales: webappLocales(),
  links: [{label: ANALYTICS.label, href: '/analytics/', description: ANALYTICS.description}]
};
