package io.camelnextome.nextome.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.camelnextome.nextome.NextomeConstants;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a time series once. Each poll reads the windows from the watermark up to a moment that has settled, every
 * page of each, sorts its records by (timestamp, key) and delivers them in that order, moving the watermark only past
 * records whose exchange completed; once the whole window is delivered the watermark moves past its end. A failed
 * exchange, a failed page or a failed save ends the poll with the watermark on the last delivered record (the
 * saved one is read again at the start of every poll), so the next poll starts there: nothing is skipped, and the
 * keys at the watermark keep anything from coming twice.
 * <p>
 * With a {@code lateness} bound the poller also keeps the keys of the records delivered within the lateness window
 * ({@link LateKeys}), and every {@code latenessSweepInterval} a sweep reads that window again, in larger pages, and
 * delivers the records that arrived since it was read (header {@code CamelNextome.late}). A record found older than
 * the bound is counted, logged and not delivered; so is a position that Nextome counts behind the sweep's reach and
 * the consumer never saw ({@link BeyondBoundAudit}). The keys are saved when a sweep completes and when the consumer
 * stops, not with every window; a sweep that a failed page or exchange ended goes on from that page.
 * <p>
 * With {@code splitResult=false} the records go out in the same order as Lists of up to a page ({@code size}) each,
 * one exchange per List; the watermark moves past a List only when its exchange completed.
 */
