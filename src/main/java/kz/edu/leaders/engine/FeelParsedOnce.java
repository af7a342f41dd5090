package kz.edu.leaders.engine;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL cells are parsed once, not on every evaluation. The engine's FEEL integration parses
 * the text of every input entry each time a rule is checked (camunda/feel-scala#1149): in a simulated cycle that
 * was a fifth of the CPU of an eligibility decision. A parsed expression is an immutable syntax tree, so it is
 * kept per text and evaluated as the engine evaluates it, with the same variables, results and errors. A text
 * that does not parse is left to the engine, which reports it as before.
 *
 * <p>On an upgrade of Camunda or feel-engine, re-check that the DMN engine still takes the factory set here and
 * evaluates through {@code ScalaFeelEngine}'s two methods, that those (and feel-engine's evaluation) still do what
 * {@link Engine} repeats, and whether feel-scala#1149 is fixed (then drop this).
 * {@code FeelParsedOnceStillAppliesTest} fails on each of those changes.
 */
@Component
public class FeelParsedOnce extends AbstractCamundaConfiguration {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    if (dmn.getFeelEngineFactory() == null) {
      DefaultDmnEngineConfiguration tables = dmn;
      // The custom functions are handed to the DMN configuration after this, when the engine builds it.
      dmn.setFeelEngineFactory(() -> new Engine(tables.getFeelCustomFunctionProviders()));
    }
  }

  /** Camunda's FEEL engine for DMN, keeping what it parsed. */
  static class Engine extends ScalaFeelEngine {

    /** Texts come from deployed tables; far more than this means something deploys generated tables. */
    static final int MAX_KEPT = 10_000;

    private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();

    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable,
        VariableContext variableContext) {
      ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
      if (parsed == null) {
        return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
      }
      VariableProvider input = new VariableProvider.StaticVariableProvider(
          new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
      VariableProvider variables = new ContextVariableWrapper(variableContext);
      return BoxesRunTime.unboxToBoolean(valueOf(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
        }
      })));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
      ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
      if (parsed == null) {
        return super.evaluateSimpleExpression(expression, variableContext);
      }
      return (T) valueOf(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new ContextVariableWrapper(variableContext);
        }
      }));
    }

    ParsedExpression parsedUnaryTests(String expression) {
      return unaryTests.get(expression);
    }

    private static ParsedExpression parsed(ConcurrentHashMap<String, ParsedExpression> kept, String expression,
        Function<String, Either<FeelEngine.Failure, ParsedExpression>> parser) {
      ParsedExpression parsed = kept.get(expression);
      if (parsed != null) {
        return parsed;
      }
      Either<FeelEngine.Failure, ParsedExpression> result = parser.apply(expression);
      if (!(result instanceof Right<?, ?> right)) {
        return null;
      }
      if (kept.size() >= MAX_KEPT) {
        kept.clear();
      }
      parsed = (ParsedExpression) right.value();
      kept.putIfAbsent(expression, parsed);
      return parsed;
    }

    private static Object valueOf(Either<FeelEngine.Failure, Object> result) {
      if (result instanceof Right<?, ?> right) {
        return right.value();
      }
      throw LOGGER.evaluationException(((FeelEngine.Failure) ((Left<?, ?>) result).value()).message());
    }
  }
}
