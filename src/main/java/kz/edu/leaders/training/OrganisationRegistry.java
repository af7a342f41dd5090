package kz.edu.leaders.training;

import static kz.edu.leaders.training.CourseRepository.now;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.edu.leaders.common.CsvTable;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.training.ImportReport.RowResult;
import kz.edu.leaders.training.ImportReport.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's list of educational organisations (training_organisation), loaded from the regional department's
 * list. An enrolment row names an organisation of this list: that is what "known" means. Names are compared without
 * case, quotes or repeated spaces.
 */
@Service
public class OrganisationRegistry {

  public static final List<String> COLUMNS = List.of("organisation", "district");

  public record Organisation(long id, String name, String district) {}

  private final JdbcTemplate jdbc;

  public OrganisationRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\"«»“”']", "").replaceAll("\\s+", " ").strip();
  }

  /** The region's organisations by name key. */
  public Map<String, Organisation> of(Region region) {
    Map<String, Organisation> byKey = new HashMap<>();
    jdbc.query("SELECT id, name_key, name, district FROM training_organisation WHERE region = ?", rs -> {
      byKey.put(rs.getString("name_key"), new Organisation(rs.getLong("id"), rs.getString("name"),
          rs.getString("district")));
    }, region.name());
    return byKey;
  }

  public Optional<Organisation> find(Region region, String name) {
    return Optional.ofNullable(of(region).get(key(name)));
  }

  /** Adds the rows not yet known; one batch statement. */
  @Transactional
  public ImportReport importList(Region region, List<CsvTable.Row> rows, String by) {
    Map<String, Organisation> known = of(region);
    Set<String> seen = new HashSet<>();
    List<RowResult> results = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    for (CsvTable.Row row : rows) {
      String name = row.get("organisation");
      String district = row.get("district");
      if (name == null || name.length() > 300) {
        results.add(RowResult.refused(row.number(), null, Status.INVALID, "organisation", "value.required"));
      } else if (district == null || district.length() > 200) {
        results.add(RowResult.refused(row.number(), null, Status.INVALID, "district", "value.required"));
      } else if (known.containsKey(key(name)) || !seen.add(key(name))) {
        results.add(RowResult.accepted(row.number(), null, Status.ALREADY_KNOWN, null));
      } else {
        inserts.add(new Object[] {region.name(), key(name), name, district, by, now()});
        results.add(RowResult.accepted(row.number(), null, Status.ADDED, null));
      }
    }
    jdbc.batchUpdate("INSERT INTO training_organisation (region, name_key, name, district, added_by, added_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", inserts);
    return ImportReport.of(UUID.randomUUID().toString(), results);
  }
}