public final class IncrementalPoller implements Poller {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalPoller.class);
    /** What {@code readLive} returns when the poll must end. */
    private static final long STOPPED = Long.MIN_VALUE;
    /** The page size of the sweep, at least: it reads a window that is already complete, in few requests. */
    static final int SWEEP_PAGE_SIZE = 5_000;

    private final String operationName;
    private final WindowReader reader;
    private final WindowReader sweepReader;
    /** With {@code splitResult=false}: the records one exchange carries as a List (the page size); 0 for one each. */
    private final int listSize;
    private final Map<String, Object> options;
    private final WatermarkStore store;
    private final long settleTime;
    private final long lateness;
    private final long sweepInterval;
    private final LongSupplier clock;
    /** Counts what lies behind the sweep's reach, for locations/positions; null without an audit. */
    private final BeyondBoundAudit audit;
    /** Where a new stream begins: fixed when the consumer starts, so an outage before the first page loses nothing. */
    private final long initialStart;
    private final Long end;
    private final AtomicLong tooLate = new AtomicLong();
    private final AtomicLong sweepPages = new AtomicLong();
    private final AtomicLong sweepRecords = new AtomicLong();
    private long lastSweep;
    /**
     * The watermark when this poller's last sweep completed (it read up to there), or {@code Long.MAX_VALUE} before
     * the first. A record behind it that the sweep did not find arrived after that sweep: while the stream was held
     * up (an outage, failing exchanges) for longer than a sweep interval, the watermark may have jumped far past it,
     * so the bound counts from here, not from the jump.
     */
    private long sweptUpTo = Long.MAX_VALUE;
    /** The sweep's keys while sweeping, kept across polls while the repository holds the watermark saved here. */
    private LateKeys late;
    /** The watermark this poller saved (or loaded) last: another one in the repository means another instance. */
    private Watermark ownSaved;
    /** The sweep a failed page or exchange ended, to go on with at the next poll; null when none. */
    private SweepRun sweepRun;
    /**
     * The rest of a window whose delivery stopped (failed or rolled back exchange, stop), with the watermark saved
     * then: while the repository still holds that watermark, the next poll continues with it instead of reading
     * the window again.
     */
    private Remainder remainder;
    private volatile boolean replayComplete;

    /**
     * @param options    the endpoint's option values; {@code start} is where a new stream begins (now when
     *                   absent), {@code end} where it stops (open-ended when absent)
     * @param settleTime how far behind the clock the stream stays, so records still being written are not passed
     * @param lateness   how late a record may arrive and still be delivered, 0 for no lateness sweep
     * @param lists      deliver up to {@code pageSize} records, in order, as one exchange with a List body
     */
    public IncrementalPoller(String operationName, OperationCall call, TimeSeries series, Map<String, Object> options,
                             WatermarkStore store, int pageSize, long settleTime, long lateness, long sweepInterval,
                             LongSupplier clock, boolean lists, BeyondBoundAudit audit) {
        this.operationName = operationName;
        this.listSize = lists ? pageSize : 0;
        this.reader = new WindowReader(call, series, options, pageSize);
        this.sweepReader = new WindowReader(call, series, options, Math.max(pageSize, SWEEP_PAGE_SIZE));
        this.options = options;
        this.store = store;
        this.settleTime = settleTime;
        this.lateness = lateness;
        this.sweepInterval = sweepInterval;
        this.clock = clock;
        this.audit = audit;
        Object start = options.get("start");
        this.initialStart = start != null ? ((Number) start).longValue() : clock.getAsLong() - settleTime;
        Object endOption = options.get("end");
        this.end = endOption == null ? null : ((Number) endOption).longValue();
        this.lastSweep = clock.getAsLong();
    }

    /** Records found later than the lateness bound, not delivered, since the consumer started. */
    public long tooLateCount() {
        return tooLate.get();
    }

    /** API requests (pages) the lateness sweeps made since the consumer started: the cost of the lateness bound. */
    public long sweepPages() {
        return sweepPages.get();
    }

    /** Records the lateness sweeps read again since the consumer started. */
    public long sweepRecords() {
        return sweepRecords.get();
    }

    /** The keys the lateness sweep keeps in memory (0 without one). */
    public int lateKeyCount() {
        LateKeys keys = late;
        return keys == null ? 0 : keys.size();
    }

    @Override
    public WatermarkStore watermarks() {
        return store;
    }

    /** Whether the finite replay reached its {@code end}: there is nothing more to poll. */
    @Override
    public boolean finished() {
        return replayComplete;
    }

    @Override
    public int poll(RecordSink sink) throws Exception {
        if (replayComplete) {
            return 0;
        }
        Watermark saved = store.load();
        if (saved == null) {
            saved = Watermark.startingAt(initialStart);
            store.save(saved);
        }
        boolean sweeping = lateness > 0 && end == null;
        if (!sweeping) {
            late = null;
        } else if (late == null || !saved.equals(ownSaved)) {
            late = restoreLate(saved);
            if (audit != null) {
                audit.startAfter(saved.timestamp());
            }
            sweepRun = null;
            sweptUpTo = Long.MAX_VALUE;
        }
        ownSaved = saved;
        Progress progress = new Progress(saved, late);
        Watermark.Cursor mark = progress.cursor;
        if (!sweeping) {
            mark.stopSweeping();
        } else {
            // nothing before the watermark was kept when the sweep was off: it starts there
            mark.sweepFrom(mark.lateFrom() == Watermark.NO_SWEEP ? mark.timestamp() : mark.lateFrom(), late);
        }
        long now = clock.getAsLong();
        long until = end == null ? now - settleTime : Math.min(now - settleTime, end);
        // window after window (a window may end before until, to fit in memory) until the poll caught up
        while (mark.timestamp() <= until) {
            long reached = readLive(sink, progress, until);
            if (reached == STOPPED) {
                return progress.delivered;
            }
            if (reached >= until) {
                break;
            }
        }
        if (replayComplete) {
            return progress.delivered;
        }
        if (sweeping) {
            // each sweep moves the window up to its bound; this only keeps a stream catching up from holding the
            // keys of all it passed until the next sweep. A sweep that a failure interrupted goes on reading from
            // its start: the keys it needs stay, or it would deliver what the live stream delivered again
            long behind = Math.min(mark.timestamp() - lateness - 3 * sweepInterval, heldUpBound());
            mark.sweepFrom(sweepRun == null ? behind : Math.min(behind, sweepRun.from), late);
            if ((sweepRun != null || now - lastSweep >= sweepInterval) && sweep(sink, progress)) {
                lastSweep = now;
                if (audit != null && audit.due(now)) {
                    // behind lateFrom no sweep reads again: what Nextome holds there and we never saw is too late
                    long found = audit.audit(mark.lateFrom(), now, sink::running);
                    tooLate.addAndGet(found);
                    warnTooLate(found, "the count-in-bucket audit");
                }
            }
        }
        progress.save();
        return progress.delivered;
    }

    /**
     * Delivers the window from the watermark towards until; returns where the window ended, or {@link #STOPPED}
     * when the poll must end (stop, failed exchange).
     */
    private long readLive(RecordSink sink, Progress progress, long until) throws Exception {
        Watermark.Cursor mark = progress.cursor;
        Remainder rest = remainder;
        remainder = null;
        WindowReader.Window window = rest != null && rest.saved().equals(progress.saved) ? rest.window()
                : reader.read(mark.timestamp(), until, sink::running);
        rest = null;
        if (window == null) {
            return STOPPED; // stopping: the pages read so far wait for the next poll
        }
        long windowEnd = window.end();
        boolean last = end != null && windowEnd >= end;
        List<WindowReader.Entry> due = new ArrayList<>(window.entries().size());
        for (WindowReader.Entry entry : window.entries()) {
            if (!mark.covers(entry)) {
                due.add(entry);
            }
        }
        window = null; // from here on only due holds the records, and each is let go once delivered
        int step = listSize > 0 ? listSize : 1;
        for (int i = 0; i < due.size(); i += step) {
            int to = Math.min(due.size(), i + step);
            WindowReader.Entry lastOfPart = due.get(to - 1);
            boolean completes = last && to == due.size();
            Consumer<Message> headers = headers(progress.delivered, lastOfPart.time(), false, completes);
            if (!sink.running() || !(listSize > 0 ? sink.deliver(records(due.subList(i, to)), to - i, headers)
                    : sink.deliver(lastOfPart.record(), headers))) {
                progress.save();
                remainder = new Remainder(progress.saved,
                        new WindowReader.Window(due.subList(i, due.size()), windowEnd));
                return STOPPED;
            }
            for (int j = i; j < to; j++) {
                WindowReader.Entry entry = due.get(j);
                mark.advance(entry);
                known(entry);
                // a window holds thousands of records: those delivered need not survive the garbage collections
                // that the delivery of the rest causes
                due.set(j, null);
            }
            progress.delivered += to - i;
        }
        // the completion exchange has no body and carries no record: it is not counted as one delivered
        if (last && due.isEmpty()
            && (!sink.running() || !sink.deliver(null, 0, headers(progress.delivered, windowEnd, false, true)))) {
            progress.save();
            return STOPPED;
        }
        mark.readUpTo(windowEnd);
        progress.save();
        replayComplete = last;
        return windowEnd;
    }

    /**
     * The sweep's keys of a watermark this poller did not save itself (first poll, failover, reset): those saved
     * under {@code <stateKey>.late}, and the watermark's own. When they were saved before the watermark moved on (a
     * crash), the records delivered in between are not among them: the sweep delivers them again (late), so that
     * none that arrived late there is lost.
     */
    private LateKeys restoreLate(Watermark saved) {
        if (saved.lateFrom() == Watermark.NO_SWEEP) {
            return new LateKeys(); // a new stream, or a reset: the sweep starts at the watermark
        }
        LateKeys.Saved stored = store.loadLate();
        LateKeys keys = stored == null ? new LateKeys() : stored.keys();
        saved.addKeysTo(keys);
        keys.forgetBefore(saved.lateFrom());
        long upTo = stored != null ? stored.upTo() : saved.carriesEarlierKeys() ? saved.timestamp() : saved.lateFrom();
        if (upTo < saved.timestamp()) {
            LOG.warn("{}: the lateness keys under '{}.late' end at {}, the watermark at {} (the consumer did not stop"
                     + " gracefully): records the sweep finds in between are delivered again, marked late",
                    operationName, store.key(), upTo, saved.timestamp());
        }
        return keys;
    }

    /**
     * Reads the lateness window again, page by page, and delivers what arrived since it was read; true when it was
     * read to the end. A record before {@code watermark - lateness - sweepInterval} is too late, or, when the stream
     * was held up since the last completed sweep, before {@link #heldUpBound()}. A sweep that a
     * failed page or exchange ended goes on from that page (a record read twice counts once).
     */
    private boolean sweep(RecordSink sink, Progress progress) throws Exception {
        Watermark.Cursor mark = progress.cursor;
        if (sweepRun == null) {
            sweepRun = new SweepRun(mark.lateFrom(), mark.timestamp() - 1,
                    Math.min(mark.timestamp() - lateness - sweepInterval, heldUpBound()));
        }
        SweepRun run = sweepRun;
        long found = tooLate.get();
        boolean complete = run.from > run.to || sweepReader.pages(run.from, run.to, run.nextPage, Integer.MAX_VALUE,
                page -> {
                    sweepPages.incrementAndGet();
                    sweepRecords.addAndGet(page.size());
                    List<WindowReader.Entry> due = new ArrayList<>();
                    for (WindowReader.Entry entry : page) {
                        if (mark.delivered(entry.timestamp(), entry.key())) {
                            continue;
                        }
                        if (entry.timestamp() < run.bound) {
                            tooLate.incrementAndGet();
                            mark.remember(entry.timestamp(), entry.key());
                            known(entry);
                        } else if (listSize > 0) {
                            // a copy (a position uploaded twice) lies next to its record on the sorted page and is
                            // not remembered as delivered before the List goes: it must not go in the List twice
                            if (due.isEmpty() || !due.get(due.size() - 1).sameAs(entry)) {
                                due.add(entry);
                            }
                        } else if (!deliverLate(sink, progress, List.of(entry))) {
                            return false;
                        }
                    }
                    // a sweep page is larger than size: its Lists are not
                    for (int i = 0; i < due.size(); i += listSize) {
                        if (!deliverLate(sink, progress, due.subList(i, Math.min(due.size(), i + listSize)))) {
                            return false;
                        }
                    }
                    if (audit != null) {
                        audit.swept(page, run.bound);
                    }
                    run.nextPage++;
                    progress.save();
                    return true;
                });
        warnTooLate(tooLate.get() - found, "the lateness sweep");
        if (complete) {
            sweepRun = null;
            sweptUpTo = run.to + 1;
            mark.sweepFrom(run.bound, late);
            progress.save();
            store.saveLate(late, mark.timestamp());
        }
        return complete;
    }

    private void warnTooLate(long found, String finder) {
        if (found > 0) {
            LOG.warn("{}: {} record(s) arrived more than lateness {} ms late and were not delivered ({} since start;"
                     + " found by {})", operationName, found, lateness, tooLate.get(), finder);
        }
    }

    /** Tells the audit of a record delivered or counted as too late. */
    private void known(WindowReader.Entry entry) {
        if (audit != null) {
            audit.known(entry.record(), entry.timestamp());
        }
    }

    /**
     * The too-late bound a hold-up since the last completed sweep calls for: that sweep read up to {@code sweptUpTo}
     * about {@code settleTime} after it, so a record it did not find and that arrived at most {@code lateness} late
     * is not older than this. Above the usual bound unless the sweeps were held up.
     */
    private long heldUpBound() {
        return sweptUpTo == Long.MAX_VALUE ? Long.MAX_VALUE : sweptUpTo + settleTime - lateness;
    }

    /** Delivers late records, one or a List of them; false when the exchange failed or the consumer stops. */
    private boolean deliverLate(RecordSink sink, Progress progress, List<WindowReader.Entry> entries) {
        WindowReader.Entry lastEntry = entries.get(entries.size() - 1);
        Consumer<Message> headers = headers(progress.delivered, lastEntry.time(), true, false);
        if (!sink.running() || !(listSize > 0 ? sink.deliver(records(entries), entries.size(), headers)
                : sink.deliver(lastEntry.record(), headers))) {
            return false;
        }
        for (WindowReader.Entry entry : entries) {
            progress.cursor.remember(entry.timestamp(), entry.key());
            known(entry);
        }
        progress.delivered += entries.size();
        return true;
    }

    private static List<Object> records(List<WindowReader.Entry> entries) {
        List<Object> records = new ArrayList<>(entries.size());
        for (WindowReader.Entry entry : entries) {
            records.add(entry.record());
        }
        return records;
    }

    /** Saves the sweep's keys when the consumer stops, unless another instance moved the watermark meanwhile. */
    @Override
    public void close() {
        if (late != null && ownSaved != null && ownSaved.equals(store.load())) {
            store.saveLate(late, ownSaved.timestamp());
        }
    }

    /** The headers of the next exchange: set in {@link #headers}, one instance per poller rather than one each. */
    private final RecordHeaders recordHeaders = new RecordHeaders();

    /** Sets the headers of the next exchange (poll thread only: the sink applies them before it routes). */
    private Consumer<Message> headers(int index, Long timestamp, boolean late, boolean completes) {
        RecordHeaders headers = recordHeaders;
        headers.index = index;
        headers.timestamp = timestamp;
        headers.late = late;
        headers.completes = completes;
        return headers;
    }

    private final class RecordHeaders implements Consumer<Message> {
        int index;
        Long timestamp;
        boolean late;
        boolean completes;

        @Override
        public void accept(Message message) {
            message.setHeader(NextomeConstants.OPERATION, operationName);
            message.setHeader(NextomeConstants.POLL_INDEX, index);
            message.setHeader(NextomeConstants.RECORD_TIMESTAMP, timestamp);
            if (late) {
                message.setHeader(NextomeConstants.LATE, true);
            }
            if (completes) {
                message.setHeader(NextomeConstants.REPLAY_COMPLETE, true);
            }
        }
    }

    /** The range a sweep reads, its too-late bound, and the next page to read. */
    private static final class SweepRun {
        final long from;
        final long to;
        final long bound;
        int nextPage;

        SweepRun(long from, long to, long bound) {
            this.from = from;
            this.to = to;
            this.bound = bound;
        }
    }

    private record Remainder(Watermark saved, WindowReader.Window window) {
    }

    /** One poll's cursor, what it delivered, and the watermark saved last, so that only a moved one is saved. */
    private final class Progress {
        final Watermark.Cursor cursor;
        Watermark saved;
        int delivered;

        Progress(Watermark saved, LateKeys late) {
            this.saved = saved;
            this.cursor = saved.cursor(late);
        }

        void save() {
            Watermark reached = cursor.watermark();
            if (!reached.equals(saved)) {
                store.save(reached);
                saved = reached;
                ownSaved = reached;
            }
        }
    }
}
