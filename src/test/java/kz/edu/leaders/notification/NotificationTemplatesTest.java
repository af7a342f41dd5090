package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.reserve.ExpireReserveEntryDelegate;
import kz.edu.leaders.selection.CandidateNotices;
import org.junit.jupiter.api.Test;

/**
 * Every notification text renders, in Kazakh and in Russian, with the values its event gives (the same names the
 * queueing code puts in): a text that names a value the event does not give fails here, not in production.
 */
class NotificationTemplatesTest {

  static final Path FOLDER = Path.of("src/main/resources/notifications");
  static final Pattern FILE = Pattern.compile("(.+)\\.(kk|ru)\\.txt");

  final NotificationTemplates templates = new NotificationTemplates();

  /** Each event's values as its queueing code gives them (CandidateNotices adds number and name to all). */
  static Map<String, Map<String, Object>> samples() {
    Map<String, Object> common = Map.of("number", "RS-2026-000042", "name", "Айгуль Серіковна");
    Map<String, Map<String, Object>> samples = new HashMap<>();
    samples.put(CandidateNotices.REGISTERED, common);
    samples.put(CandidateNotices.STAGE_REACHED, with(common, Map.of("stage", Reason.of("notification.stage.TEST"))));
    samples.put(CandidateNotices.DOCUMENTS_RETURNED, with(common, Map.of("what", "Дипломның көшірмесі анық емес",
        "lastDay", "14.12.2026", "workingDays", 5)));
    samples.put(CandidateNotices.DOCUMENTS_REJECTED, with(common, Map.of("stage",
        Reason.of("notification.stage.DOCUMENT_CHECK"), "outcome", Reason.of("notification.outcome.REJECTED_DOCUMENTS"),
        "reason", "Құжаттар басқа адамдікі / Документы другого лица")));
    samples.put(CandidateNotices.TEST_RESULT, with(common, Map.of("overall", "64.5", "passed", false, "failed", true,
        "reasons", List.of(Reason.of("reason.test.notPassed"), Reason.of("reason.test.overallBelow", "64.5", "70")))));
    samples.put(CandidateNotices.CLOSED, with(common, Map.of("stage", Reason.of("notification.stage.INTERVIEW"),
        "outcome", Reason.of("notification.outcome.INTERVIEW_FAILED"), "reason", "6.5 < 7")));
    samples.put(CandidateNotices.ENROLLED, with(common, Map.of("level", (Reason.Named) Post.DIRECTOR::name,
        "certificateNumber", "RR-2026-ABCDEFGHJK", "validUntil", "31.12.2029")));
    samples.put(ExpireReserveEntryDelegate.EXPIRED, ExpireReserveEntryDelegate.values("Айгуль Серіковна",
        "RR-2026-ABCDEFGHJK", Post.DIRECTOR, java.time.LocalDate.of(2029, 12, 31)));
    Map<String, Object> appointment = Map.of("name", "Айгуль Серіковна", "vacancy", "VC-2026-000007",
        "post", (Reason.Named) Post.DIRECTOR::name, "school", "School-lyceum No. 12, Turkistan");
    samples.put(AppointmentNotices.RESERVIST_OFFER, with(appointment, Map.of("offeredOn", "07.12.2026",
        "answerBy", "14.12.2026", "workingDays", 5)));
    samples.put(AppointmentNotices.APPOINTMENT_ORDER, with(appointment, Map.of("orderNumber", "AO-2026-000003",
        "orderDate", "21.12.2026")));
    samples.put(AppointmentNotices.HEAD_ATTESTATION_DUE, with(appointment, Map.of("orderNumber", "AO-2026-000003",
        "orderDate", "21.12.2026", "dueOn", "21.12.2029", "passBy", "20.06.2030")));
    samples.put(AppointmentNotices.COMPETITION_DOCUMENTS, with(appointment, Map.of("admitted", false,
        "rejected", true, "reason", "Анықтама жоқ / Нет справки")));
    samples.put(AppointmentNotices.COMPETITION_TEST, with(appointment, Map.of("sat", true, "absent", false,
        "score", "64.5", "passed", false, "failed", true, "passMark", "70")));
    Map<String, Object> session = Map.of("date", "18.12.2026", "time", "10:00", "link", "https://stream.example.kz/s1");
    samples.put(AppointmentNotices.COMPETITION_INVITATION, with(appointment, session));
    samples.put(AppointmentNotices.COMPETITION_NOT_INVITED, with(appointment, session));
    samples.put(AppointmentNotices.COMPETITION_OUTCOME, with(appointment, Map.of("won", true, "lost", false,
        "reason", "Дауыстардың көпшілігі / Большинство голосов")));
    Map<String, Object> line = Map.of("task", "Сұхбат / Собеседование · Абенова Айгуль · RS-2026-000042",
        "due", "21.12.2026 18:00", "overdue", false);
    samples.put(OfficialReminders.DIGEST, Map.of("name", "Commission Member", "day", "07.12.2026", "open", 3,
        "dueSoon", 1, "hasDueSoon", true, "noneDueSoon", false, "tasks", List.of(line), "more", 0, "hasMore", false));
    samples.put(OfficialReminders.SCORE_REMINDER, with(line, Map.of("name", "Commission Member")));
    samples.put(OfficialReminders.VOTE_REMINDER, with(line, Map.of("name", "Commission Member")));
    samples.put(OfficialReminders.JURY_SCORE_REMINDER, with(Map.of("task",
        "Өтінімді бағалау / Оценить заявку · LS-2026-000001 · Өтінім / Заявка 2: № 17 жетекші мектеп-гимназия",
        "due", "17.12.2026 21:05", "overdue", false), Map.of("name", "Commission Member",
        "contestTitle", "«Үздік жетекші мектеп» өңірлік байқауы / Региональный конкурс «Лучшая ведущая школа»",
        "schoolName", "№ 17 жетекші мектеп-гимназия / Ведущая школа-гимназия № 17")));
    samples.put(kz.edu.leaders.events.forum.FeedbackLinkMail.EVENT, Map.of("name", "Айгуль Серіковна",
        "forum", "Жамбыл облысы директорларының форумы / Форум директоров Жамбылской области",
        "firstDay", "19.11.2026", "lastDay", "20.11.2026", "oneDay", false, "severalDays", true,
        "venue", "Тараз, № 5 мектеп-лицей / Тараз, школа-лицей № 5",
        "link", "https://leaders.example.kz/forum-feedback/#q3Jm0c9dX2kVbN8sTQeA7fLwR1yHzPuIo4gKjE6hZtM",
        "closesAt", "27.11.2026 23:59"));
    samples.put(RegionalEscalations.ESCALATION, Map.of("name", "Commission Member",
        "region", "Түркістан облысы / Туркестанская область", "day", "07.12.2026", "overdue", 2,
        "tasks", List.of(Map.of("task", "Құжаттарды тексеру / Проверить документы · RS-2026-000042",
            "due", "03.12.2026 18:00", "daysLate", 4)), "more", 0, "hasMore", false));
    return samples;
  }

