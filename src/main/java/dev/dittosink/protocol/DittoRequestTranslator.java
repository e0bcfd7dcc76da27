package dev.dittosink.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.exceptions.DittoJsonException;
import org.eclipse.ditto.base.model.signals.commands.Command;
import org.eclipse.ditto.json.JsonPointer;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.eclipse.ditto.messages.model.Message;
import org.eclipse.ditto.messages.model.MessageDirection;
import org.eclipse.ditto.messages.model.signals.commands.MessageCommand;
import org.eclipse.ditto.messages.model.signals.commands.SendClaimMessage;
import org.eclipse.ditto.policies.model.ResourceKey;
import org.eclipse.ditto.policies.model.signals.commands.PolicyCommand;
import org.eclipse.ditto.policies.model.signals.commands.modify.DeleteResource;
import org.eclipse.ditto.policies.model.signals.commands.modify.ModifyResource;
import org.eclipse.ditto.policies.model.signals.commands.query.RetrieveResource;
import org.eclipse.ditto.protocol.Adaptable;
import org.eclipse.ditto.things.model.ThingId;
import org.eclipse.ditto.things.model.signals.commands.ThingCommand;
import org.eclipse.ditto.things.model.signals.commands.query.RetrieveThings;

import dev.dittosink.config.DittoConfig;
import dev.dittosink.ditto.DittoRequest;
import dev.dittosink.ditto.DittoResource;
import dev.dittosink.outcome.SignalNotRelayableException;

/**
 * Translates a parsed Ditto Protocol command into the one call of Ditto's HTTP API v2 that does the same, following
 * the mapping of protocol paths onto HTTP resources. Stateless and thread-safe.
 */
@ApplicationScoped
public class DittoRequestTranslator {

    private static final String JSON = "application/json";
    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    private static final String OCTET_STREAM = "application/octet-stream";
    /** Ditto refuses a {@code timeout} above one minute. */
    private static final Duration DITTO_MAX_TIMEOUT = Duration.ofMinutes(1);

    private final Duration timeoutBound;

    public DittoRequestTranslator(final DittoConfig config) {
        // Ditto is told to give up a little before the relay does, so that it answers 408 rather than the relay
        // answering 504 without knowing what happened.
        final Duration relayTimeout = config.requestTimeout();
        final Duration bound = relayTimeout.minus(relayTimeout.dividedBy(10));
        this.timeoutBound = bound.compareTo(DITTO_MAX_TIMEOUT) > 0 ? DITTO_MAX_TIMEOUT : bound;
    }

    /**
     * @param parsed the command and the protocol message it came from
     * @param correlationId the correlation id Ditto is to see
     * @return the HTTP call
     */
    public DittoRequest translate(final ParsedCommand parsed, final String correlationId) {
        try {
            return withBoundedTimeout(parsed.command(), untimed(parsed, correlationId));
        } catch (final JsonRuntimeException e) {
            // Some commands parse their pointer only when asked for it: a policy subject id with "//" passes the
            // parser and fails here. It is the sender's fault, so Ditto's 400, not the sink's 500.
            throw new DittoJsonException(e);
        }
    }

    private static DittoRequest untimed(final ParsedCommand parsed, final String correlationId) {
        final Command<?> command = parsed.command();
        if (command instanceof MessageCommand<?, ?> message) {
            return messageRequest(message, correlationId);
        }
        if (command instanceof RetrieveThings retrieveThings) {
            return retrieveThingsRequest(retrieveThings, parsed, correlationId);
        }
        if (command instanceof ThingCommand<?> thingCommand) {
            return thingRequest(thingCommand, parsed, correlationId);
        }
        if (command instanceof PolicyCommand<?> policyCommand) {
            return policyRequest(policyCommand, parsed, correlationId);
        }
        throw SignalNotRelayableException.of("command", parsed.adaptable().getTopicPath().getPath());
    }

