package kz.edu.leaders.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works off the outbox: claims due rows (each by a conditional update, so several nodes share the work and none sends
 * a row another holds), sends each through its channel, records the answer. A row whose worker died mid-way is due
 * again when its claim runs out; the worst a crash between the send and the record can do is send once more, which
 * the claim time makes rare and the X-Leaders-Notification header lets a mailbox recognise.
 */
@Component
public class NotificationWorker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);

  private final NotificationRepository outbox;
  private final NotificationSettings settings;
  private final List<NotificationChannel> channels;
  private final String id;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private Clock clock = Clock.systemUTC();
  private ScheduledExecutorService executor;

  public NotificationWorker(NotificationRepository outbox, NotificationSettings settings,
                            List<NotificationChannel> channels) {
    this.outbox = outbox;
    this.settings = settings;
    this.channels = channels;
    this.id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** This worker's name on the rows it claims. */
  public String id() {
    return id;
  }

  /** For tests: the worker's idea of now (a claim that ran out, a backoff that passed). */
  void setClock(Clock clock) {
    this.clock = clock;
  }

  /** One look at the outbox: claims what is due (a batch at most) and sends it; the number of rows it claimed. */
  public synchronized int runOnce() {
    Instant now = clock.instant();
    int claimed = 0;
    for (long row : outbox.due(now, settings.getBatchSize())) {
      if (outbox.claim(row, id, now, now.plus(settings.getClaimTime()))) {
        claimed++;
        deliver(row);
      }
    }
    return claimed;
  }

  /** Looks until nothing is due: what a look after a full batch does at once rather than after the interval. */
  public int runUntilNoneDue() {
    int claimed = 0;
    for (int batch = runOnce(); batch > 0; batch = runOnce()) {
      claimed += batch;
    }
    return claimed;
  }

  private boolean deliver(long rowId) {
    NotificationRepository.Row row = outbox.find(rowId).orElse(null);
    if (row == null) {
      return false;
    }
    NotificationChannel channel = channels.stream().filter(c -> c.name().equals(row.channel())).findFirst()
        .orElse(null);
    Instant now = clock.instant();
    if (channel == null) {
      outbox.markWaiting(rowId, id, "no channel " + row.channel() + " on this node",
          now.plus(settings.getUnreachableRetry()));
      return false;
    }
    try {
      channel.send(new NotificationChannel.Outgoing(row.id(), row.address(), row.subject(), row.body()));
    } catch (NotificationChannel.Refused e) {
      int attempts = row.attempts() + 1;
      boolean permanently = attempts >= settings.getMaxAttempts();
      LOG.warn("Notification {} refused (attempt {}): {}", rowId, attempts, e.getMessage());
      outbox.markRefused(rowId, id, e.getMessage(), attempts, permanently,
          now.plus(settings.backoffAfter(attempts)));
      return false;
    } catch (NotificationChannel.Unreachable e) {
      LOG.warn("Notification {} waits: {}", rowId, e.getMessage());
      outbox.markWaiting(rowId, id, e.getMessage(), now.plus(settings.getUnreachableRetry()));
      return false;
    } catch (RuntimeException e) {
      LOG.error("Notification {} could not be sent", rowId, e);
      outbox.markWaiting(rowId, id, e.toString(), now.plus(settings.getUnreachableRetry()));
      return false;
    }
    if (!outbox.markSent(rowId, id, clock.instant())) {
      LOG.warn("Notification {} was sent after this worker's claim ran out", rowId);
    }
    return true;
  }

  /** A look soon, when a transaction that queued something committed (between the regular ones). */
  public void wakeUp() {
    ScheduledExecutorService running = executor;
    if (running != null && wakeUpPending.compareAndSet(false, true)) {
      running.execute(() -> {
        wakeUpPending.set(false);
        safely();
      });
    }
  }

  private void safely() {
    try {
      runUntilNoneDue();
    } catch (RuntimeException e) {
      // The database away for a moment: the next look tries again.
      LOG.warn("Notification worker: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (settings.isWorkerEnabled() && executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "notification-worker");
        thread.setDaemon(true);
        return thread;
      });
      long millis = settings.getInterval().toMillis();
      executor.scheduleWithFixedDelay(this::safely, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
      executor = null;
    }
    if (running != null) {
      running.shutdown();
      try {
        running.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    // After the engine and the database have started; stopped before them.
    return Integer.MAX_VALUE - 100;
  }
}
