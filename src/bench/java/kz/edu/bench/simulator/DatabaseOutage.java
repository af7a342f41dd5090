package kz.edu.bench.simulator;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being away (stopped, restarting, the connection cut) rather than the work being
 * wrong. The simulated people wait and try again, as people at a desk would: while PostgreSQL restarts, a task they
 * could not complete is not one they give up on.
 */
final class DatabaseOutage {

  private DatabaseOutage() {}

  static boolean causedBy(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
          || e instanceof CannotCreateTransactionException || e instanceof TransactionSystemException
          || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
        return true;
      }
      // SQLSTATE class 08: connection exception; 57P: the server shut down or is starting (PostgreSQL).
      if (e instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }
}
