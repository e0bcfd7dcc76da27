package dev.dittosink.support;

/** The sink's two front doors; every behaviour is tested through both. */
public enum Door {

    /** Funqy Knative Events: what a Knative Service URL, Trigger or Sequence step posts to. */
    KNATIVE("/"),

    /** Quarkus REST: the same path as Ditto's own endpoint. */
    DITTO_PATH("/api/2/cloudevents");

    private final String path;

    Door(final String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