    /** Keeps the command's own {@code timeout} when it fits inside the relay's, else sends the bound. */
    private DittoRequest withBoundedTimeout(final Command<?> command, final DittoRequest request) {
        final Optional<Duration> requested = command.getDittoHeaders().getTimeout();
        if (requested.isPresent() && requested.get().compareTo(timeoutBound) <= 0) {
            return request;
        }
        final Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("timeout", timeoutBound.toMillis() + "ms");
        return new DittoRequest(request.method(), request.resource(), request.pathArguments(), request.query(),
                headers, request.contentType(), request.body());
    }

    private static DittoRequest thingRequest(final ThingCommand<?> command, final ParsedCommand parsed,
            final String correlationId) {

        final Adaptable adaptable = parsed.adaptable();
        final String thingId = PathSegments.encodeSegment(command.getEntityId().toString());
        final Command.Category category = command.getCategory();
        final Map<String, String> headers = DittoHeaderMapping.headersFor(command, correlationId,
                category == Command.Category.CREATE);
        final Map<String, String> query = new LinkedHashMap<>();
        if (DittoHeaderMapping.isLive(command.getDittoHeaders())) {
            query.put("channel", "live");
        }
        if (category == Command.Category.MIGRATE) {
            return new DittoRequest("POST", DittoResource.MIGRATE_DEFINITION, List.of(thingId), query, headers,
                    JSON, value(adaptable));
        }

        final List<String> keys = keys(command.getResourcePath());
        final DittoResource resource;
        final List<String> arguments = new ArrayList<>(List.of(thingId));
        boolean takesFields = false;
        if (keys.isEmpty()) {
            resource = DittoResource.THING;
            takesFields = true;
        } else if (keys.size() == 1 && "policyId".equals(keys.get(0))) {
            resource = DittoResource.POLICY_ID;
        } else if (keys.size() == 1 && "definition".equals(keys.get(0))) {
            resource = DittoResource.DEFINITION;
        } else if ("attributes".equals(keys.get(0))) {
            resource = keys.size() == 1 ? DittoResource.ATTRIBUTES : DittoResource.ATTRIBUTE;
            takesFields = keys.size() == 1;
            if (keys.size() > 1) {
                // Only a single attribute has a pointer argument; /attributes itself takes none.
                addPointer(arguments, keys.subList(1, keys.size()));
            }
        } else if ("features".equals(keys.get(0))) {
            resource = featureResource(keys, arguments);
            takesFields = resource != DittoResource.FEATURE_DEFINITION && resource != DittoResource.FEATURE_PROPERTY;
        } else {
            throw SignalNotRelayableException.of("command", adaptable.getTopicPath().getPath());
        }
        if (takesFields && category == Command.Category.QUERY) {
            addFields(parsed.fields(), query);
        }
        return withVerb(category, resource, arguments, query, headers, adaptable);
    }

    private static DittoResource featureResource(final List<String> keys, final List<String> arguments) {
        if (keys.size() == 1) {
            return DittoResource.FEATURES;
        }
        arguments.add(PathSegments.encodeSegment(keys.get(1)));
        if (keys.size() == 2) {
            return DittoResource.FEATURE;
        }
        final String part = keys.get(2);
        if ("definition".equals(part) && keys.size() == 3) {
            return DittoResource.FEATURE_DEFINITION;
        }
        if (!"properties".equals(part) && !"desiredProperties".equals(part)) {
            throw new IllegalArgumentException("Unknown feature resource: " + part);
        }
        arguments.add(part);
        if (keys.size() == 3) {
            return DittoResource.FEATURE_PROPERTIES;
        }
        addPointer(arguments, keys.subList(3, keys.size()));
        return DittoResource.FEATURE_PROPERTY;
    }

