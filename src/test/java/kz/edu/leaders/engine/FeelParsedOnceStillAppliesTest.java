package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;
import kz.edu.leaders.engine.EngineCode.Target;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.Context;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.StaticApplicationContext;

/**
 * What {@link FeelParsedOnce} needs from Camunda 7.24.0 (with feel-engine 1.19.5): the DMN engine evaluates FEEL
 * through the two methods it overrides, the engine's own FEEL engine is {@code ScalaFeelEngine}, the engine builds its
 * DMN engine with the factory the patch sets, and the evaluation the patch repeats with a kept parse is the engine's.
 */
class FeelParsedOnceStillAppliesTest {

  static final String PATCH = "FeelParsedOnce";

  @Test
  void theDmnEngineEvaluatesFeelThroughTheTwoMethodsThePatchOverrides() {
    assertThat(Arrays.stream(FeelEngine.class.getDeclaredMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("evaluateSimpleExpression", "evaluateSimpleUnaryTests");
  }

  @Test
  void theEnginesOwnFeelEngineIsTheOneThePatchExtends() {
    DefaultDmnEngineConfiguration stock =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    stock.buildEngine();

    assertThat(stock.getFeelEngine()).isExactlyInstanceOf(ScalaFeelEngine.class);
  }

  @Test
  void theProcessEngineBuildsItsDmnEngineWithTheFactoryThePatchSets() {
    var configuration = EngineCode.configurationWith(new FeelParsedOnce());
    configuration.setApplicationContext(new StaticApplicationContext());

    EngineCode.call(configuration, "initDmnHistoryEventProducer", "initExpressionManager", "initScripting",
        "initDmnEngine");

    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(FeelParsedOnce.Engine.class);
  }

  /** The patch evaluates a kept parse with the same variables as these; the FEEL engine's eval is parse, then eval. */
  static Stream<Target> evaluationThePatchRepeats() {
    String scalaFeelEngine = ScalaFeelEngine.class.getName();
    return Stream.of(
        new Target(ScalaFeelEngine.class, "evaluateSimpleUnaryTests", String.class, String.class,
            VariableContext.class),
        new Target(ScalaFeelEngine.class, "evaluateSimpleExpression", String.class, VariableContext.class),
        Target.of(scalaFeelEngine + "$1", "variableProvider"),
        Target.of(scalaFeelEngine + "$2", "variableProvider"),
        new Target(org.camunda.feel.FeelEngine.class, "evalUnaryTests", String.class, Context.class),
        new Target(org.camunda.feel.FeelEngine.class, "$anonfun$evalUnaryTests$1", org.camunda.feel.FeelEngine.class,
            Context.class, ParsedExpression.class),
        new Target(org.camunda.feel.FeelEngine.class, "evalExpression", String.class, Context.class),
        new Target(org.camunda.feel.FeelEngine.class, "$anonfun$evalExpression$1", org.camunda.feel.FeelEngine.class,
            Context.class, ParsedExpression.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluationThePatchRepeats")
  void theEvaluationThePatchRepeatsIsUnchanged(Target method) {
    method.assertUnchanged(PATCH);
  }
}
