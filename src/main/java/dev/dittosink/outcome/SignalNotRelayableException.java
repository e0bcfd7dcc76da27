package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * The event's data is valid Ditto Protocol but not a command that Ditto's HTTP API can take: an event, a response,
 * an error, an acknowledgement, an announcement or a search signal.
 *
 * <p>Ditto's endpoint answers such payloads with an empty 500, which Knative would retry forever; the sink answers
 * 400 so the event goes to the dead-letter sink at once.
 */
public final class SignalNotRelayableException extends SinkException {

    public static final String ERROR_CODE = "cloudevent.signal.unsupported";

    private static final long serialVersionUID = 1L;

    private SignalNotRelayableException(final String message) {
        super(ERROR_CODE, HttpStatus.BAD_REQUEST, message,
                "Send a Ditto Protocol command: create, modify, merge, retrieve, delete or migrate of a thing or "
                        + "policy, or a live message.", null, null);
    }

    /**
     * @param kind what the signal is, for example {@code event} or {@code command response}
     * @param topic the signal's topic path as sent
     * @return the exception
     */
    public static SignalNotRelayableException of(final String kind, final String topic) {
        return new SignalNotRelayableException("The Ditto Protocol " + kind + " <" + ErrorText.abbreviate(topic)
                + "> cannot be relayed to Ditto's HTTP API.");
    }
}
