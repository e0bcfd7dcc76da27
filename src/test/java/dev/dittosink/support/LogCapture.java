package dev.dittosink.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Records every log line of the running sink, formatted as it would be printed, so that tests can assert what the
 * log says and what it never says. Quarkus logs through JBoss LogManager, which serves java.util.logging, so a
 * handler on the root logger sees every record.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** One recorded line with its structured fields. */
    public record Entry(String level, String logger, String message, Map<String, String> mdc, boolean hasThrowable) {
    }

    private LogCapture() {
    }

    /** @return a capture that records from now until {@link #close()} */
    public static LogCapture start() {
        final LogCapture capture = new LogCapture();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(final LogRecord record) {
        final String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(record.getLevel() + " " + record.getLoggerName() + " " + message
                + (record.getThrown() == null ? "" : " " + record.getThrown()));
        final Map<String, String> mdc = new HashMap<>();
        if (record instanceof ExtLogRecord ext) {
            ext.getMdcCopy().forEach((key, value) -> mdc.put(key, String.valueOf(value)));
        }
        entries.add(new Entry(record.getLevel().toString(), record.getLoggerName(), message, Map.copyOf(mdc),
                record.getThrown() != null));
    }

    /** @return every line recorded so far */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** @return every line recorded so far, with its fields */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** @return the lines recorded at WARN */
    public List<String> warnings() {
        return lines.stream().filter(line -> line.startsWith("WARN")).toList();
    }

    @Override
    public void flush() {
        // Nothing buffered.
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
