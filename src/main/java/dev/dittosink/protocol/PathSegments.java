package dev.dittosink.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes values that go into the path or query of a Ditto URL (RFC 3986).
 *
 * <p>A path segment keeps only unreserved characters, {@code :} and {@code @} literal; everything else, {@code /},
 * {@code ?}, {@code #}, {@code %} and {@code ;} included, is escaped, and a segment of dots only is escaped whole so
 * that no client or proxy can resolve it as {@code .} or {@code ..}. Ditto decodes the escapes again and so sees
 * exactly the key that was sent.
 */
public final class PathSegments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String SEGMENT_SAFE = "-._~:@";
    private static final String QUERY_SAFE = "-._~:@/?!$'()*,;";

    private PathSegments() {
    }

    /**
     * @param value one path segment's decoded value
     * @return the value as one encoded path segment
     */
    public static String encodeSegment(final String value) {
        if (!value.isEmpty() && value.chars().allMatch(c -> c == '.')) {
            return "%2E".repeat(value.length());
        }
        return encode(value, SEGMENT_SAFE);
    }

    /**
     * @param value a query parameter's decoded value
     * @return the value encoded for the query, with {@code &}, {@code =}, {@code +} and {@code #} escaped
     */
    public static String encodeQueryValue(final String value) {
        return encode(value, QUERY_SAFE);
    }

    private static String encode(final String value, final String safe) {
        final StringBuilder encoded = new StringBuilder(value.length() + 8);
        for (final byte b : value.getBytes(StandardCharsets.UTF_8)) {
            final int c = b & 0xff;
            if (isUnreservedLetterOrDigit(c) || c < 0x80 && safe.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreservedLetterOrDigit(final int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
