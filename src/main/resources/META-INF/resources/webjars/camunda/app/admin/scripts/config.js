// Leaders: replaces the webjar's Admin config.js (which sets nothing, it is all comments) so that Admin
// offers Kazakh and Russian next to English; the locale files are in ../locales/.
//
// Language: the 7.24 webapps have no language switch. At start-up they take the browser's FIRST preferred
// language (navigator.languages[0], region dropped: "kk-KZ" -> "kk") and use it if it is listed in
// availableLocales; any other language gets fallbackLocale. A browser that prefers English therefore gets
// English; fallbackLocale only decides for browsers set to a language we do not ship (uz, ky, uk, tr, de ...)
// and fills in any label missing from a file. It is Russian: every official in Kazakhstan reads it, while
// such a browser says nothing about Kazakh. Tasklist's config.js makes the same choice; keep them in step.
// (Admin takes no date formats from config.js in 7.24: only Tasklist reads 'dateFormat'.)
export default {
  locales: {
    availableLocales: ['kk', 'ru', 'en'],
    fallbackLocale: 'ru'
  }
};
