package kz.edu.leaders.domain;

/** The regions and cities of republican significance since 2022, with the names people read. */
public enum Region {
  ABAI("Абай облысы / область Абай"),
  AKMOLA("Ақмола облысы / Акмолинская"),
  AKTOBE("Ақтөбе облысы / Актюбинская"),
  ALMATY_REGION("Алматы облысы / Алматинская"),
  ATYRAU("Атырау облысы / Атырауская"),
  EAST_KAZAKHSTAN("Шығыс Қазақстан облысы / ВКО"),
  JAMBYL("Жамбыл облысы / Жамбылская"),
  JETISU("Жетісу облысы / область Жетісу"),
  KARAGANDA("Қарағанды облысы / Карагандинская"),
  KOSTANAY("Қостанай облысы / Костанайская"),
  KYZYLORDA("Қызылорда облысы / Кызылординская"),
  MANGYSTAU("Маңғыстау облысы / Мангистауская"),
  NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы / СКО"),
  PAVLODAR("Павлодар облысы / Павлодарская"),
  TURKISTAN("Түркістан облысы / Туркестанская"),
  ULYTAU("Ұлытау облысы / область Ұлытау"),
  WEST_KAZAKHSTAN("Батыс Қазақстан облысы / ЗКО"),
  ASTANA("Астана қаласы / г. Астана"),
  ALMATY("Алматы қаласы / г. Алматы"),
  SHYMKENT("Шымкент қаласы / г. Шымкент");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
