package dev.touchpoint.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.touchpoint.processor.model.InstrumentedModel;
import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.DecoratorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates the decorator of an interface: it implements the interface, passes every method to a
 * delegate, and runs the touchpoint methods through the runtime. Also generates the
 * {@link DecoratorFactory} that lets {@code Experience.decorate} find it.
 */
public final class DecoratorGenerator {

  private final Elements elements;
  private final Types types;
  private final InstrumentedMethods methods;
  private final GeneratedSources sources;

  public DecoratorGenerator(Elements elements, Types types, GeneratedSources sources) {
    this.elements = elements;
    this.types = types;
    this.methods = new InstrumentedMethods(elements, types);
    this.sources = sources;
  }

  /**
   * Writes the decorator of {@code type}, instrumenting the methods in {@code touchpoints}
   * (touchpoints, recovery paths and controls).
   *
   * @return the binary name of its factory, for the service registration
   */
  public String generate(TypeElement type, Map<ExecutableElement, InstrumentedModel> touchpoints)
      throws IOException {
    ClassName name = GeneratedNames.instrumented(type);
    DeclaredType owner = (DeclaredType) type.asType();
    TypeName interfaceType = TypeName.get(owner);
    CodeBlock delegate = CodeBlock.of("this.delegate");

    TypeSpec.Builder decorator = TypeSpec.classBuilder(name)
        .addJavadoc("Runs the {@code @Touchpoint} methods of {@link $T} as touchpoints and passes"
            + " every call on to a delegate.\n", ClassName.get(type))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addTypeVariables(typeVariables(type))
        .addSuperinterface(interfaceType);

    List<ExecutableElement> members = methodsToImplement(type, owner);
    Map<ExecutableElement, String> constants = InstrumentedMethods.constantNames(
        members.stream().filter(touchpoints::containsKey).toList());
    for (ExecutableElement method : members) {
      if (constants.containsKey(method)) {
        decorator.addField(methods.descriptorField(constants.get(method), touchpoints.get(method)));
      }
    }
    decorator.addField(interfaceType, "delegate", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Decorates {@code delegate}, which does the work.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(interfaceType, "delegate")
            .addStatement("this.delegate = $T.requireNonNull(delegate, $S, $S)", Arguments.class,
                "delegate", "pass the " + type.getSimpleName() + " to decorate")
            .build());
    boolean declaresToString = false;
    for (ExecutableElement method : members) {
      declaresToString |= isToString(method);
      decorator.addMethod(constants.containsKey(method)
          ? methods.instrumented(method, owner, delegate, delegate, name, constants.get(method), touchpoints.get(method))
          : methods.delegating(method, owner, delegate));
    }
    if (!declaresToString) {
      decorator.addMethod(MethodSpec.methodBuilder("toString")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addStatement("return $S + this.delegate + $S", name.simpleName() + "[", "]")
          .build());
    }
    decorator.addType(factory(type, name));
    sources.write(name, decorator, type);
    return name.reflectionName() + "$Factory";
  }

  private TypeSpec factory(TypeElement type, ClassName decorator) {
    TypeName rawInterface = ClassName.get(type);
    TypeName anyInterface = type.getTypeParameters().isEmpty()
        ? rawInterface
        : ParameterizedTypeName.get((ClassName) rawInterface,
            Collections.nCopies(type.getTypeParameters().size(), WildcardTypeName.subtypeOf(Object.class))
                .toArray(TypeName[]::new));
    String diamond = type.getTypeParameters().isEmpty() ? "" : "<>";
    return TypeSpec.classBuilder("Factory")
        .addJavadoc("Found by {@code Experience.decorate} through {@link java.util.ServiceLoader}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(DecoratorFactory.class)
        .addMethod(MethodSpec.methodBuilder("decoratedType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
            .addStatement("return $T.class", rawInterface)
            .build())
        .addMethod(MethodSpec.methodBuilder("decorate")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(Object.class, "delegate")
            .addStatement("return new $T$L(($T) delegate)", decorator, diamond, anyInterface)
            .build())
        .build();
  }

  /** Abstract and default methods, inherited ones included, each signature once. */
  private List<ExecutableElement> methodsToImplement(TypeElement type, DeclaredType owner) {
    List<ExecutableElement> members = new ArrayList<>();
    Set<String> signatures = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Set<Modifier> modifiers = method.getModifiers();
      boolean implementable = modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.DEFAULT);
      if (!implementable || modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)
          || isObjectMethod(method)) {
        continue;
      }
      if (signatures.add(erasedSignature(method, owner))) {
        members.add(method);
      }
    }
    return members;
  }

  private String erasedSignature(ExecutableElement method, DeclaredType owner) {
    ExecutableType asMember = (ExecutableType) types.asMemberOf(owner, method);
    StringBuilder key = new StringBuilder(method.getSimpleName()).append('(');
    asMember.getParameterTypes().forEach(parameter -> key.append(types.erasure(parameter)).append(';'));
    return key.append(')').toString();
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object");
  }

  private static boolean isToString(ExecutableElement method) {
    return method.getSimpleName().contentEquals("toString") && method.getParameters().isEmpty();
  }

  static List<TypeVariableName> typeVariables(TypeElement type) {
    return type.getTypeParameters().stream().map(TypeVariableName::get).toList();
  }
}
