package io.camelnextome.quarkus.nextome.deployment;

import java.util.stream.Stream;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelRuntimeBeanBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilter;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilterBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

class NextomeProcessor {

    static final String FEATURE = "camel-nextome";
    private static final String SCHEME = "nextome";
    private static final String COMPONENT_CLASS = "io.camelnextome.nextome.NextomeComponent";
    private static final String COMPONENT_PACKAGE = "io.camelnextome.nextome";
    private static final String MODEL_PACKAGE = COMPONENT_PACKAGE + ".model";
    private static final String JACKSON_ANNOTATIONS_PACKAGE = "com.fasterxml.jackson.annotation.";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Puts the component's classes in the combined index whether or not its jar ships a Jandex index of its own. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.camelnextome", "camel-nextome");
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
     * Jackson binds the DTOs and the component's own JSON types by reflection: register every class of the model
     * package and every component class carrying Jackson annotations, as the index finds them.
     */
    @BuildStep
    ReflectiveClassBuildItem registerJsonTypesForReflection(CombinedIndexBuildItem combinedIndex) {
        IndexView index = combinedIndex.getIndex();
        String[] jsonTypes = Stream.concat(modelClasses(index), jacksonAnnotatedComponentClasses(index))
                .map(classInfo -> classInfo.name().toString())
                .distinct()
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(jsonTypes)
                .constructors()
                .methods()
                .fields()
                .build();
    }

    private static Stream<ClassInfo> modelClasses(IndexView index) {
        return index.getKnownClasses().stream()
                .filter(classInfo -> isInPackage(classInfo, MODEL_PACKAGE));
    }

    private static Stream<ClassInfo> jacksonAnnotatedComponentClasses(IndexView index) {
        return index.getKnownClasses().stream()
                .filter(classInfo -> isInPackage(classInfo, COMPONENT_PACKAGE))
                .filter(NextomeProcessor::hasJacksonAnnotation);
    }

    private static boolean isInPackage(ClassInfo classInfo, String packageName) {
        return classInfo.name().toString().startsWith(packageName + ".");
    }

    private static boolean hasJacksonAnnotation(ClassInfo classInfo) {
        return classInfo.annotations().stream()
                .anyMatch(annotation -> annotation.name().toString().startsWith(JACKSON_ANNOTATIONS_PACKAGE));
    }
}
