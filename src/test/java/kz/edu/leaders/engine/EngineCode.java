package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.ConstantDynamic;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Reads the engine's own code as it is on the classpath, for the tests of what each patch needs from it: the
 * instructions of a method (to see that a method a patch re-implements or relies on is still the one of Camunda
 * 7.24.0), a resource's text, an element of a MyBatis mapping.
 */
final class EngineCode {

  /** What the engine's code looked like when the patches were measured: one file per method. */
  static final String EXPECTED = "kz/edu/leaders/engine/camunda-7.24.0/";

  /** Set to write the listings that differ into src/test/resources (the tests still fail): for an upgrade. */
  static final String REWRITE = "leaders.engine.rewrite-listings";

  private EngineCode() {}

  /**
   * Fails unless the method's instructions are those of the listing {@code EXPECTED/<class>#<method>(<types>).txt}. A
   * difference means Camunda (or the FEEL engine) changed the method: re-check the patch against the new code, then
   * take the new listing (run the tests with {@code -Dleaders.engine.rewrite-listings=true} and review the diff).
   */
  static void assertUnchanged(String patch, Class<?> owner, String name, Class<?>... parameterTypes) {
    String file = EXPECTED + owner.getName() + "#" + name + Arrays.stream(parameterTypes).map(Class::getSimpleName)
        .collect(Collectors.joining(",", "(", ")")) + ".txt";
    String actual = instructions(owner, name, parameterTypes);
    if (Boolean.getBoolean(REWRITE) && !actual.equals(resourceOrNull(file))) {
      try {
        Path listing = Path.of("src/test/resources", file);
        Files.createDirectories(listing.getParent());
        Files.writeString(listing, actual);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    assertThat(actual)
        .as("%s.%s is not the code %s was written against (%s): re-check %s against it",
            owner.getName(), name, patch, file, patch)
        .isEqualTo(resource(file));
  }

  /** A method of the engine that a patch re-implements or relies on, by its class, name and parameter types. */
  record Target(Class<?> owner, String name, Class<?>... parameterTypes) {

    static Target of(String className, String name, Class<?>... parameterTypes) {
      try {
        return new Target(Class.forName(className), name, parameterTypes);
      } catch (ClassNotFoundException e) {
        return fail("%s is not on the classpath any more", className);
      }
    }

    void assertUnchanged(String patch) {
      EngineCode.assertUnchanged(patch, owner, name, parameterTypes);
    }

    @Override
    public String toString() {
      return owner.getSimpleName() + "." + name + Arrays.stream(parameterTypes).map(Class::getSimpleName)
          .collect(Collectors.joining(", ", "(", ")"));
    }
  }

  /** The names of the class's own methods whose instructions mention the text (a statement id, a call). */
  static List<String> methodsMentioning(Class<?> owner, String text) {
    return Arrays.stream(owner.getDeclaredMethods())
        .filter(method -> instructions(owner, method.getName(), method.getParameterTypes()).contains(text))
        .map(Method::getName).distinct().sorted().toList();
  }

  /**
   * The Spring Boot starter's engine configuration with the patches applied as the engine applies its plugins, before
   * any other step of its build; {@link #call} runs the steps a test needs.
   */
  static SpringProcessEngineConfiguration configurationWith(ProcessEnginePlugin... patches) {
    SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.springProcessEngineConfiguration();
    configuration.getProcessEnginePlugins().addAll(List.of(patches));
    callStep(configuration, "invokePreInit");
    return configuration;
  }

  /** Calls steps of the engine configuration's build (protected methods), in the order given. */
  static void call(Object target, String... steps) {
    for (String step : steps) {
      callStep(target, step);
    }
  }

  private static void callStep(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Method method = type.getDeclaredMethod(name);
        method.setAccessible(true);
        method.invoke(target);
        return;
      } catch (NoSuchMethodException e) {
        // declared further up
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(name, e);
      }
    }
    fail("%s has no method %s() any more", target.getClass().getName(), name);
  }

