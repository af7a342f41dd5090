package kz.edu.leaders.common;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/** Numbers from a database sequence, on H2 (the embedded default) or PostgreSQL. */
public final class Sequences {

  private Sequences() {}

  public static DataFieldMaxValueIncrementer of(DataSource dataSource, String sequence) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
    return product.toLowerCase().contains("postgres")
        ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
        : new H2SequenceMaxValueIncrementer(dataSource, sequence);
  }
}
