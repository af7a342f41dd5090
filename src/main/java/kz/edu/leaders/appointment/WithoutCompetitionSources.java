package kz.edu.leaders.appointment;

import java.util.EnumSet;
import java.util.Set;
import kz.edu.leaders.domain.Post;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which sources of people may be offered a post without competition: DMN table
 * {@code bpmn/without-competition-sources.dmn}, which an analyst changes in Camunda Modeler, evaluated per source.
 */
@Component
public class WithoutCompetitionSources {

  static final String DECISION_KEY = "withoutCompetitionSources";

  private final DecisionService decisions;
  private final IdentityService identity;

  public WithoutCompetitionSources(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  public Set<OfferSource> qualifying(Post post) {
    Set<OfferSource> sources = EnumSet.noneOf(OfferSource.class);
    // The table is the application's rule, not a permission of the officer asking: evaluated with the
    // application's rights (the officer's groups have no grant on decision definitions), then the caller restored.
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (OfferSource source : OfferSource.values()) {
        Object qualifies = decisions.evaluateDecisionTableByKey(DECISION_KEY)
            .variables(Variables.createVariables().putValue("post", post.name()).putValue("source", source.name()))
            .evaluate().getSingleResult().getSingleEntry();
        if (Boolean.TRUE.equals(qualifies)) {
          sources.add(source);
        }
      }
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    return sources;
  }
}
