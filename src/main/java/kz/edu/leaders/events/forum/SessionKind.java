package kz.edu.leaders.events.forum;

/** What a session of the programme is; the forms offer these codes. */
public enum SessionKind {
  PLENARY("Пленарлық отырыс / Пленарное заседание"),
  EXHIBITION("Тәжірибе көрмесі / Выставка опыта"),
  DIALOGUE_PLATFORM("Диалог алаңы / Диалоговая площадка"),
  FACILITATION("Фасилитациялық сессия / Фасилитационная сессия"),
  CONTEST("Байқау / Конкурс"),
  OTHER("Басқа / Другое");

  private final String label;

  SessionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