    private static DittoRequest retrieveThingsRequest(final RetrieveThings command, final ParsedCommand parsed,
            final String correlationId) {

        final Map<String, String> query = new LinkedHashMap<>();
        final StringJoiner ids = new StringJoiner(",");
        for (final ThingId thingId : command.getEntityIds()) {
            ids.add(PathSegments.encodeQueryValue(thingId.toString()).replace(",", "%2C"));
        }
        query.put("ids", ids.toString());
        addFields(parsed.fields(), query);
        if (DittoHeaderMapping.isLive(command.getDittoHeaders())) {
            query.put("channel", "live");
        }
        final Map<String, String> headers = DittoHeaderMapping.headersFor(command, correlationId, false);
        return new DittoRequest("GET", DittoResource.THINGS, List.of(), query, headers, null, null);
    }

    private static DittoRequest policyRequest(final PolicyCommand<?> command, final ParsedCommand parsed,
            final String correlationId) {

        final Adaptable adaptable = parsed.adaptable();
        final Command.Category category = command.getCategory();
        final List<String> arguments = new ArrayList<>(List.of(
                PathSegments.encodeSegment(command.getEntityId().toString())));
        final List<String> keys = keys(command.getResourcePath());
        final DittoResource resource;
        if (keys.isEmpty()) {
            resource = DittoResource.POLICY;
        } else if ("entries".equals(keys.get(0))) {
            resource = policyEntryResource(command, keys, arguments);
        } else if ("imports".equals(keys.get(0))) {
            resource = keys.size() == 1 ? DittoResource.POLICY_IMPORTS : DittoResource.POLICY_IMPORT;
            if (keys.size() > 1) {
                arguments.add(PathSegments.encodeSegment(keys.get(1)));
            }
        } else {
            throw SignalNotRelayableException.of("command", adaptable.getTopicPath().getPath());
        }
        final Map<String, String> query = new LinkedHashMap<>();
        if (resource == DittoResource.POLICY && category == Command.Category.QUERY) {
            addFields(parsed.fields(), query);
        }
        final Map<String, String> headers = DittoHeaderMapping.headersFor(command, correlationId,
                category == Command.Category.CREATE);
        return withVerb(category, resource, arguments, query, headers, adaptable);
    }

    private static DittoResource policyEntryResource(final PolicyCommand<?> command, final List<String> keys,
            final List<String> arguments) {

        if (keys.size() == 1) {
            return DittoResource.POLICY_ENTRIES;
        }
        arguments.add(PathSegments.encodeSegment(keys.get(1)));
        if (keys.size() == 2) {
            return DittoResource.POLICY_ENTRY;
        }
        if ("subjects".equals(keys.get(2))) {
            if (keys.size() == 3) {
                return DittoResource.POLICY_SUBJECTS;
            }
            // Ditto reads the subject id from the rest of the URL (PolicyEntriesRoute: remaining()), so a "/" in it
            // must stay a separator: escaped, it would reach Ditto as the literal text "%2F".
            addPointer(arguments, keys.subList(3, keys.size()));
            return DittoResource.POLICY_SUBJECT;
        }
        if ("resources".equals(keys.get(2))) {
            if (keys.size() == 3) {
                return DittoResource.POLICY_RESOURCES;
            }
            arguments.add(resourceKey(command));
            return DittoResource.POLICY_RESOURCE;
        }
        throw new IllegalArgumentException("Unknown policy entry resource: " + keys.get(2));
    }

    private static String resourceKey(final PolicyCommand<?> command) {
        final ResourceKey key;
        if (command instanceof ModifyResource modify) {
            key = modify.getResource().getResourceKey();
        } else if (command instanceof RetrieveResource retrieve) {
            key = retrieve.getResourceKey();
        } else if (command instanceof DeleteResource delete) {
            key = delete.getResourceKey();
        } else {
            throw new IllegalArgumentException("Not a resource command: " + command.getType());
        }
        // Ditto reads the resource key from the rest of the URL, so its path keeps "/" between encoded segments.
        final StringJoiner path = new StringJoiner("/", PathSegments.encodeSegment(key.getResourceType()) + ":/", "");
        keys(key.getResourcePath()).forEach(segment -> path.add(PathSegments.encodeSegment(segment)));
        return path.toString();
    }

