package io.camelnextome.simulator.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DecoderException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request's body before its operation runs, as Vert.x's BodyHandler does (no body without a Content-Length
 * or chunked encoding; 413 over the limit, at once when the Content-Length says so; 100-continue). Vert.x already
 * hands every chunk over as a copy of its own, so the chunks are kept and the body is one composite buffer over them
 * (a body of one chunk is that chunk): no array of the body's length is filled with a copy of them. BodyHandler
 * presized its buffer by at most 64 KB and doubled it: a batch of 1000 positions (about 150 KB) was copied into
 * 128 KB, then 256 KB, and {@link io.camelnextome.simulator.control.RequestBodies} kept the 256 KB.
 */
final class BodyReader implements Handler<RoutingContext> {

    private final long limit;

    BodyReader(long limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        RoutingContextInternal internal = (RoutingContextInternal) ctx;
        if (internal.seenHandler(RoutingContextInternal.BODY_HANDLER)) {
            // read already, on a route this request matched before
            ctx.next();
            return;
        }
        // RoutingContext.body() serves a body only once a body handler is marked as seen
        internal.visitHandler(RoutingContextInternal.BODY_HANDLER);
        HttpServerRequest request = ctx.request();
        long length = contentLength(request);
        boolean chunked = request.version() == HttpVersion.HTTP_2 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (length < 0 && !chunked) {
            ctx.next();
            return;
        }
        if (length > limit) {
            ctx.fail(413);
            return;
        }
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect != null) {
            if (!expect.equalsIgnoreCase("100-continue")) {
                ctx.fail(417);
                return;
            }
            if (request.version() != HttpVersion.HTTP_1_0) {
                ctx.response().writeContinue();
            }
        }
        Chunks chunks = new Chunks(ctx, length >= 0);
        request.exceptionHandler(chunks::failed);
        if (request.isEnded()) {
            chunks.end();
        } else {
            request.handler(chunks).endHandler(end -> chunks.end()).resume();
        }
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null || value.isEmpty()) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The chunks of one body as they arrive. A chunk of {@link #SMALL} bytes or more is kept as Vert.x gave it; smaller
     * ones after the first are appended to a buffer of our own of up to {@link #RUN} bytes, so that a client sending
     * a byte per chunk makes the reader hold about the body's size, not a Buffer, a ByteBuf and an array per byte.
     */
    private final class Chunks implements Handler<Buffer> {

        private static final int SMALL = 8192;
        private static final int RUN = 65536;

        private final RoutingContext ctx;
        /** A body that declared its length is never null, even when empty; a chunked body without bytes is. */
        private final boolean declared;
        private final List<Buffer> received = new ArrayList<>(4);
        /** Where small chunks are appended: the last of {@link #received}, or null. */
        private Buffer run;
        private long size;
        private boolean refused;

        Chunks(RoutingContext ctx, boolean declared) {
            this.ctx = ctx;
            this.declared = declared;
        }

        @Override
        public void handle(Buffer chunk) {
            if (refused) {
                return;
            }
            size += chunk.length();
            if (size > limit) {
                refused = true;
                received.clear();
                run = null;
                ctx.fail(413);
            } else if (chunk.length() >= SMALL || received.isEmpty()) {
                run = null;
                received.add(chunk);
            } else {
                if (run == null || run.length() + chunk.length() > RUN) {
                    run = Buffer.buffer(SMALL);
                    received.add(run);
                }
                run.appendBuffer(chunk);
            }
        }

        void failed(Throwable failure) {
            if (refused) {
                // answered already: the client closing the connection then is no news
                return;
            }
            refused = true;
            received.clear();
            run = null;
            if (failure instanceof DecoderException) {
                ctx.fail(400, failure.getCause());
            } else {
                ctx.fail(failure);
            }
        }

        void end() {
            if (refused) {
                return;
            }
            ((RoutingContextInternal) ctx).setBody(joined());
            ctx.next();
        }

        private Buffer joined() {
            if (received.size() == 1) {
                return received.get(0);
            }
            if (received.isEmpty()) {
                return declared ? Buffer.buffer(0) : null;
            }
            // the chunks as one buffer without copying them again (a batch of 1000 positions comes in about 20)
            ByteBuf[] parts = new ByteBuf[received.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = received.get(i).getByteBuf();
            }
            return Buffer.buffer(Unpooled.wrappedBuffer(parts.length, parts));
        }
    }
}
