package io.camelnextome.nextome.consumer;

import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.NextomeConstants;

/**
 * Calls the operation once per poll and delivers its result: one exchange per element of a list result when
 * {@code splitResult} is on, otherwise one exchange with the whole result.
 */
public final class ResultPoller implements Poller {

    private final String operationName;
    private final OperationCall call;
    private final Map<String, Object> options;
    private final boolean splitResult;

    public ResultPoller(String operationName, OperationCall call, Map<String, Object> options, boolean splitResult) {
        this.operationName = operationName;
        this.call = call;
        this.options = options;
        this.splitResult = splitResult;
    }

    @Override
    public int poll(RecordSink sink) throws Exception {
        Object result = call.invoke(options);
        if (result == null) {
            return 0;
        }
        if (!splitResult || !(result instanceof List<?> list)) {
            sink.deliver(result, message -> message.setHeader(NextomeConstants.OPERATION, operationName));
            return 1;
        }
        int delivered = 0;
        for (int i = 0; i < list.size() && sink.running(); i++) {
            int index = i;
            sink.deliver(list.get(i), message -> {
                message.setHeader(NextomeConstants.OPERATION, operationName);
                message.setHeader(NextomeConstants.POLL_INDEX, index);
                message.setHeader(NextomeConstants.POLL_SIZE, list.size());
            });
            delivered++;
        }
        return delivered;
    }
}
