package dev.dittosink.cloudevent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.exceptions.CloudEventMissingPayloadException;
import org.eclipse.ditto.base.model.exceptions.CloudEventUnsupportedDataSchemaException;
import org.eclipse.ditto.base.model.exceptions.UnsupportedMediaTypeException;

import dev.dittosink.config.CloudEventsConfig;
import dev.dittosink.outcome.ErrorText;

/**
 * The checks Ditto's endpoint applies to a parsed CloudEvent before reading its data, in Ditto's order: data present,
 * data content type allowed, data schema acceptable. Thread-safe.
 */
@ApplicationScoped
public class DittoCloudEventChecks {

    private static final String DITTO_SCHEME = "ditto";
    private static final String OCTET_STREAM = "application/octet-stream";

    private final CloudEventsConfig config;
    private final Set<String> allowedDataTypes;

    public DittoCloudEventChecks(final CloudEventsConfig config) {
        this.config = config;
        final Set<String> allowed = new LinkedHashSet<>();
        config.dataTypes().forEach(type -> allowed.add(CloudEventReader.mediaType(type)));
        this.allowedDataTypes = Set.copyOf(allowed);
    }

    /**
     * @param event a well-formed CloudEvent
     * @throws org.eclipse.ditto.base.model.exceptions.DittoRuntimeException the first check that fails
     */
    public void ensureAcceptable(final SinkCloudEvent event) {
        ensurePayload(event);
        ensureDataContentType(event);
        ensureDataSchema(event);
    }

    private static void ensurePayload(final SinkCloudEvent event) {
        if (event.data() == null || event.data().length == 0) {
            throw CloudEventMissingPayloadException.withDetailedInformationBuilder().build();
        }
    }

    private void ensureDataContentType(final SinkCloudEvent event) {
        // Like Ditto, an event without a content type is taken to carry application/octet-stream.
        final String mediaType = event.dataContentType() == null
                ? OCTET_STREAM : CloudEventReader.mediaType(event.dataContentType());
        if (!allowedDataTypes.contains(mediaType)) {
            throw unsupportedMediaType(mediaType);
        }
    }

    /**
     * @param mediaType the media type as sent
     * @return Ditto's refusal of it, naming the allowed types
     */
    public UnsupportedMediaTypeException unsupportedMediaType(final String mediaType) {
        return UnsupportedMediaTypeException
                .withDetailedInformationBuilder(ErrorText.abbreviate(mediaType), allowedDataTypes)
                .build();
    }

    private void ensureDataSchema(final SinkCloudEvent event) {
        final String dataSchema = event.dataSchema();
        if (dataSchema == null) {
            if (!config.emptySchemaAllowed()) {
                throw CloudEventUnsupportedDataSchemaException.withDetailedInformationBuilder("").build();
            }
            return;
        }
        // Ditto compares the scheme case-sensitively; a relative URI has none and is refused (Ditto answers 500).
        if (!DITTO_SCHEME.equals(scheme(dataSchema))) {
            throw CloudEventUnsupportedDataSchemaException
                    .withDetailedInformationBuilder(ErrorText.abbreviate(dataSchema))
                    .build();
        }
    }

    private static String scheme(final String uri) {
        try {
            return new URI(uri).getScheme();
        } catch (final URISyntaxException e) {
            return null;
        }
    }
}