  static Map<String, Object> with(Map<String, Object> common, Map<String, Object> own) {
    Map<String, Object> values = new HashMap<>(common);
    values.putAll(own);
    return values;
  }

  static TreeSet<String> eventsWithTexts() throws IOException {
    TreeSet<String> events = new TreeSet<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      files.forEach(file -> {
        Matcher name = FILE.matcher(file.getFileName().toString());
        assertThat(name.matches()).as("notification text named <event>.<kk|ru>.txt: " + file).isTrue();
        events.add(name.group(1));
      });
    }
    return events;
  }

  @Test
  void everyTextHasSampleValuesAndEveryQueuedEventHasTextsInBothLanguages() throws IOException {
    assertThat(eventsWithTexts()).containsExactlyInAnyOrderElementsOf(samples().keySet());
    assertThat(samples().keySet()).containsAll(CandidateNotices.EVENTS).containsAll(AppointmentNotices.EVENTS);
    for (String event : eventsWithTexts()) {
      assertThat(templates.has(event)).as(event + " in kk and ru").isTrue();
    }
  }

  /** The values with every yes/no set to the one given, lists' rows included: each conditional part shown or not. */
  static Map<String, Object> flags(Map<String, Object> values, boolean to) {
    Map<String, Object> flipped = new HashMap<>();
    values.forEach((name, value) -> flipped.put(name, flag(value, to)));
    return flipped;
  }

  @SuppressWarnings("unchecked")
  static Object flag(Object value, boolean to) {
    if (value instanceof Boolean) {
      return to;
    }
    if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
      return list.stream().map(row -> flags((Map<String, Object>) row, to)).toList();
    }
    return value;
  }

  @Test
  void everyTextRendersInEachLanguageWithItsEventsValues() {
    samples().forEach((event, sample) -> {
      for (Map<String, Object> values : List.of(sample, flags(sample, true), flags(sample, false))) {
        for (Language language : List.of(Language.KK, Language.RU, Language.KK_AND_RU)) {
          NotificationTemplates.Rendered rendered = templates.render(event, language, values);
          assertThat(rendered.subject()).as(event + " " + language).isNotBlank().doesNotContain("\n", "{{");
          assertThat(rendered.body()).as(event + " " + language).isNotBlank().doesNotContain("{{", "}}")
              .containsAnyOf("Айгуль Серіковна", "Commission Member");
          if (values == sample) {
            assertThat(rendered.body()).as(event + " " + language + ": no empty lines in a row")
                .doesNotContain("\n\n\n");
          }
        }
      }
    });
  }

  @Test
  void aValueTheEventDoesNotGiveFailsTheRendering() {
    samples().forEach((event, sample) -> {
      // Every conditional part shown, so that a value missing in any of them fails.
      Map<String, Object> values = flags(sample, true);
      for (String missing : values.keySet()) {
        Map<String, Object> without = new HashMap<>(values);
        without.remove(missing);
        boolean used = Stream.of("kk", "ru").anyMatch(language -> text(event, language).contains(missing));
        if (used) {
          assertThatThrownBy(() -> templates.render(event, Language.KK_AND_RU, without))
              .as(event + " without " + missing).isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(missing);
        }
      }
    });
  }

  @Test
  void languageDependentValuesAreSaidInTheMessagesLanguage() {
    Map<String, Object> values = samples().get(CandidateNotices.TEST_RESULT);
    assertThat(templates.render(CandidateNotices.TEST_RESULT, Language.KK, values).body())
        .contains("Тест тапсырылмады: Құзыреттілік тесті тапсырылмады").doesNotContain("Тест компетенций");
    assertThat(templates.render(CandidateNotices.TEST_RESULT, Language.RU, values).body())
        .contains("Тест компетенций не сдан").doesNotContain("тапсырылмады");
  }

  @Test
  void aMessageThatWouldCarryAnIinIsRefused() {
    Map<String, Object> values = new HashMap<>(samples().get(CandidateNotices.DOCUMENTS_RETURNED));
    values.put("what", "ИИН 900101300123 указан неверно");
    assertThatThrownBy(() -> templates.render(CandidateNotices.DOCUMENTS_RETURNED, Language.RU, values))
        .hasMessageContaining("IIN");
  }

  static String text(String event, String language) {
    try {
      return Files.readString(FOLDER.resolve(event + "." + language + ".txt"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