    private static DittoRequest messageRequest(final MessageCommand<?, ?> command, final String correlationId) {
        final Message<?> message = command.getMessage();
        final String thingId = PathSegments.encodeSegment(command.getEntityId().toString());
        final byte[] body = messageBody(message);
        final String contentType = message.getContentType().orElse(body == null ? null : OCTET_STREAM);
        final Map<String, String> headers = DittoHeaderMapping.headersFor(command, correlationId, false);
        final Map<String, String> query = Map.of();
        if (command instanceof SendClaimMessage<?>) {
            return new DittoRequest("POST", DittoResource.CLAIM, List.of(thingId), query, headers, contentType, body);
        }

        final String box = message.getDirection() == MessageDirection.TO ? "inbox" : "outbox";
        // Ditto takes the subject from the rest of the URL, so "/" in a subject stays a separator between segments.
        final StringJoiner subject = new StringJoiner("/");
        for (final String part : message.getSubject().split("/", -1)) {
            subject.add(PathSegments.encodeSegment(part));
        }
        final List<String> arguments = message.getFeatureId()
                .map(featureId -> List.of(thingId, PathSegments.encodeSegment(featureId), box, subject.toString()))
                .orElseGet(() -> List.of(thingId, box, subject.toString()));
        final DittoResource resource = message.getFeatureId().isPresent()
                ? DittoResource.FEATURE_MESSAGE : DittoResource.THING_MESSAGE;
        return new DittoRequest("POST", resource, arguments, query, headers, contentType, body);
    }

    private static byte[] messageBody(final Message<?> message) {
        if (message.getRawPayload().isPresent()) {
            final ByteBuffer raw = message.getRawPayload().get().duplicate();
            final byte[] bytes = new byte[raw.remaining()];
            raw.get(bytes);
            return bytes;
        }
        final Object payload = message.getPayload().orElse(null);
        if (payload == null) {
            return null;
        }
        if (payload instanceof JsonValue json) {
            final boolean jsonContent = message.getContentType()
                    .map(type -> type.toLowerCase(Locale.ROOT).contains("json"))
                    .orElse(false);
            final String text = json.isString() && !jsonContent ? json.asString() : json.toString();
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static DittoRequest withVerb(final Command.Category category, final DittoResource resource,
            final List<String> arguments, final Map<String, String> query, final Map<String, String> headers,
            final Adaptable adaptable) {

        return switch (category) {
            case CREATE, MODIFY -> new DittoRequest("PUT", resource, arguments, query, headers, JSON,
                    value(adaptable));
            case MERGE -> new DittoRequest("PATCH", resource, arguments, query, headers, MERGE_PATCH_JSON,
                    value(adaptable));
            case QUERY -> new DittoRequest("GET", resource, arguments, query, headers, null, null);
            case DELETE -> new DittoRequest("DELETE", resource, arguments, query, headers, null, null);
            default -> throw SignalNotRelayableException.of("command", adaptable.getTopicPath().getPath());
        };
    }

    private static byte[] value(final Adaptable adaptable) {
        return adaptable.getPayload().getValue()
                .map(JsonValue::toString)
                .orElse("null")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void addFields(final String fields, final Map<String, String> query) {
        if (fields != null) {
            query.put("fields", PathSegments.encodeQueryValue(fields));
        }
    }

    private static void addPointer(final List<String> arguments, final List<String> keys) {
        final StringJoiner pointer = new StringJoiner("/");
        keys.forEach(key -> pointer.add(PathSegments.encodeSegment(key)));
        arguments.add(pointer.toString());
    }

    private static List<String> keys(final JsonPointer pointer) {
        final List<String> keys = new ArrayList<>(pointer.getLevelCount());
        pointer.forEach(key -> keys.add(key.toString()));
        return keys;
    }
}
