package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A decision table's cells give the engine's own answers and errors, parsed once. */
class FeelParsedOnceTest {

  private final FeelParsedOnce.Engine parsedOnce = new FeelParsedOnce.Engine(List.of());
  private final ScalaFeelEngine engines = new ScalaFeelEngine(List.of());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "< 5 | 3", "< 5 | 5", "< 2 | 0", "[2..5] | 5", "not(3) | 3", "not(3) | 4", ">= 5, < 0 | -1"})
  void numberTestsAnswerAsTheEngine(String test, int input) {
    VariableContext cell = Variables.createVariables().putValue("cellInput", input).asVariableContext();

    assertThat(parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", cell))
        .isEqualTo(engines.evaluateSimpleUnaryTests(test, "cellInput", cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'\"PEDAGOGUE_INTERN\",\"PEDAGOGUE\"' | PEDAGOGUE", "'\"PEDAGOGUE_INTERN\",\"PEDAGOGUE\"' | PEDAGOGUE_MASTER",
      "'\"DEPUTY_DIRECTOR\"' | DEPUTY_DIRECTOR", "'\"DEPUTY_DIRECTOR\"' | TEACHER"})
  void textTestsAnswerAsTheEngine(String test, String input) {
    VariableContext cell = Variables.createVariables().putValue("cellInput", input).asVariableContext();

    assertThat(parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", cell))
        .isEqualTo(engines.evaluateSimpleUnaryTests(test, "cellInput", cell));
  }

  @Test
  void aTestOnAnotherVariableAndTheInputReadsBoth() {
    VariableContext cell = Variables.createVariables().putValue("cellInput", 4).putValue("limit", 5)
        .asVariableContext();

    assertThat(parsedOnce.evaluateSimpleUnaryTests("< limit", "cellInput", cell)).isTrue();
    assertThat(parsedOnce.evaluateSimpleUnaryTests("? > limit", "cellInput", cell)).isFalse();
    assertThat(parsedOnce.evaluateSimpleUnaryTests("true", "cellInput",
        Variables.createVariables().putValue("cellInput", true).asVariableContext())).isTrue();
  }

  @Test
  void aTestIsParsedOnceAndKept() {
    VariableContext three = Variables.createVariables().putValue("cellInput", 3).asVariableContext();
    VariableContext seven = Variables.createVariables().putValue("cellInput", 7).asVariableContext();

    assertThat(parsedOnce.evaluateSimpleUnaryTests("< 5", "cellInput", three)).isTrue();
    ParsedExpression first = parsedOnce.parsedUnaryTests("< 5");
    assertThat(parsedOnce.evaluateSimpleUnaryTests("< 5", "cellInput", seven)).isFalse();

    assertThat(first).isNotNull();
    assertThat(parsedOnce.parsedUnaryTests("< 5")).isSameAs(first);
  }

  @Test
  void expressionsAnswerAsTheEngine() {
    VariableContext variables = Variables.createVariables().putValue("years", 2).asVariableContext();

    assertThat((Object) parsedOnce.evaluateSimpleExpression("\"Pedagogical experience under 5 years\"", variables))
        .isEqualTo("Pedagogical experience under 5 years");
    assertThat((Object) parsedOnce.evaluateSimpleExpression("years + 3", variables))
        .isEqualTo(engines.evaluateSimpleExpression("years + 3", variables));
  }

  @Test
  void aCellThatDoesNotParseFailsWithTheEnginesMessage() {
    VariableContext cell = Variables.createVariables().putValue("cellInput", 3).asVariableContext();

    String engineMessage = failure(() -> engines.evaluateSimpleUnaryTests("< < 5", "cellInput", cell));

    assertThat(engineMessage).isNotBlank();
    assertThatThrownBy(() -> parsedOnce.evaluateSimpleUnaryTests("< < 5", "cellInput", cell))
        .isInstanceOf(FeelException.class).hasMessage(engineMessage);
    assertThat(parsedOnce.parsedUnaryTests("< < 5")).isNull();
  }

  @Test
  void aFailedEvaluationFailsWithTheEnginesMessage() {
    VariableContext variables = Variables.createVariables().asVariableContext();

    String engineMessage = failure(() -> engines.evaluateSimpleExpression("assert(1, 1 > 2)", variables));

    assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("assert(1, 1 > 2)", variables))
        .isInstanceOf(FeelException.class).hasMessage(engineMessage);
  }

  private static String failure(Supplier<Object> evaluation) {
    try {
      evaluation.get();
    } catch (FeelException e) {
      return e.getMessage();
    }
    throw new AssertionError("the engine evaluated it without an error");
  }
}
