package dev.dittosink.cloudevent;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudEvent that satisfied the HTTP protocol binding: required attributes present, attribute names and values
 * well-formed. Whether its data is something Ditto accepts is not yet known.
 *
 * @param mode how it arrived
 * @param specVersion {@code 1.0} or {@code 0.3}
 * @param id the event id, never empty
 * @param source the event source, a URI reference
 * @param type the event type, never empty
 * @param dataContentType the media type of the data as sent, parameters included; {@code null} when not given
 * @param dataSchema the data schema ({@code schemaurl} in 0.3); {@code null} when not given
 * @param subject the subject, {@code null} when not given
 * @param time the time, {@code null} when not given
 * @param extensions every other attribute, decoded
 * @param data the data bytes; {@code null} when the event has none
 */
public record SinkCloudEvent(ContentMode mode, String specVersion, String id, String source, String type,
        String dataContentType, String dataSchema, String subject, OffsetDateTime time,
        Map<String, String> extensions, byte[] data) {

    public Optional<String> extension(final String name) {
        return Optional.ofNullable(extensions.get(name));
    }
}
