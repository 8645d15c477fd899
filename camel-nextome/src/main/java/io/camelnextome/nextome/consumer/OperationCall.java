package io.camelnextome.nextome.consumer;

import java.io.IOException;
import java.util.Map;

/** Calls the consumer endpoint's operation with the given option values and returns the typed result. */
@FunctionalInterface
public interface OperationCall {

    Object invoke(Map<String, Object> optionValues) throws IOException;
}
