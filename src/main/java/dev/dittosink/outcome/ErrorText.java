package dev.dittosink.outcome;

/** Keeps values that end up in error messages short, so replies fit into Knative's dead-letter attributes. */
public final class ErrorText {

    private static final int MAX_VALUE_LENGTH = 100;

    private ErrorText() {
    }

    /**
     * @param value a value taken from the request, may be {@code null}
     * @return the value, cut to at most 100 characters with an ellipsis where it was cut
     */
    public static String abbreviate(final CharSequence value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value.toString();
        }
        return value.subSequence(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}
