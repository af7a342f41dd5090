package kz.edu.leaders.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Boot's mail support: the server and its account are the standard {@code spring.mail.*}
 * properties (without {@code spring.mail.host} Boot makes no sender, and rows wait). The sender address is the
 * JavaMail property {@code spring.mail.properties.mail.from}.
 */
@Component
public class EmailChannel implements NotificationChannel {

  public static final String NAME = "EMAIL";

  private final ObjectProvider<JavaMailSender> sender;

  public EmailChannel(ObjectProvider<JavaMailSender> sender) {
    this.sender = sender;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void send(Outgoing message) throws Refused, Unreachable {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      throw new Unreachable("no mail server configured (spring.mail.host)", null);
    }
    MimeMessage mime = mail.createMimeMessage();
    try {
      // From spring.mail.properties.mail.from (JavaMail's own property), else the JavaMail default.
      mime.setFrom();
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
      helper.setTo(message.address());
      helper.setSubject(message.subject());
      helper.setText(message.body(), false);
      // Lets a recipient's mail client and the server's logs tie a message to its outbox row.
      mime.setHeader("X-Leaders-Notification", Long.toString(message.id()));
    } catch (MessagingException e) {
      throw new Refused("not a valid message: " + answer(e), e);
    }
    try {
      mail.send(mime);
    } catch (MailAuthenticationException e) {
      // The account is wrong for every message alike: an operator's fix, not this message's failure.
      throw new Unreachable("the mail server refused the login: " + answer(e), e);
    } catch (MailSendException e) {
      if (!e.getFailedMessages().isEmpty() && !unreachable(e)) {
        throw new Refused(answer(e), e);
      }
      throw new Unreachable(answer(e), e);
    } catch (MailException e) {
      throw new Unreachable(answer(e), e);
    }
  }

  private static boolean unreachable(MailSendException e) {
    for (Exception failure : e.getFailedMessages().values()) {
      int depth = 0;
      for (Throwable t = failure; t != null && depth++ < 10; t = next(t)) {
        if (t instanceof ConnectException || t instanceof UnknownHostException
            || t instanceof SocketTimeoutException || t.getClass().getSimpleName().equals("MailConnectException")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The server's own words: the messages along the chain of causes, without repeats. */
  static String answer(Throwable e) {
    Set<String> parts = new LinkedHashSet<>();
    Throwable top = e;
    if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
      top = send.getFailedMessages().values().iterator().next();
    }
    int depth = 0;
    for (Throwable t = top; t != null && depth++ < 10; t = next(t)) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        parts.add(t.getMessage().strip());
      }
    }
    return parts.isEmpty() ? e.getClass().getSimpleName() : String.join("; ", parts);
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

}
