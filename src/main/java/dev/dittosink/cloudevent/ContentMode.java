package dev.dittosink.cloudevent;

/** How a CloudEvent was carried over HTTP (CloudEvents HTTP protocol binding, section 3). */
public enum ContentMode {
    /** Attributes in {@code ce-} headers, data in the body. */
    BINARY,
    /** The whole event as one {@code application/cloudevents+json} document. */
    STRUCTURED
}
