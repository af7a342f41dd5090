// Leaders: replaces the webjar's Admin config.js (which sets nothing, it is all comments) so that Admin
// offers Kazakh and Russian next to English; the locale files are in ../locales/. Tasklist's, Cockpit's,
// Admin's and Welcome's config.js make the same choice: keep the four in step.
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
// (Admin takes no date formats from config.js in 7.24; only Tasklist reads 'dateFormat'.)
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
  locales
};
