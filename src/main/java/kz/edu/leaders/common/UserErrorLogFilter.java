package kz.edu.leaders.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs every exception that ends a command as an ERROR with its stack trace, including a
 * user's refused form value ({@link InvalidSubmissionException}), which the user already sees as a 400.
 * Those would bury real incidents in the log, so they are dropped; everything else passes.
 */
public class UserErrorLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    // Task listeners wrap what they throw; look through the causes.
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
