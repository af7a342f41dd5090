package kz.edu.leaders.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the selection that change from cycle to cycle ({@code leaders.selection.*}). The BPMN reads
 * them by bean name, e.g. {@code ${selectionSettings.testResultWait}}, so analysts see where a value
 * comes from.
 */
@Component("selectionSettings")
@ConfigurationProperties(prefix = "leaders.selection")
public class SelectionSettings {

  /** Cycles for which applications are accepted now. */
  private List<Integer> openCycles = List.of(2026);
  /** Working days a candidate has to correct returned documents. */
  private int correctionWorkingDays = 5;
  /** ISO-8601 duration after document acceptance within which a test result must arrive. */
  private String testResultWait = "P30D";
  private final Test test = new Test();
  private final Internship internship = new Internship();
  private final Assessment assessment = new Assessment();
  private final Interview interview = new Interview();
  private final Reserve reserve = new Reserve();

  public List<Integer> getOpenCycles() {
    return openCycles;
  }

  public void setOpenCycles(List<Integer> openCycles) {
    this.openCycles = List.copyOf(openCycles);
  }

  public int getCorrectionWorkingDays() {
    return correctionWorkingDays;
  }

  public void setCorrectionWorkingDays(int correctionWorkingDays) {
    this.correctionWorkingDays = correctionWorkingDays;
  }

  public String getTestResultWait() {
    return testResultWait;
  }

  public void setTestResultWait(String testResultWait) {
    this.testResultWait = testResultWait;
  }

  public Test getTest() {
    return test;
  }

  public Internship getInternship() {
    return internship;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public Interview getInterview() {
    return interview;
  }

  public Reserve getReserve() {
    return reserve;
  }

  /** The Republican commission's interview: members score criteria 1-10. */
  public static class Interview {

    private double quorumFraction = 2.0 / 3.0;
    private double passMark = 7;
    private String answerTime = "P14D";

    public double getQuorumFraction() {
      return quorumFraction;
    }

    public void setQuorumFraction(double quorumFraction) {
      this.quorumFraction = quorumFraction;
    }

    public double getPassMark() {
      return passMark;
    }

    public void setPassMark(double passMark) {
      this.passMark = passMark;
    }

    /** ISO-8601 duration the members have to answer, from the start of a round. */
    public String getAnswerTime() {
      return answerTime;
    }

    public void setAnswerTime(String answerTime) {
      this.answerTime = answerTime;
    }
  }

  /** How long an enrolment in the reserve lasts after the end of its cycle. */
  public static class Reserve {

    private int termYears = 3;

    public int getTermYears() {
      return termYears;
    }

    public void setTermYears(int termYears) {
      this.termYears = termYears;
    }
  }

  /** The reflective report is scored out of 100 by two assessors; a third when they differ by more than the margin. */
  public static class Assessment {

    private int divergenceMargin = 15;
    private double passMark = 60;

    public int getDivergenceMargin() {
      return divergenceMargin;
    }

    public void setDivergenceMargin(int divergenceMargin) {
      this.divergenceMargin = divergenceMargin;
    }

    public double getPassMark() {
      return passMark;
    }

    public void setPassMark(double passMark) {
      this.passMark = passMark;
    }
  }

  /** The mentor's rubric: criteria scored 1 to 5; a pass needs the mean and every criterion at their marks. */
  public static class Internship {

    private double passMark = 3.5;
    private int criterionMinimum = 2;

    public double getPassMark() {
      return passMark;
    }

    public void setPassMark(double passMark) {
      this.passMark = passMark;
    }

    public int getCriterionMinimum() {
      return criterionMinimum;
    }

    public void setCriterionMinimum(int criterionMinimum) {
      this.criterionMinimum = criterionMinimum;
    }
  }

  /** Pass mark for the mean of the blocks, and a minimum for each block, both in percent. */
  public static class Test {

    private double passMark = 70;
    private final Map<String, Double> blockMinimum = new HashMap<>();

    public double getPassMark() {
      return passMark;
    }

    public void setPassMark(double passMark) {
      this.passMark = passMark;
    }

    public Map<String, Double> getBlockMinimum() {
      return blockMinimum;
    }
  }
}
