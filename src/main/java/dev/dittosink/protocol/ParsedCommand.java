package dev.dittosink.protocol;

import org.eclipse.ditto.base.model.signals.commands.Command;
import org.eclipse.ditto.protocol.Adaptable;

/**
 * A Ditto Protocol command that Ditto's parser accepted and that the sink can relay.
 *
 * @param command the typed command, as Ditto's parser built it
 * @param adaptable the protocol message it was built from, for its value exactly as sent
 * @param fields the protocol's {@code fields} exactly as sent, {@code null} for none: the parsed selector renders
 *         every pointer with a leading {@code /}, while Ditto's HTTP API is to get the selector verbatim
 */
public record ParsedCommand(Command<?> command, Adaptable adaptable, String fields) {
}
