// form-js, which draws the forms in Tasklist, checks a field as it is typed and says what is wrong in English only
// (it has no translations: bpmn-io/form-js#77), and a pattern's message shows the regular expression itself.
// This puts the message into the language Tasklist speaks, in the page, as form-js writes it.
//
// It relies on the English sentences of the form-js that Tasklist 7.24 bundles (lib/deps.js):
// kz.edu.leaders.engine.FormJsMessagesStillMatchTest fails when an upgrade changes one of them. The server checks
// every value again and answers in the language itself, so a sentence missed here costs clarity, not safety.

const MESSAGES = [
  [/^Field is required\.$/, {
    kk: () => 'Міндетті өріс.',
    ru: () => 'Обязательное поле.'
  }],
  [/^Field must match pattern .*\.$/s, {
    kk: () => 'Пішімі сәйкес емес: өріс астындағы нұсқауды қараңыз.',
    ru: () => 'Неверный формат: см. подсказку под полем.'
  }],
  [/^Field must have minimum value of (.+)\.$/, {
    kk: n => 'Ең кіші мәні: ' + n + '.',
    ru: n => 'Значение не меньше ' + n + '.'
  }],
  [/^Field must have maximum value of (.+)\.$/, {
    kk: n => 'Ең үлкен мәні: ' + n + '.',
    ru: n => 'Значение не больше ' + n + '.'
  }],
  [/^Field must have minimum length of (\d+)\.$/, {
    kk: n => 'Кемінде ' + n + ' таңба.',
    ru: n => 'Не менее ' + n + ' символов.'
  }],
  [/^Field must have maximum length of (\d+)\.$/, {
    kk: n => n + ' таңбадан аспауы керек.',
    ru: n => 'Не более ' + n + ' символов.'
  }],
  [/^Field must be a valid\s+international phone number\..*$/, {
    kk: () => 'Телефон нөмірі халықаралық пішімде болуы керек, мысалы +77011234567.',
    ru: () => 'Телефон в международном формате, например +77011234567.'
  }],
  [/^Field must be a valid email\.$/, {
    kk: () => 'Электрондық пошта мекенжайы дұрыс емес.',
    ru: () => 'Неверный адрес электронной почты.'
  }],
  [/^Value is not a number\.$/, {
    kk: () => 'Сан енгізіңіз.',
    ru: () => 'Введите число.'
  }],
  [/^Value is expected to be an integer\.$/, {
    kk: () => 'Бүтін сан енгізіңіз.',
    ru: () => 'Введите целое число.'
  }],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, {
    kk: n => 'Үтірден кейін ' + n + ' таңбадан аспауы керек.',
    ru: n => 'Не более ' + n + ' знаков после запятой.'
  }],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, {
    kk: (a, b) => 'Рұқсат етілген мән емес; ең жақындары: ' + a + ' және ' + b + '.',
    ru: (a, b) => 'Недопустимое значение; ближайшие допустимые: ' + a + ' и ' + b + '.'
  }]
];

/** The message in the language, or null if it is not one of form-js's English sentences (or the language is en). */
export function translated(english, language) {
  for (const [pattern, texts] of MESSAGES) {
    const match = pattern.exec(english.trim());
    if (match && texts[language]) {
      return texts[language](...match.slice(1));
    }
  }
  return null;
}

/** Watches the page for form-js's error messages and rewrites each in the language as it appears or changes. */
export function translateFormMessages(language) {
  if (language === 'en') {
    return;
  }
  const rewrite = () => {
    document.querySelectorAll('.fjs-form-field-error').forEach(error => {
      const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const message = translated(text.data, language);
        if (message !== null) {
          text.data = message;
        }
      }
    });
  };
  new MutationObserver(rewrite).observe(document.documentElement,
      {childList: true, subtree: true, characterData: true});
}
