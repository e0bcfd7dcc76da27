package dev.dittosink.observe;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Logs lines about one event with its {@code id}, {@code source}, {@code type} and the Ditto correlation id as
 * structured fields (MDC), which the JSON log format turns into fields an operator can filter on.
 */
public final class EventLog {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String CORRELATION_ID = "correlation_id";

    private EventLog() {
    }

    /**
     * @param level the level to log at
     * @param id the event id, or {@code null} when not known
     * @param source the event source, or {@code null}
     * @param type the event type, or {@code null}
     * @param correlationId the correlation id Ditto sees, or {@code null}
     */
    public static void log(final Logger logger, final Logger.Level level, final String id, final String source,
            final String type, final String correlationId, final String format, final Object... arguments) {

        if (!logger.isEnabled(level)) {
            return;
        }
        // The relay runs on shared event-loop threads: the fields are set for this one line and removed after it.
        put(ID, id);
        put(SOURCE, source);
        put(TYPE, type);
        put(CORRELATION_ID, correlationId);
        try {
            logger.logf(level, format, arguments);
        } finally {
            MDC.remove(ID);
            MDC.remove(SOURCE);
            MDC.remove(TYPE);
            MDC.remove(CORRELATION_ID);
        }
    }

    private static void put(final String key, final String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
