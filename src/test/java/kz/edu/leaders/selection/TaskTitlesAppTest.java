package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A row in Tasklist says what to do in Kazakh and Russian, and whose application it is. */
@AppTest
class TaskTitlesAppTest {

  @Autowired SelectionDriver selection;

  @Test
  void aDocumentCheckIsNamedInBothLanguagesWithTheCandidateAndTheApplication() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());

    assertThat(selection.task(instance).getName()).isEqualTo("Құжаттарды тексеру / Проверка документов · "
        + "Абенова Айгуль Серіковна · " + instance.getBusinessKey());
  }

  @Test
  void twoCandidatesTasksReadDifferently() {
    ProcessInstance first = selection.register(TestApplications.eligibleTeacher());
    ProcessInstance second = selection.register(TestApplications.eligibleTeacher());

    assertThat(selection.task(first).getName()).isNotEqualTo(selection.task(second).getName());
  }
}
