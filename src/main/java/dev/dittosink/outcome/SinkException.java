package dev.dittosink.outcome;

import java.net.URI;

import org.eclipse.ditto.base.model.common.HttpStatus;
import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.eclipse.ditto.base.model.headers.DittoHeaders;

/**
 * A failure the sink itself detects and that Ditto's catalogue has no exception for.
 *
 * <p>Extending {@link DittoRuntimeException} lets every rejection, Ditto's own and the sink's, be rendered by the same
 * code into Ditto's error JSON. Subclasses fix the status and error code; instances are immutable.
 */
public abstract class SinkException extends DittoRuntimeException {

    private static final long serialVersionUID = 1L;

    protected SinkException(final String errorCode, final HttpStatus status, final String message,
            final String description, final Throwable cause, final URI href) {

        super(errorCode, status, DittoHeaders.empty(), message, description, cause, href);
    }

    @Override
    public DittoRuntimeException setDittoHeaders(final DittoHeaders dittoHeaders) {
        // Sink failures carry no Ditto headers: the reply's headers are set by the ingress, not by the exception.
        return this;
    }
}
