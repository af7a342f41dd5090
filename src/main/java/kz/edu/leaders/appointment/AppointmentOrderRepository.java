package kz.edu.leaders.appointment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** Appointment orders: at most one per vacancy. */
@Repository
public class AppointmentOrderRepository {

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;

  public AppointmentOrderRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.numbers = Sequences.of(dataSource, "appointment_order_seq");
  }

  /** Inserts the order unless the vacancy has one already (a retried step); returns the vacancy's order. */
  public Order issue(String vacancyNumber, String path, String appointeeName, String appointeeIin,
                     String certificateNumber, String poolEntryNumber, Long candidateId, String legalBasis,
                     LocalDate orderDate) {
    Optional<Order> existing = forVacancy(vacancyNumber);
    if (existing.isPresent()) {
      return existing.get();
    }
    String number = String.format("AO-%d-%06d", orderDate.getYear(), numbers.nextLongValue());
    jdbc.update("""
        INSERT INTO appointment_order (order_number, vacancy_number, path, appointee_name, appointee_iin,
          certificate_number, pool_entry_number, candidate_id, legal_basis, order_date, issued_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, vacancyNumber, path, appointeeName, appointeeIin, certificateNumber, poolEntryNumber, candidateId,
        legalBasis,
        Date.valueOf(orderDate), Timestamp.from(Instant.now()));
    return forVacancy(vacancyNumber).orElseThrow();
  }

  public Optional<Order> forVacancy(String vacancyNumber) {
    return jdbc.query("""
            SELECT order_number, path, appointee_name, certificate_number, candidate_id, legal_basis, order_date,
              pool_entry_number
            FROM appointment_order WHERE vacancy_number = ?""",
        (rs, i) -> new Order(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8)),
        vacancyNumber).stream().findFirst();
  }

  public record Order(String number, String path, String appointeeName, String certificateNumber, Long candidateId,
                      String legalBasis, LocalDate orderDate, String poolEntryNumber) {}
}
