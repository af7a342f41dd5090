package kz.edu.leaders.modelcheck;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.FunctionNode;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a diagram against what the project provides, and says what is wrong in plain words: the diagram rules, what
 * Camunda itself refuses at deployment (an in-memory engine parses it), the beans the expressions name and what those
 * beans have, the forms, the called processes and decisions, the messages the code sends, and the variables every
 * expression and every form reads. What cannot be checked this way: docs/analyst.md.
 */
public final class ModelChecker implements AutoCloseable {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** What Camunda puts into every expression besides variables and beans. */
  static final Set<String> BUILT_IN = Set.of("execution", "task", "externalTask", "variableScope",
      "authenticatedUserId", "caseExecution", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
      "loopCounter");
  static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");
  /** Attributes whose value names a variable the element sets. */
  static final Set<String> SETS_VARIABLE = Set.of("resultVariable", "elementVariable", "errorCodeVariable",
      "errorMessageVariable", "variableName", "escalationCodeVariable");
  private static final Pattern ACTIVITY_ID =
      Pattern.compile("(Task|Event|Gateway|Timer|EndEvent|StartEvent|CallActivity|SubProcess|Activity)_\\w+");
  private static final Pattern SET_VARIABLE =
      Pattern.compile("setVariable(?:Local)?\\(\\s*['\"]([A-Za-z_]\\w*)['\"]");
  private static final Pattern MEMBER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)");
  private static final Pattern EL_STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Map<String, String> WHERE = Map.ofEntries(Map.entry("conditionExpression", "its condition"),
      Map.entry("candidateGroups", "its candidate groups"), Map.entry("candidateUsers", "its candidate users"),
      Map.entry("assignee", "its assignee"), Map.entry("dueDate", "its due date"),
      Map.entry("followUpDate", "its follow-up date"), Map.entry("timeDate", "its timer"),
      Map.entry("timeDuration", "its timer"), Map.entry("timeCycle", "its timer"),
      Map.entry("expression", "its expression"), Map.entry("inputParameter", "an input mapping"),
      Map.entry("outputParameter", "an output mapping"), Map.entry("in", "what it passes to the called process"),
      Map.entry("loopCardinality", "its number of instances"), Map.entry("collection", "its collection"),
      Map.entry("completionCondition", "its completion condition"),
      Map.entry("delegateExpression", "its delegate expression"));

  private final ProjectCode code;
  private final Map<String, FormFields> forms;
  private final Map<String, Path> projectModels;
  private final Set<String> decisions;
  private ProcessEngine engine;

  public ModelChecker(ProjectCode code, Map<String, FormFields> forms, Map<String, Path> projectModels,
                      Set<String> decisions) {
    this.code = code;
    this.forms = forms;
    this.projectModels = projectModels;
    this.decisions = decisions;
  }

  /** The same checker with other forms (a form changed with the diagram). */
  public ModelChecker withForms(Map<String, FormFields> otherForms) {
    return new ModelChecker(code, otherForms, projectModels, decisions);
  }

  /** The checker of the project checked out at {@code root}: its code, forms/, and bpmn/ as the other diagrams. */
  public static ModelChecker forProject(Path root) throws IOException {
    Map<String, Path> models = new LinkedHashMap<>();
    Set<String> decisions = new TreeSet<>();
    Path bpmn = root.resolve("bpmn");
    try (Stream<Path> files = Files.walk(bpmn)) {
      for (Path file : files.sorted().toList()) {
        if (file.toString().endsWith(".bpmn")) {
          for (String id : ids(xml(file), "process")) {
            models.put(id, file);
          }
        } else if (file.toString().endsWith(".dmn")) {
          decisions.addAll(ids(xml(file), "decision"));
        }
      }
    }
    return new ModelChecker(ProjectCode.of(root), FormFields.in(root.resolve("forms")), models, decisions);
  }

  /** The problems of each diagram, in plain words; an empty list for a diagram that fits the code. */
  public Map<Path, List<String>> check(List<Path> files) {
    // The diagrams checked replace the project's of the same process; the others are the context (who calls whom).
    Map<String, Document> all = new LinkedHashMap<>();
    for (Map.Entry<String, Path> model : projectModels.entrySet()) {
      all.put(model.getKey(), xmlOrNull(model.getValue()));
    }
    Map<Path, Document> checked = new LinkedHashMap<>();
    for (Path file : files) {
      Document document = xmlOrNull(file);
      checked.put(file, document);
      if (document != null) {
        for (String id : ids(document, "process")) {
          all.put(id, document);
        }
      }
    }
    Map<Path, List<String>> report = new LinkedHashMap<>();
    for (Map.Entry<Path, Document> file : checked.entrySet()) {
      report.put(file.getKey(), checkOne(file.getKey(), file.getValue(), all));
    }
    return report;
  }

  private List<String> checkOne(Path file, Document document, Map<String, Document> all) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(file.toFile());
    } catch (RuntimeException e) {
      problems.add("The file cannot be read as a BPMN diagram: " + rootCause(e).getMessage());
      return problems;
    }
    DiagramRules.check(model, forms.keySet(), problems);
    problems.addAll(deploy(file));
    for (Element process : elements(document, BPMN_NS, "process")) {
      String processId = process.getAttribute("id");
      Set<String> provided = provided(process, processId, all);
      expressions(process, model, provided, problems);
      references(process, model, provided, all, problems);
      formsRead(process, model, provided, problems);
      activityIdsOfTheCode(processId, model, problems);
    }
    return problems;
  }

  /** What Camunda says when it deploys the diagram (on an engine of its own, in memory, started once). */
  private List<String> deploy(Path file) {
    List<String> problems = new ArrayList<>();
    // The engine logs a refused deployment as an error with its stack; the words below say it once.
    ch.qos.logback.classic.Logger engineLog =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.camunda");
    ch.qos.logback.classic.Level level = engineLog.getLevel();
    engineLog.setLevel(ch.qos.logback.classic.Level.OFF);
    try (InputStream in = Files.newInputStream(file)) {
      engine().getRepositoryService().createDeployment().name("model-check")
          .addInputStream(file.getFileName().toString().replaceAll("\\.bpmn$", "") + ".bpmn", in).deploy();
    } catch (ParseException e) {
      for (ResourceReport report : e.getResorceReports()) { // (sic: the engine's spelling)
        for (Problem problem : report.getErrors()) {
          problems.add("Camunda refuses to deploy it: " + problem.getMessage()
              + (problem.getMainElementId() != null ? " (element " + problem.getMainElementId() + ")" : ""));
        }
      }
      if (problems.isEmpty()) {
        problems.add("Camunda refuses to deploy it: " + e.getMessage());
      }
    } catch (ProcessEngineException | IOException e) {
      problems.add("Camunda refuses to deploy it: " + e.getMessage());
    } finally {
      engineLog.setLevel(level);
    }
    return problems;
  }

  private ProcessEngine engine() {
    if (engine == null) {
      String name = "model-check-" + UUID.randomUUID();
      engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
          .setProcessEngineName(name).setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
          .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
          .setHistory(ProcessEngineConfiguration.HISTORY_NONE).setJobExecutorActivate(false)
          .buildProcessEngine();
    }
    return engine;
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  // --- variables -------------------------------------------------------------------------------------------------

  /**
   * The variables some source provides to the process: the fields people fill in its forms, what its elements set
   * (result variables, output mappings, what a called process passes out), what a calling process passes in, and
   * every name the code writes as a string (a setVariable, a constant).
   */
  Set<String> provided(Element process, String processId, Map<String, Document> all) {
    Set<String> provided = new HashSet<>(code.names().keySet());
    provided.addAll(setBy(process));
    for (Element element : descendants(process)) {
      FormFields form = formOf(element);
      if (form != null) {
        provided.addAll(form.writes());
      }
    }
    for (Document caller : new LinkedHashSet<>(all.values())) {
      if (caller == null) {
        continue;
      }
      for (Element call : elements(caller, BPMN_NS, "callActivity")) {
        if (!processId.equals(call.getAttribute("calledElement"))) {
          continue;
        }
        for (Element in : within(call, CAMUNDA_NS, "in")) {
          if (!in.getAttribute("target").isEmpty()) {
            provided.add(in.getAttribute("target"));
          }
          if ("all".equals(in.getAttribute("variables"))) {
            Element callerProcess = ancestor(call, "process");
            if (callerProcess != null) {
              provided.addAll(setBy(callerProcess));
            }
          }
        }
      }
    }
    return provided;
  }

  private Set<String> setBy(Element process) {
    Set<String> set = new HashSet<>();
    for (Element element : descendants(process)) {
      // An expression may set one itself: ${execution.setVariable('competitionAttempts', ...)}.
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        setInExpression(attributes.item(i).getNodeValue(), set);
      }
      if (!hasChildElements(element)) {
        setInExpression(element.getTextContent(), set);
      }
      for (String attribute : SETS_VARIABLE) {
        String value = element.getAttributeNS(CAMUNDA_NS, attribute);
        if (!value.isEmpty() && !value.contains("{")) {
          set.add(value);
        }
      }
      String local = element.getLocalName();
      if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
        if (local.equals("outputParameter") || local.equals("inputParameter")) {
          set.add(element.getAttribute("name"));
        } else if (local.equals("out") && !element.getAttribute("target").isEmpty()) {
          set.add(element.getAttribute("target"));
        } else if (local.equals("formField")) {
          set.add(element.getAttribute("id"));
        }
      }
    }
    return set;
  }

  private static void setInExpression(String text, Set<String> set) {
    if (isExpression(text)) {
      Matcher m = SET_VARIABLE.matcher(text);
      while (m.find()) {
        set.add(m.group(1));
      }
    }
  }

  private FormFields formOf(Element element) {
    String ref = element.getAttributeNS(CAMUNDA_NS, "formRef");
    return ref.isEmpty() ? null : forms.get(ref);
  }

  private void expressions(Element process, BpmnModelInstance model, Set<String> provided, List<String> problems) {
    for (Element element : descendants(process)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (isExpression(attribute.getValue())) {
          expression(element, attribute.getLocalName(), attribute.getValue(), model, provided, problems);
        }
      }
      if (!hasChildElements(element) && isExpression(element.getTextContent())) {
        expression(element, element.getLocalName(), element.getTextContent().trim(), model, provided, problems);
      }
    }
  }

  private void expression(Element element, String kind, String text, BpmnModelInstance model, Set<String> provided,
                          List<String> problems) {
    String who = describe(owner(element, model));
    Tree tree;
    try {
      tree = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text);
    } catch (TreeBuilderException e) {
      problems.add(who + " has an expression Camunda cannot read in " + where(kind) + ": '" + text + "' ("
          + e.getMessage() + ").");
      return;
    }
    boolean delegate = kind.equals("delegateExpression");
    for (IdentifierNode identifier : tree.getIdentifierNodes()) {
      String name = identifier.getName();
      if (code.beans().containsKey(name)) {
        if (delegate && text.replaceAll("\\s", "").equals("${" + name + "}")) {
          delegateType(who, element, name, problems);
        }
      } else if (delegate) {
        problems.add(who + " uses the bean '" + name + "', which the code does not provide"
            + similar(name, code.beans().keySet(), "beans that exist with similar names") + ".");
      } else if (!BUILT_IN.contains(name) && !provided.contains(name)) {
        problems.add(who + " reads the variable '" + name + "' in " + where(kind) + " ('" + text + "'), which "
            + "nothing provides: no form of this process asks for it, the diagram does not set it and the code does "
            + "not name it" + similar(name, union(provided, code.beans().keySet()), "similar names") + ".");
      }
    }
    for (FunctionNode function : tree.getFunctionNodes()) {
      if (!FUNCTIONS.contains(function.getName())) {
        problems.add(who + " calls the function '" + function.getName() + "()' in " + where(kind)
            + ", which Camunda does not have; it has " + String.join("(), ", new TreeSet<>(FUNCTIONS)) + "().");
      }
    }
    Matcher member = MEMBER.matcher(EL_STRING.matcher(text).replaceAll("''"));
    while (member.find()) {
      String bean = member.group(1);
      if (code.beans().containsKey(bean)) {
        beanMember(who, bean, member.group(2), problems);
      }
    }
  }

  /** A bean named in an expression with a method or property: the bean's class must have it. */
  private void beanMember(String who, String bean, String member, List<String> problems) {
    Class<?> type = type(code.beans().get(bean));
    if (type == null) {
      return;
    }
    String capitalised = Character.toUpperCase(member.charAt(0)) + member.substring(1);
    Set<String> methods = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() != Object.class) {
        methods.add(method.getName());
      }
    }
    if (!methods.contains(member) && !methods.contains("get" + capitalised) && !methods.contains("is" + capitalised)) {
      problems.add(who + " uses '" + bean + "." + member + "', which the bean '" + bean + "' ("
          + type.getSimpleName() + ") does not have" + similar(member, methods, "it has") + ".");
    }
  }

  /** A delegate expression's bean must be what the element calls: a delegate, an execution or a task listener. */
  private void delegateType(String who, Element element, String bean, List<String> problems) {
    Class<?> type = type(code.beans().get(bean));
    if (type == null) {
      return;
    }
    String parent = element.getLocalName();
    if (parent.equals("taskListener") && !TaskListener.class.isAssignableFrom(type)) {
      problems.add(who + " uses the bean '" + bean + "' as a task listener, but " + type.getSimpleName()
          + " is not one (TaskListener).");
    } else if (parent.equals("executionListener") && !ExecutionListener.class.isAssignableFrom(type)
        && !JavaDelegate.class.isAssignableFrom(type)) {
      problems.add(who + " uses the bean '" + bean + "' as an execution listener, but " + type.getSimpleName()
          + " is not one (ExecutionListener).");
    } else if (!parent.equals("taskListener") && !parent.equals("executionListener")
        && !JavaDelegate.class.isAssignableFrom(type) && !ActivityBehavior.class.isAssignableFrom(type)) {
      problems.add(who + " uses the bean '" + bean + "' to do its work, but " + type.getSimpleName()
          + " is not a delegate (JavaDelegate)" + (TaskListener.class.isAssignableFrom(type)
          || ExecutionListener.class.isAssignableFrom(type) ? "; it is a listener: attach it as one" : "") + ".");
    }
  }

  private void formsRead(Element process, BpmnModelInstance model, Set<String> provided, List<String> problems) {
    for (Element element : descendants(process)) {
      FormFields form = formOf(element);
      if (form == null) {
        continue;
      }
      for (String read : form.reads()) {
        if (!provided.contains(read) && !BUILT_IN.contains(read)) {
          problems.add(describe(owner(element, model)) + " shows the form '" + form.id() + "', which reads the "
              + "variable '" + read + "'; nothing provides it (no other form of this process asks for it, the "
              + "diagram does not set it and the code does not name it)" + similar(read, provided, "similar names")
              + ".");
        }
      }
    }
  }

  private void references(Element process, BpmnModelInstance model, Set<String> provided, Map<String, Document> all,
                          List<String> problems) {
    for (Element call : elementsUnder(process, BPMN_NS, "callActivity")) {
      String called = call.getAttribute("calledElement");
      if (!called.isEmpty() && !isExpression(called) && !all.containsKey(called)) {
        problems.add(describe(owner(call, model)) + " calls the process '" + called + "', which no diagram in bpmn/ "
            + "defines" + similar(called, all.keySet(), "processes that exist") + ".");
      }
      for (Element in : within(call, CAMUNDA_NS, "in")) {
        String source = in.getAttribute("source");
        if (!source.isEmpty() && !provided.contains(source)) {
          problems.add(describe(owner(call, model)) + " passes the variable '" + source + "' to the called process, "
              + "but nothing provides it" + similar(source, provided, "similar names") + ".");
        }
      }
    }
    for (Element rule : elementsUnder(process, BPMN_NS, "businessRuleTask")) {
      String decision = rule.getAttributeNS(CAMUNDA_NS, "decisionRef");
      if (!decision.isEmpty() && !isExpression(decision) && !decisions.contains(decision)) {
        problems.add(describe(owner(rule, model)) + " evaluates the decision '" + decision + "', which no table in "
            + "bpmn/ defines" + similar(decision, decisions, "decisions that exist") + ".");
      }
    }
    for (Element element : descendants(process)) {
      String ref = element.getAttribute("messageRef");
      if (ref.isEmpty()) {
        continue;
      }
      ModelElementInstance message = model.getModelElementById(ref);
      String name = message == null ? null : message.getAttributeValue("name");
      if (name != null && !isExpression(name) && !code.names().containsKey(name)) {
        problems.add(describe(owner(element, model)) + " waits for the message '" + name + "', which the code never "
            + "sends" + similar(name, code.names().keySet(), "messages with similar names") + ".");
      }
    }
  }

  /** An activity id the code refers to and the project's diagram has: the new version must keep it. */
  private void activityIdsOfTheCode(String processId, BpmnModelInstance model, List<String> problems) {
    Path current = projectModels.get(processId);
    if (current == null) {
      return;
    }
    Document document = xmlOrNull(current);
    if (document == null) {
      return;
    }
    Set<String> before = new HashSet<>();
    for (Element element : descendants(document.getDocumentElement())) {
      if (!element.getAttribute("id").isEmpty()) {
        before.add(element.getAttribute("id"));
      }
    }
    for (Map.Entry<String, String> name : code.names().entrySet()) {
      if (ACTIVITY_ID.matcher(name.getKey()).matches() && before.contains(name.getKey())
          && model.getModelElementById(name.getKey()) == null) {
        problems.add("The code refers to '" + name.getKey() + "' (" + name.getValue() + "), which this diagram no "
            + "longer has: keep the id, or change the code with the diagram.");
      }
    }
  }

  // --- words -----------------------------------------------------------------------------------------------------

  /** "Task 'Check documents' (Task_CheckDocuments)". */
  static String describe(ModelElementInstance element) {
    if (element == null) {
      return "The process";
    }
    String type = element.getElementType().getTypeName();
    String kind = type.endsWith("Task") || type.equals("task") ? "Task"
        : type.endsWith("Gateway") ? "Gateway"
        : switch (type) {
          case "startEvent" -> "Start event";
          case "endEvent" -> "End event";
          case "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent" -> "Event";
          case "callActivity" -> "Call activity";
          case "subProcess" -> "Sub-process";
          case "sequenceFlow" -> "Flow";
          case "process" -> "Process";
          default -> type;
        };
    String id = element.getAttributeValue("id");
    String name = element instanceof FlowElement flow ? flow.getName()
        : element.getAttributeValue("name");
    return name == null || name.isBlank() ? kind + " " + id : kind + " '" + name.replace('\n', ' ') + "' (" + id + ")";
  }

  /** "; beans that exist with similar names: a, b" or nothing. */
  static String similar(String name, Collection<String> candidates, String label) {
    String lower = name.toLowerCase();
    List<String> close = candidates.stream().filter(c -> !c.equals(name))
        .filter(c -> {
          String other = c.toLowerCase();
          int distance = distance(lower, other);
          return distance <= Math.max(2, lower.length() / 4)
              || (Math.min(lower.length(), other.length()) >= 0.7 * Math.max(lower.length(), other.length())
                  && (other.contains(lower) || lower.contains(other)));
        })
        .sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase())).thenComparing(c -> c))
        .limit(3).toList();
    return close.isEmpty() ? "" : "; " + label + ": " + String.join(", ", close);
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String where(String kind) {
    return WHERE.getOrDefault(kind, "camunda:" + kind);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  // --- XML -------------------------------------------------------------------------------------------------------

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static Class<?> type(String className) {
    try {
      return className == null ? null : Class.forName(className, false, ModelChecker.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The nearest element with an id (the task, event, flow or process the expression belongs to). */
  private static ModelElementInstance owner(Element element, BpmnModelInstance model) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (BPMN_NS.equals(e.getNamespaceURI()) && !e.getAttribute("id").isEmpty()) {
        ModelElementInstance found = model.getModelElementById(e.getAttribute("id"));
        if (found instanceof BaseElement) {
          return found;
        }
      }
    }
    return null;
  }

  private static Element ancestor(Element element, String localName) {
    for (Node node = element.getParentNode(); node instanceof Element e; node = node.getParentNode()) {
      if (localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  static Document xml(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static Document xmlOrNull(Path file) {
    try {
      return xml(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static Set<String> ids(Document document, String localName) {
    return elements(document, BPMN_NS, localName).stream().map(e -> e.getAttribute("id"))
        .filter(id -> !id.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static List<Element> elements(Document document, String ns, String localName) {
    if (document == null) {
      return List.of();
    }
    // DMN models use their own namespace: match decisions by local name in any namespace.
    NodeList list = document.getElementsByTagNameNS(localName.equals("decision") ? "*" : ns, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  private static List<Element> elementsUnder(Element root, String ns, String localName) {
    NodeList list = root.getElementsByTagNameNS(ns, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  private static List<Element> descendants(Element root) {
    return elementsUnder(root, "*", "*");
  }

  private static List<Element> within(Element parent, String ns, String localName) {
    return elementsUnder(parent, ns, localName);
  }

  private static boolean hasChildElements(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
