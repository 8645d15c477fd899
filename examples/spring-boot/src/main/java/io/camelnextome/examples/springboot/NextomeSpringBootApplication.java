package io.camelnextome.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on camel-nextome-starter: {@code GET /trackables/{id}/position} answers a trackable's
 * latest position ({@link PositionController}), and every position of the venue streams to the log
 * ({@link PositionRoutes}). Against Nextome when {@code NEXTOME_CLIENT_ID} is set, otherwise against an embedded
 * simulator ({@link LocalSimulator}).
 */
@SpringBootApplication
public class NextomeSpringBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(NextomeSpringBootApplication.class, args);
    }
}
