package dev.dittosink.ingress;

import java.util.Optional;

import dev.dittosink.outcome.ReplyEvent;

/**
 * A relay Ditto accepted, or a redelivery of one.
 *
 * @param reply the reply event to answer with, {@code null} to answer 202 without body
 */
public record Delivery(ReplyEvent reply) {

    public Optional<ReplyEvent> replyEvent() {
        return Optional.ofNullable(reply);
    }
}
