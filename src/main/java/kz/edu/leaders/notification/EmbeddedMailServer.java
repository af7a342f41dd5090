package kz.edu.leaders.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server (demo profile, {@code leaders.notification.embedded-smtp: true}): GreenMail on
 * {@code spring.mail.host}:{@code spring.mail.port}, accepting every message, so that the demo sends real e-mail
 * without an outside server. What it received is what GET /api/notifications shows as sent. A second node on the
 * same machine finds the port taken and uses the first node's server.
 */
@Component
@ConditionalOnProperty(prefix = "leaders.notification", name = "embedded-smtp", havingValue = "true")
public class EmbeddedMailServer implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

  private final GreenMail greenMail;

  public EmbeddedMailServer(ObjectProvider<MailProperties> properties) {
    MailProperties mail = properties.getIfAvailable(MailProperties::new);
    String host = mail.getHost() == null ? "127.0.0.1" : mail.getHost();
    int port = mail.getPort() == null ? 3025 : mail.getPort();
    GreenMail server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    try {
      server.start();
      LOG.info("Embedded SMTP server (GreenMail) listening on {}:{}", host, port);
    } catch (RuntimeException e) {
      LOG.warn("Embedded SMTP server not started on {}:{} ({}); mail goes to whatever listens there", host, port,
          e.getMessage());
      server = null;
    }
    this.greenMail = server;
  }

  /** How many messages it has received since the app started (0 if another process serves the port). */
  public int received() {
    return greenMail == null ? 0 : greenMail.getReceivedMessages().length;
  }

  @Override
  public void destroy() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
