package kz.edu.leaders.domain;

import kz.edu.leaders.common.Language;

/** The regions and cities of republican significance since 2022, with the names people read in each language. */
public enum Region {
  ABAI("Абай облысы / область Абай", "Абай облысы", "область Абай", "Abai Region"),
  AKMOLA("Ақмола облысы / Акмолинская", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
  AKTOBE("Ақтөбе облысы / Актюбинская", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
  ALMATY_REGION("Алматы облысы / Алматинская", "Алматы облысы", "Алматинская область", "Almaty Region"),
  ATYRAU("Атырау облысы / Атырауская", "Атырау облысы", "Атырауская область", "Atyrau Region"),
  EAST_KAZAKHSTAN("Шығыс Қазақстан облысы / ВКО", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область",
      "East Kazakhstan Region"),
  JAMBYL("Жамбыл облысы / Жамбылская", "Жамбыл облысы", "Жамбылская область", "Jambyl Region"),
  JETISU("Жетісу облысы / область Жетісу", "Жетісу облысы", "область Жетісу", "Jetisu Region"),
  KARAGANDA("Қарағанды облысы / Карагандинская", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
  KOSTANAY("Қостанай облысы / Костанайская", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
  KYZYLORDA("Қызылорда облысы / Кызылординская", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
  MANGYSTAU("Маңғыстау облысы / Мангистауская", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
  NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы / СКО", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область",
      "North Kazakhstan Region"),
  PAVLODAR("Павлодар облысы / Павлодарская", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
  TURKISTAN("Түркістан облысы / Туркестанская", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
  ULYTAU("Ұлытау облысы / область Ұлытау", "Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
  WEST_KAZAKHSTAN("Батыс Қазақстан облысы / ЗКО", "Батыс Қазақстан облысы", "Западно-Казахстанская область",
      "West Kazakhstan Region"),
  ASTANA("Астана қаласы / г. Астана", "Астана қаласы", "город Астана", "Astana (city)"),
  ALMATY("Алматы қаласы / г. Алматы", "Алматы қаласы", "город Алматы", "Almaty (city)"),
  SHYMKENT("Шымкент қаласы / г. Шымкент", "Шымкент қаласы", "город Шымкент", "Shymkent (city)");

  private final String label;
  private final Names names;

  Region(String label, String kk, String ru, String en) {
    this.label = label;
    this.names = new Names(kk, ru, en);
  }

  /** What the forms offer and store: the Kazakh name and a short Russian one. */
  public String label() {
    return label;
  }

  /** The full name in the language; the form's label for a reader who asked for neither of ours. */
  public String name(Language language) {
    return names.in(language, label);
  }
}
