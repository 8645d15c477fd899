package io.camelnextome.quarkus.nextome.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application: with -Pnative, the native executable. */
@QuarkusIntegrationTest
class NextomeConsumerIT extends NextomeConsumerTest {
}
