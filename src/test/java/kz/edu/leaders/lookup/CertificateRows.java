package kz.edu.leaders.lookup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import kz.edu.leaders.support.TestApplications;
import org.springframework.jdbc.core.JdbcTemplate;

/** Certificates as the selection and a course leave them, written straight into their tables. */
public class CertificateRows {

  private static final String LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private final JdbcTemplate jdbc;

  public CertificateRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Random letters of the certificates' alphabet (no 0, 1, I, O): the same as the app's numbers. */
  public static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
    }
    return s.toString();
  }

  /** A reserve entry with this status and term; returns its certificate number and keeps its IIN in {@code iin}. */
  public Reserve reserve(String status, LocalDate validUntil, Instant issued) {
    String number = "RR-2025-" + letters(10);
    String iin = TestApplications.randomIin();
    jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, region, level, cycle_year, valid_until, status, created_at,
          surname, first_name, composite_score) VALUES (?, ?, 'TURKISTAN', 'DIRECTOR', 2025, ?, ?, ?, ?, ?, 81.5)""",
        number, iin, Date.valueOf(validUntil), status, Timestamp.from(issued), "Жұмабекова", "Гүлнар");
    return new Reserve(number, iin);
  }

  public record Reserve(String number, String iin) {}

  /** A completed participant's course certificate. */
  public Reserve course(String title, int hours, Instant issued) {
    String course = "TC-TEST-" + letters(8);
    jdbc.update("""
        INSERT INTO training_course (course_number, title, region, target_group, hours, capacity, planned_start,
          planned_end, trainer, status, planned_at) VALUES (?, ?, 'TURKISTAN', 'school directors', ?, 30, ?, ?,
          'trainer', 'COMPLETED', ?)""",
        course, title, hours, Date.valueOf("2026-03-02"), Date.valueOf("2026-03-13"), Timestamp.from(issued));
    jdbc.update("""
        INSERT INTO training_organisation (region, name_key, name, district, added_at)
        VALUES ('TURKISTAN', ?, 'School No. 7', 'Kentau', ?)""", "school-7-" + course, Timestamp.from(issued));
    Long organisation = jdbc.queryForObject("SELECT id FROM training_organisation WHERE name_key = ?", Long.class,
        "school-7-" + course);
    String iin = TestApplications.randomIin();
    jdbc.update("""
        INSERT INTO training_participant (course_number, participant_no, iin, full_name, organisation_id, district, post,
          enrolled_at, completed) VALUES (?, 1, ?, 'Сейтқали Нұрлан Ерболұлы', ?, 'Kentau', 'director', ?, ?)""",
        course, iin, organisation, Timestamp.from(issued), true);
    Long participant = jdbc.queryForObject("SELECT id FROM training_participant WHERE course_number = ?", Long.class,
        course);
    String number = "TC-" + letters(4) + "-" + letters(4) + "-" + letters(4);
    jdbc.update("""
        INSERT INTO training_certificate (certificate_number, participant_id, course_number, issued_at)
        VALUES (?, ?, ?, ?)""", number, participant, course, Timestamp.from(issued));
    return new Reserve(number, iin);
  }
}
