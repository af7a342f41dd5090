package kz.edu.leaders.domain;

/** The regions and cities of republican significance since 2022, with the names people read. */
public enum Region {
  ABAI("Abai / Абай"), AKMOLA("Akmola / Акмолинская"), AKTOBE("Aktobe / Актюбинская"),
  ALMATY_REGION("Almaty region / Алматинская"), ATYRAU("Atyrau / Атырауская"),
  EAST_KAZAKHSTAN("East Kazakhstan / Восточно-Казахстанская"), JAMBYL("Jambyl / Жамбылская"),
  JETISU("Jetisu / Жетісу"), KARAGANDA("Karaganda / Карагандинская"), KOSTANAY("Kostanay / Костанайская"),
  KYZYLORDA("Kyzylorda / Кызылординская"), MANGYSTAU("Mangystau / Мангистауская"),
  NORTH_KAZAKHSTAN("North Kazakhstan / Северо-Казахстанская"), PAVLODAR("Pavlodar / Павлодарская"),
  TURKISTAN("Turkistan / Туркестанская"), ULYTAU("Ulytau / Улытау"),
  WEST_KAZAKHSTAN("West Kazakhstan / Западно-Казахстанская"), ASTANA("Astana (city) / г. Астана"),
  ALMATY("Almaty (city) / г. Алматы"), SHYMKENT("Shymkent (city) / г. Шымкент");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
