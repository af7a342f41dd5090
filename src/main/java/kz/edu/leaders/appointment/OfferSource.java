package kz.edu.leaders.appointment;

import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.common.Texts;

/** Where a person offered a post without competition comes from; the DMN table without-competition-sources names them. */
public enum OfferSource implements Reason.Named {
  /** The Republican personnel reserve ("1000 leaders of changes in education"). */
  REPUBLICAN_RESERVE,
  /** The talent pool of the vacancy's region. */
  REGIONAL_POOL;

  @Override
  public String in(Language language) {
    return Texts.render("source." + name(), language);
  }

  /** "Республикалық резерв / Республиканский резерв": what the forms show. */
  public String label() {
    return in(Language.KK_AND_RU);
  }
}
