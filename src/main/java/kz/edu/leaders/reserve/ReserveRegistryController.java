package kz.edu.leaders.reserve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.web.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reserve registry for those who work with the reserve ({@link RegistryAccess}): entries by filter, as JSON pages
 * or one CSV file; one entry with its history; revocation. A regional officer's filter for another region finds
 * nothing, as if the region had no entries; an entry of another region answers 404.
 */
@RestController
@RequestMapping("/api/reserve/entries")
public class ReserveRegistryController {

  static final List<String> CSV_COLUMNS = List.of("certificate_number", "application_number", "surname", "first_name",
      "region", "level", "cycle", "enrolled_on", "valid_until", "status", "composite_score");
  static final int REASON_MIN = 3;
  static final int REASON_MAX = 500;
  private static final int DEFAULT_SIZE = 50;

  private final RegistryAccess access;
  private final ReserveRegistry registry;
  private final RegistrySettings settings;

  public ReserveRegistryController(RegistryAccess access, ReserveRegistry registry, RegistrySettings settings) {
    this.access = access;
    this.registry = registry;
    this.settings = settings;
  }

  @GetMapping
  public ResponseEntity<?> entries(@RequestParam Map<String, String> params, HttpServletRequest request) {
    RegistryAccess.Scope scope = access.ofCaller();
    Language language = Language.of(request);
    List<FieldError> errors = new ArrayList<>();
    ReserveRegistry.Filter filter = filter(params, errors);
    boolean csv = "csv".equalsIgnoreCase(params.get("format"));
    if (params.containsKey("format") && !csv && !"json".equalsIgnoreCase(params.get("format"))) {
      errors.add(FieldError.of("format", "value.notAChoice", "json, csv"));
    }
    int page = whole(params, "page", 0, 0, Integer.MAX_VALUE / settings.getMaxPageSize(), errors);
    int size = whole(params, "size", DEFAULT_SIZE, 1, settings.getMaxPageSize(), errors);
    if (!errors.isEmpty()) {
      throw new Refusal(400, "reserve.registry.badFilter", errors);
    }
    long total = registry.count(filter, scope);
    if (csv) {
      if (total > settings.getExportLimit()) {
        throw Refusal.of(400, "reserve.registry.exportTooLarge", total, settings.getExportLimit());
      }
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reserve-entries.csv\"")
          .body(csv(registry.find(filter, scope, 0, settings.getExportLimit())));
    }
    List<Entry> entries = registry.find(filter, scope, page * size, size).stream()
        .map(row -> Entry.of(row, language, registry.zone())).toList();
    return ResponseEntity.ok(new Page(page, size, total, entries));
  }

  @GetMapping("/{number}")
  public EntryWithHistory one(@PathVariable String number, HttpServletRequest request) {
    RegistryAccess.Scope scope = access.ofCaller();
    ReserveRegistry.Row row = visible(number, scope);
    return new EntryWithHistory(Entry.of(row, Language.of(request), registry.zone()), row.revokedBy(), row.revocationReason(),
        registry.history(row));
  }

  @PostMapping("/{number}/revoke")
  public EntryWithHistory revoke(@PathVariable String number, @RequestBody(required = false) Map<String, Object> body,
                                 HttpServletRequest request) {
    RegistryAccess.Scope scope = access.ofCaller();
    if (!scope.mayRevoke()) {
      throw Refusal.of(403, "reserve.revoke.forbidden");
    }
    Object given = body == null ? null : body.get("reason");
    String reason = given instanceof String text ? text.strip() : null;
    if (given != null && !(given instanceof String)) {
      throw Refusal.invalid(List.of(FieldError.of("reason", "value.notText")));
    }
    if (reason == null || reason.isEmpty()) {
      throw Refusal.invalid(List.of(FieldError.of("reason", "value.required")));
    }
    if (reason.length() < REASON_MIN) {
      throw Refusal.invalid(List.of(FieldError.of("reason", "value.tooShort", REASON_MIN)));
    }
    if (reason.length() > REASON_MAX) {
      throw Refusal.invalid(List.of(FieldError.of("reason", "value.tooLong", REASON_MAX)));
    }
    ReserveRegistry.Row row = visible(number, scope);
    Language language = Language.of(request);
    if (!registry.revoke(row.certificateNumber(), scope.userId(), reason, Instant.now())) {
      throw Refusal.of(409, "reserve.revoke.notInReserve", row.certificateNumber(),
          statusLabel(row.status(), language));
    }
    return one(row.certificateNumber(), request);
  }

  private ReserveRegistry.Row visible(String number, RegistryAccess.Scope scope) {
    String key = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    return registry.one(key).filter(row -> scope.covers(row.region()))
        .orElseThrow(() -> Refusal.of(404, "reserve.entryNotFound", key));
  }

  private static ReserveRegistry.Filter filter(Map<String, String> params, List<FieldError> errors) {
    Region region = choice(params, "region", Region.class, errors);
    Post level = choice(params, "level", Post.class, errors);
    String status = text(params, "status");
    if (status != null) {
      status = status.toUpperCase(Locale.ROOT);
      if (!ReserveRegistry.STATUSES.contains(status)) {
        errors.add(FieldError.of("status", "value.notAChoice", String.join(", ", ReserveRegistry.STATUSES)));
        status = null;
      }
    }
    Integer cycle = params.containsKey("cycle") ? whole(params, "cycle", 0, 2000, 2100, errors) : null;
    LocalDate validOn = date(params, "validOn", errors);
    LocalDate validFrom = date(params, "validFrom", errors);
    LocalDate validTo = date(params, "validTo", errors);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      errors.add(FieldError.of("validTo", "reserve.registry.rangeBackwards", validFrom));
    }
    return new ReserveRegistry.Filter(region, level, status, cycle, validOn, validFrom, validTo);
  }

  private static String text(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <E extends Enum<E>> E choice(Map<String, String> params, String name, Class<E> type,
                                              List<FieldError> errors) {
    String value = text(params, name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      String choices = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      errors.add(type == Region.class ? FieldError.of(name, "value.unknownRegion", value, choices)
          : FieldError.of(name, "value.notAChoice", choices));
      return null;
    }
  }

  private static int whole(Map<String, String> params, String name, int fallback, int min, int max,
                           List<FieldError> errors) {
    String value = text(params, name);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
      errors.add(FieldError.of(name, "value.outOfRange", min, max));
    } catch (NumberFormatException e) {
      errors.add(FieldError.of(name, "value.notWholeNumber"));
    }
    return fallback;
  }

  private static LocalDate date(Map<String, String> params, String name, List<FieldError> errors) {
    String value = text(params, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(name, "value.notDate"));
      return null;
    }
  }

  private String csv(List<ReserveRegistry.Row> rows) {
    StringWriter out = new StringWriter();
    // The byte-order mark makes spreadsheets read the Kazakh and Russian names as UTF-8.
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
      for (ReserveRegistry.Row row : rows) {
        printer.printRecord(row.certificateNumber(), row.applicationNumber(), row.surname(), row.firstName(),
            row.region(), row.level(), row.cycle(), row.enrolledAt().atZone(registry.zone()).toLocalDate(),
            row.validUntil(), row.status(), row.compositeScore());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String statusLabel(String status, Language language) {
    return Texts.render("reserve.status." + status, language);
  }

  public record Label(String code, String label) {}

  /** One entry as the registry lists it: no IIN. */
  public record Entry(String certificateNumber, String applicationNumber, String surname, String firstName,
                      Label region, Label level, int cycle, LocalDate enrolledOn, LocalDate validUntil, Label status,
                      BigDecimal compositeScore) {

    static Entry of(ReserveRegistry.Row row, Language language, java.time.ZoneId zone) {
      Region region = Region.valueOf(row.region());
      Post level = Post.valueOf(row.level());
      return new Entry(row.certificateNumber(), row.applicationNumber(), row.surname(), row.firstName(),
          new Label(region.name(), region.name(language)), new Label(level.name(), level.name(language)), row.cycle(),
          row.enrolledAt().atZone(zone).toLocalDate(), row.validUntil(),
          new Label(row.status(), statusLabel(row.status(), language)), row.compositeScore());
    }
  }

  public record Page(int page, int size, long total, List<Entry> entries) {}

  public record EntryWithHistory(Entry entry, String revokedBy, String revocationReason,
                                 List<ReserveRegistry.Event> history) {}
}
