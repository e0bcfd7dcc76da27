package dev.dittosink.protocol;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.ditto.base.model.exceptions.DittoHeaderInvalidException;
import org.eclipse.ditto.base.model.headers.DittoHeaders;
import org.eclipse.ditto.base.model.signals.commands.Command;
import org.eclipse.ditto.json.JsonArray;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.eclipse.ditto.things.model.signals.commands.ThingCommand;

import dev.dittosink.outcome.ErrorText;

/**
 * Decides which headers of a Ditto Protocol command reach Ditto's HTTP API, and adds those Ditto's endpoint forces.
 *
 * <p>Conditional, timeout, metadata and custom headers pass; Ditto-internal ({@code ditto-*}), credential and
 * transport headers never do, since the sink speaks to Ditto with its own identity.
 */
final class DittoHeaderMapping {

    static final String CORRELATION_ID = "correlation-id";
    static final String RESPONSE_REQUIRED = "response-required";
    static final String REQUESTED_ACKS = "requested-acks";
    static final String IF_NONE_MATCH = "if-none-match";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> NEVER_FORWARDED = Set.of(
            CORRELATION_ID, "x-correlation-id", RESPONSE_REQUIRED, REQUESTED_ACKS, "channel", "content-type",
            "authorization", "proxy-authorization", "cookie", "version", "schema-version",
            "subject", "direction", "thing-id", "feature-id", "timestamp", "status",
            "host", "content-length", "transfer-encoding", "te", "trailer", "upgrade", "connection", "keep-alive",
            "expect", "forwarded", "x-real-ip");
    private static final String[] NEVER_FORWARDED_PREFIXES = {"ditto-", "x-ditto-", "x-forwarded-", "proxy-"};

    private DittoHeaderMapping() {
    }

    /**
     * @param command the parsed command
     * @param correlationId the correlation id to send
     * @param create whether the command creates its entity (and so must not overwrite one)
     * @return the headers for Ditto's HTTP API, names in lower case
     * @throws DittoHeaderInvalidException if a header that would be forwarded is not valid in HTTP
     */
    static Map<String, String> headersFor(final Command<?> command, final String correlationId,
            final boolean create) {

        final DittoHeaders protocolHeaders = command.getDittoHeaders();
        final Map<String, String> headers = new LinkedHashMap<>();
        protocolHeaders.forEach((name, value) -> {
            final String lowerName = name.toLowerCase(Locale.ROOT);
            if (isForwarded(lowerName)) {
                headers.put(lowerName, ensureValidHeader(lowerName, value));
            }
        });
        headers.put(CORRELATION_ID, correlationId);

        if (command instanceof ThingCommand<?>) {
            // Ditto's endpoint forces these on every thing command, so that a 2xx means "persisted" for twin
            // commands and "accepted" for live ones.
            ensureTimeoutAllowed(protocolHeaders, isLive(protocolHeaders));
            if (command.getCategory() != Command.Category.QUERY) {
                // Not on a retrieve: Ditto builds the query command from the HTTP headers, and a query command
                // refuses response-required=false (400 command.headers.invalid), so every retrieve would fail.
                headers.put(RESPONSE_REQUIRED, "false");
            }
            if (!isLive(protocolHeaders)) {
                headers.put(REQUESTED_ACKS, "twin-persisted");
            }
        } else {
            copyIfPresent(protocolHeaders, RESPONSE_REQUIRED, headers);
            if (protocolHeaders.containsKey(REQUESTED_ACKS)) {
                headers.put(REQUESTED_ACKS, commaSeparated(protocolHeaders.get(REQUESTED_ACKS)));
            }
        }
        if (create) {
            headers.put(IF_NONE_MATCH, "*");
        }
        return headers;
    }

    static boolean isLive(final DittoHeaders headers) {
        return headers.getChannel().filter("live"::equalsIgnoreCase).isPresent();
    }

    private static boolean isForwarded(final String name) {
        if (NEVER_FORWARDED.contains(name)) {
            return false;
        }
        for (final String prefix : NEVER_FORWARDED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static String ensureValidHeader(final String name, final String value) {
        if (!TOKEN.matcher(name).matches()) {
            throw invalidHeader(name, "The header name is not a valid HTTP header name.");
        }
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw invalidHeader(name, "The header value contains control characters.");
            }
        }
        return value;
    }

    private static void ensureTimeoutAllowed(final DittoHeaders headers, final boolean live) {
        // A twin thing command always requests "twin-persisted", which cannot be awaited with no time at all.
        if (!live && headers.getTimeout().filter(timeout -> timeout.isZero()).isPresent()) {
            throw DittoHeaderInvalidException.newBuilder()
                    .message("The value '0' of the header 'timeout' is not allowed here.")
                    .description("The timeout must not be zero if response or acknowledgements are requested.")
                    .build();
        }
    }

    private static void copyIfPresent(final DittoHeaders from, final String name, final Map<String, String> into) {
        final String value = from.get(name);
        if (value != null) {
            into.put(name, value);
        }
    }

    private static String commaSeparated(final String jsonArray) {
        try {
            final JsonArray array = JsonArray.of(jsonArray);
            final StringBuilder joined = new StringBuilder();
            for (final JsonValue value : array) {
                if (joined.length() > 0) {
                    joined.append(',');
                }
                joined.append(value.isString() ? value.asString() : value.toString());
            }
            return ensureValidHeader(REQUESTED_ACKS, joined.toString());
        } catch (final JsonRuntimeException e) {
            return ensureValidHeader(REQUESTED_ACKS, jsonArray);
        }
    }

    private static DittoHeaderInvalidException invalidHeader(final String name, final String description) {
        return DittoHeaderInvalidException.newBuilder()
                .message("The header <" + ErrorText.abbreviate(name) + "> cannot be sent to Ditto.")
                .description(description)
                .build();
    }
}
