package dev.touchpoint.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.touchpoint.processor.model.InstrumentedModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates the instrumented subclass of a class: it mirrors the constructors a subclass can call
 * (with their annotations, for dependency injection) and overrides the touchpoint methods to run
 * them through the runtime around {@code super}.
 */
public final class SubclassGenerator {

  private final InstrumentedMethods methods;
  private final GeneratedSources sources;

  public SubclassGenerator(Elements elements, Types types, GeneratedSources sources) {
    this.methods = new InstrumentedMethods(elements, types);
    this.sources = sources;
  }

  /** Writes the subclass of {@code type}, instrumenting the methods in {@code touchpoints} (touchpoints, recovery paths and controls). */
  public void generate(TypeElement type, Map<ExecutableElement, InstrumentedModel> touchpoints)
      throws IOException {
    ClassName name = GeneratedNames.instrumented(type);
    DeclaredType owner = (DeclaredType) type.asType();
    TypeSpec.Builder subclass = TypeSpec.classBuilder(name)
        .addJavadoc("{@link $T} with its {@code @Touchpoint} methods run as touchpoints. Create it"
            + " wherever you would create a {@code $L}.\n", ClassName.get(type), type.getSimpleName())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(DecoratorGenerator.typeVariables(type))
        .superclass(TypeName.get(owner));
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      subclass.addModifiers(Modifier.ABSTRACT);
    }

    List<ExecutableElement> instrumented = List.copyOf(touchpoints.keySet());
    Map<ExecutableElement, String> constants = InstrumentedMethods.constantNames(instrumented);
    for (ExecutableElement method : instrumented) {
      subclass.addField(methods.descriptorField(constants.get(method), touchpoints.get(method)));
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
        subclass.addMethod(mirror(constructor));
      }
    }
    for (ExecutableElement method : instrumented) {
      subclass.addMethod(methods.instrumented(method, owner, CodeBlock.of("super"), CodeBlock.of("this"), name, constants.get(method), touchpoints.get(method)));
    }
    sources.write(name, subclass, type);
  }

  /** The same constructor, calling super: same access, parameters, exceptions and annotations. */
  private static MethodSpec mirror(ExecutableElement constructor) {
    MethodSpec.Builder mirrored = MethodSpec.constructorBuilder()
        .addAnnotations(annotations(constructor.getAnnotationMirrors()))
        .addModifiers(access(constructor.getModifiers()));
    for (var typeParameter : constructor.getTypeParameters()) {
      mirrored.addTypeVariable(TypeVariableName.get(typeParameter));
    }
    for (VariableElement parameter : constructor.getParameters()) {
      mirrored.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()), parameter.getSimpleName().toString())
          .addAnnotations(annotations(parameter.getAnnotationMirrors()))
          .build());
    }
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      mirrored.addException(TypeName.get(thrown));
    }
    return mirrored.varargs(constructor.isVarArgs())
        .addStatement("super($L)", String.join(", ",
            constructor.getParameters().stream().map(p -> p.getSimpleName().toString()).toList()))
        .build();
  }

  private static List<AnnotationSpec> annotations(List<? extends AnnotationMirror> mirrors) {
    return mirrors.stream().map(AnnotationSpec::get).toList();
  }

  private static Modifier[] access(Set<Modifier> modifiers) {
    if (modifiers.contains(Modifier.PUBLIC)) {
      return new Modifier[] {Modifier.PUBLIC};
    }
    if (modifiers.contains(Modifier.PROTECTED)) {
      return new Modifier[] {Modifier.PROTECTED};
    }
    return new Modifier[0];
  }
}
