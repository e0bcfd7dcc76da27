package dev.dittosink.protocol;

import org.eclipse.ditto.base.model.signals.commands.Command;
import org.eclipse.ditto.protocol.Adaptable;

/**
 * A Ditto Protocol command that Ditto's parser accepted and that the sink can relay.
 *
 * @param command the typed command, as Ditto's parser built it
 * @param adaptable the protocol message it was built from, for its value and fields exactly as sent
 */
public record ParsedCommand(Command<?> command, Adaptable adaptable) {
}
