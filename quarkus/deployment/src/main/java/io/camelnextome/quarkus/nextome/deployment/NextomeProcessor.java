package io.camelnextome.quarkus.nextome.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelRuntimeBeanBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilter;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilterBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

class NextomeProcessor {

    static final String FEATURE = "camel-nextome";
    private static final String SCHEME = "nextome";
    private static final String COMPONENT_CLASS = "io.camelnextome.nextome.NextomeComponent";
    /** The project's root package, also its Maven groupId. */
    private static final String PROJECT_PACKAGE = "io.camelnextome";
    private static final String MODEL_PACKAGE = PROJECT_PACKAGE + ".nextome.model";
    /** Its DTOs (positions, rooms and fences with WGS84) extend the model's and are bound by Jackson alike. */
    private static final String GEO_PACKAGE = PROJECT_PACKAGE + ".nextome.geo";
    private static final DotName STATE_REPOSITORY = DotName.createSimple("org.apache.camel.spi.StateRepository");
    private static final DotName OBJECT = DotName.createSimple(Object.class);

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * Puts the classes of the project's libraries the application uses (the component and any module beside it, not
     * this extension nor test-scoped ones such as the simulator) in the combined index, whether or not their jars
     * ship a Jandex index of their own.
     */
    @BuildStep
    void indexProjectLibraries(CurateOutcomeBuildItem curateOutcome, BuildProducer<IndexDependencyBuildItem> index) {
        curateOutcome.getApplicationModel().getRuntimeDependencies().stream()
                .filter(dependency -> PROJECT_PACKAGE.equals(dependency.getGroupId()))
                .filter(dependency -> !dependency.isRuntimeExtensionArtifact() && !"test".equals(dependency.getScope()))
                .forEach(dependency -> index.produce(
                        new IndexDependencyBuildItem(dependency.getGroupId(), dependency.getArtifactId())));
    }

    /**
     * Camel Quarkus would instantiate the component during static init, i.e. at native image build time. Binding it
     * at runtime init instead guarantees that no HTTP client, connection pool or token can end up in the image heap,
     * whatever the component's constructor does.
     */
    @BuildStep
    CamelServiceFilterBuildItem skipStaticInitComponent() {
        return new CamelServiceFilterBuildItem(CamelServiceFilter.forComponent(SCHEME));
    }

    @BuildStep
    CamelRuntimeBeanBuildItem bindComponentAtRuntimeInit() {
        return new CamelRuntimeBeanBuildItem(SCHEME, COMPONENT_CLASS);
    }

    /**
     * Jackson binds the DTOs of the model package (and their enums) and the geo package's DTOs by reflection, as the
     * index finds them.
     */
    @BuildStep
    ReflectiveClassBuildItem registerModelForReflection(CombinedIndexBuildItem combinedIndex) {
        String[] modelClasses = combinedIndex.getIndex().getKnownClasses().stream()
                .map(classInfo -> classInfo.name().toString())
                .filter(name -> name.startsWith(MODEL_PACKAGE + ".")
                                || name.startsWith(GEO_PACKAGE + ".") && name.endsWith("Dto"))
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(modelClasses).constructors().methods().fields().build();
    }

    /**
     * The watermark repositories the project ships (every public, concrete {@code StateRepository} of an
     * {@code io.camelnextome} artifact in the index) are declared by class name as YAML or Camel Main beans, which
     * Camel instantiates and binds through their setters by reflection: register their constructors and the methods
     * of their whole class hierarchy, so that inherited setters bind too.
     */
    @BuildStep
    ReflectiveClassBuildItem registerStateRepositoriesForReflection(CombinedIndexBuildItem combinedIndex) {
        IndexView computing = combinedIndex.getComputingIndex();
        String[] hierarchy = combinedIndex.getIndex().getKnownClasses().stream()
                .filter(classInfo -> classInfo.name().toString().startsWith(PROJECT_PACKAGE + "."))
                .filter(classInfo -> Modifier.isPublic(classInfo.flags()) && !Modifier.isAbstract(classInfo.flags()))
                .filter(classInfo -> implementsStateRepository(computing, classInfo.name()))
                .flatMap(classInfo -> superclasses(computing, classInfo))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(hierarchy).constructors().methods().build();
    }

    private static boolean implementsStateRepository(IndexView index, DotName name) {
        ClassInfo classInfo = name == null ? null : index.getClassByName(name);
        if (classInfo == null) {
            return false;
        }
        return classInfo.interfaceNames().stream()
                .anyMatch(type -> type.equals(STATE_REPOSITORY) || implementsStateRepository(index, type))
               || implementsStateRepository(index, classInfo.superName());
    }

    /** The class and its superclasses below {@code java.lang.Object}. */
    private static Stream<String> superclasses(IndexView index, ClassInfo classInfo) {
        List<String> names = new ArrayList<>();
        for (ClassInfo current = classInfo; current != null && !current.name().equals(OBJECT);
             current = current.superName() == null ? null : index.getClassByName(current.superName())) {
            names.add(current.name().toString());
        }
        return names.stream();
    }
}