  /** The method's instructions, one a line, without line numbers, frames or local variable names. */
  static String instructions(Class<?> owner, String name, Class<?>... parameterTypes) {
    Method method;
    try {
      method = owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      return fail("%s has no method %s%s any more", owner.getName(), name, Arrays.toString(parameterTypes));
    }
    String descriptor = Type.getMethodDescriptor(method);
    Listing listing = new Listing();
    try (InputStream in = owner.getClassLoader().getResourceAsStream(owner.getName().replace('.', '/') + ".class")) {
      new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public MethodVisitor visitMethod(int access, String found, String foundDescriptor, String signature,
            String[] exceptions) {
          return found.equals(name) && foundDescriptor.equals(descriptor) ? listing : null;
        }
      }, ClassReader.SKIP_FRAMES);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return listing.text();
  }

  /** A text resource on the classpath (a jar's or the project's), or a failure naming it. */
  static String resource(String path) {
    String text = resourceOrNull(path);
    return text != null ? text : fail("%s is not on the classpath", path);
  }

  private static String resourceOrNull(String path) {
    try (InputStream in = EngineCode.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The element {@code <tag id="id" ...>...</tag>} of a MyBatis mapping in the engine's jar, its whitespace
   * collapsed to single spaces; a failure if the mapping has no such element.
   */
  static String mapping(String path, String tag, String id) {
    Matcher element = Pattern.compile("<" + tag + " id=\"" + Pattern.quote(id) + "\".*?</" + tag + ">", Pattern.DOTALL)
        .matcher(resource(path));
    if (!element.find()) {
      return fail("%s has no <%s id=\"%s\"> any more", path, tag, id);
    }
    return collapsed(element.group());
  }

  static String collapsed(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Renders the instructions of one method; labels only where a jump, switch or handler refers to them. */
  private static final class Listing extends MethodVisitor {

    private static final Map<Integer, String> OPCODES = opcodes();
    private final List<Object> lines = new ArrayList<>();
    private final Map<Label, Integer> referenced = new IdentityHashMap<>();

    Listing() {
      super(Opcodes.ASM9);
    }

    String text() {
      return lines.stream()
          .filter(line -> !(line instanceof Label label) || referenced.containsKey(label))
          .map(line -> line instanceof Label label ? name(label) + ":" : (String) line)
          .collect(Collectors.joining("\n", "", "\n"));
    }

    private String name(Label label) {
      return "L" + referenced.computeIfAbsent(label, l -> referenced.size());
    }

    private void add(int opcode, Object... operands) {
      StringBuilder line = new StringBuilder(OPCODES.getOrDefault(opcode, "OP" + opcode));
      for (Object operand : operands) {
        line.append(' ').append(operand);
      }
      lines.add(line.toString());
    }

    private static String constant(Object value) {
      if (value instanceof String text) {
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\u0001", "\\u0001") + '"';
      }
      if (value instanceof Type type) {
        return type.getDescriptor();
      }
      if (value instanceof Handle handle) {
        return handle.getOwner() + "." + handle.getName() + handle.getDesc();
      }
      if (value instanceof ConstantDynamic dynamic) {
        return dynamic.getName() + dynamic.getDescriptor();
      }
      return String.valueOf(value);
    }

    @Override
    public void visitLabel(Label label) {
      lines.add(label);
    }

    @Override
    public void visitInsn(int opcode) {
      add(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      add(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int variable) {
      add(opcode, variable);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      add(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      add(opcode, owner + "." + name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
      add(opcode, owner + "." + name + descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
      add(Opcodes.INVOKEDYNAMIC, name + descriptor, bootstrap.getOwner() + "." + bootstrap.getName(),
          Arrays.stream(arguments).map(Listing::constant).collect(Collectors.joining(", ", "[", "]")));
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      add(opcode, name(label));
    }

    @Override
    public void visitLdcInsn(Object value) {
      add(Opcodes.LDC, constant(value));
    }

    @Override
    public void visitIincInsn(int variable, int increment) {
      add(Opcodes.IINC, variable, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label fallback, Label... labels) {
      add(Opcodes.TABLESWITCH, min + ".." + max,
          Arrays.stream(labels).map(this::name).collect(Collectors.joining(", ", "[", "]")), "default", name(fallback));
    }

    @Override
    public void visitLookupSwitchInsn(Label fallback, int[] keys, Label[] labels) {
      StringBuilder cases = new StringBuilder("[");
      for (int i = 0; i < keys.length; i++) {
        cases.append(i == 0 ? "" : ", ").append(keys[i]).append(": ").append(name(labels[i]));
      }
      add(Opcodes.LOOKUPSWITCH, cases.append(']'), "default", name(fallback));
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
      add(Opcodes.MULTIANEWARRAY, descriptor, dimensions);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      lines.add("TRYCATCH " + name(start) + " " + name(end) + " " + name(handler) + " " + type);
    }

    /** The mnemonics, from the constants of ASM's Opcodes that are instructions. */
    private static Map<Integer, String> opcodes() {
      Map<Integer, String> names = new HashMap<>();
      for (Field field : Opcodes.class.getFields()) {
        String name = field.getName();
        if (field.getType() == int.class && Modifier.isStatic(field.getModifiers())
            && !name.matches("(ACC|F|H|SOURCE|T|V)_.*|ASM\\d.*|V\\d.*")) {
          try {
            names.putIfAbsent(field.getInt(null), name);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return names;
    }
  }
}
