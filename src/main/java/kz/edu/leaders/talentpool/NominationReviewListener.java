package kz.edu.leaders.talentpool;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Shows the review form the nomination as recorded: the person, their post and the grounds, and the default term.
 * The IIN and the phone are variables the engine's history never keeps (leaders.history.personal-variables); the
 * review removes them again.
 */
@Component
public class NominationReviewListener implements ExecutionListener {

  private final TalentPoolRepository pool;
  private final TalentPoolSettings settings;

  public NominationReviewListener(TalentPoolRepository pool, TalentPoolSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TalentPoolRepository.Nomination nomination = pool.getNomination(execution.getProcessBusinessKey());
    execution.setVariable("nomineeName", nomination.fullName());
    execution.setVariable("iin", nomination.iin());
    execution.setVariable("phone", nomination.phone() == null ? "" : nomination.phone());
    execution.setVariable("currentPost", nomination.currentPost());
    execution.setVariable("organisation", nomination.organisation());
    execution.setVariable("experienceYears", nomination.experienceYears());
    execution.setVariable("groundsSummary", summary(nomination));
    execution.setVariable("defaultTerm", readable(settings.getTerm()));
  }

  /** "3 жыл / 3 г." for P3Y: the setting as people read it. */
  static String readable(java.time.Period term) {
    StringBuilder kk = new StringBuilder();
    StringBuilder ru = new StringBuilder();
    part(kk, ru, term.getYears(), "жыл", "г.");
    part(kk, ru, term.getMonths(), "ай", "мес.");
    part(kk, ru, term.getDays(), "күн", "дн.");
    return kk.length() == 0 ? "0" : kk + " / " + ru;
  }

  private static void part(StringBuilder kk, StringBuilder ru, int amount, String kkUnit, String ruUnit) {
    if (amount != 0) {
      kk.append(kk.length() == 0 ? "" : " ").append(amount).append(' ').append(kkUnit);
      ru.append(ru.length() == 0 ? "" : " ").append(amount).append(' ').append(ruUnit);
    }
  }

  static String summary(TalentPoolRepository.Nomination nomination) {
    StringBuilder text = new StringBuilder(nomination.grounds());
    if (nomination.courses() != null) {
      text.append("\n\nКурстар / Курсы: ").append(nomination.courses());
    }
    if (nomination.results() != null) {
      text.append("\n\nНәтижелер / Результаты: ").append(nomination.results());
    }
    return text.toString();
  }
}
