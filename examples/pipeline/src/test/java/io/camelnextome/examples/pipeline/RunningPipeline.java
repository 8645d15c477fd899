package io.camelnextome.examples.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import static org.awaitility.Awaitility.await;

/** The pipeline application running Camel Main in this JVM, stopped by {@link #close()}. */
final class RunningPipeline implements AutoCloseable {

    private final PipelineApplication application;
    private final CompletableFuture<Void> run;

    /** Starts it with {@code properties} overriding application.properties; returns once its routes run. */
    RunningPipeline(PipelineApplication application, Map<String, String> properties) {
        this.application = application;
        Main main = application.main();
        properties.forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.main.durationMaxSeconds", "120");   // the bounded run, should a test hang
        run = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> run.isDone()
                || main.getCamelContext() != null && main.getCamelContext().isStarted());
        if (run.isDone()) {
            run.join();   // surfaces why it did not start
        }
    }

    CamelContext context() {
        return application.main().getCamelContext();
    }

    @Override
    public void close() throws Exception {
        try {
            application.main().completed();
            run.get(30, TimeUnit.SECONDS);
        } finally {
            application.close();
        }
    }
}
