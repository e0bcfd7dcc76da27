package dev.dittosink.cloudevent;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes binary-mode {@code ce-} header values as the HTTP binding (section 3.1.3.2) requires: an RFC 7230 quoted
 * string is unquoted first, then exactly one round of percent-decoding runs, and the resulting bytes must be UTF-8.
 *
 * <p>Raw bytes above 0x7F are taken as they came, so senders that skip encoding (sdk-java, sdk-go) still work as long
 * as they send UTF-8; a {@code %} that does not start an escape is refused rather than guessed at.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * @param raw the header value as received, each char standing for one byte
     * @return the decoded value
     * @throws IllegalArgumentException if an escape is malformed or the bytes are not UTF-8
     */
    public static String decode(final String raw) {
        final String unquoted = unquote(raw);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(unquoted.length());
        for (int i = 0; i < unquoted.length(); i++) {
            final char c = unquoted.charAt(i);
            if (c == '%') {
                if (i + 2 >= unquoted.length()) {
                    throw new IllegalArgumentException("incomplete percent escape");
                }
                final int high = hexDigit(unquoted.charAt(i + 1));
                final int low = hexDigit(unquoted.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid percent escape");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0xff) {
                throw new IllegalArgumentException("character outside ISO-8859-1");
            } else {
                bytes.write(c);
            }
        }
        return strictUtf8(bytes.toByteArray());
    }

    /**
     * Encodes an attribute value for a binary-mode {@code ce-} header: space, {@code "}, {@code %} and everything
     * outside U+0021 to U+007E are percent-encoded as UTF-8 bytes.
     *
     * @param value the attribute value
     * @return the header value
     */
    public static String encode(final String value) {
        final StringBuilder encoded = new StringBuilder(value.length());
        for (final byte b : value.getBytes(StandardCharsets.UTF_8)) {
            final int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '%') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * @return the value of an ASCII hex digit (RFC 3986 HEXDIG), -1 for anything else; unlike
     *         {@link Character#digit(char, int)}, which also takes fullwidth and other Unicode digits
     */
    private static int hexDigit(final char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static String unquote(final String raw) {
        if (raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') {
            return raw;
        }
        final StringBuilder unquoted = new StringBuilder(raw.length() - 2);
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                if (i + 1 >= raw.length() - 1) {
                    throw new IllegalArgumentException("dangling backslash in quoted string");
                }
                c = raw.charAt(++i);
            } else if (c == '"') {
                throw new IllegalArgumentException("unescaped quote in quoted string");
            }
            unquoted.append(c);
        }
        return unquoted.toString();
    }

    private static String strictUtf8(final byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (final CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8", e);
        }
    }
}
