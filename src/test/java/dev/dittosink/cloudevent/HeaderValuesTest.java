package dev.dittosink.cloudevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding of binary-mode {@code ce-} header values (CloudEvents HTTP binding, section 3.1.3.2). */
class HeaderValuesTest {

    /**
     * @param name what the case shows
     * @param raw the header value as received, one char per byte
     * @param decoded the expected value
     */
    record Decoded(String name, String raw, String decoded) {
        @Override
        public String toString() {
            return name + ": <" + raw + "> -> <" + decoded + ">";
        }
    }

    /**
     * @param name what is wrong
     * @param raw the header value as received
     */
    record Refused(String name, String raw) {
        @Override
        public String toString() {
            return name + ": <" + raw + ">";
        }
    }

    static Stream<Decoded> decoded() {
        return Stream.of(
                new Decoded("plain", "org.acme.lamp", "org.acme.lamp"),
                new Decoded("empty", "", ""),
                new Decoded("encoded blank", "a%20b", "a b"),
                new Decoded("spec example", "Euro%20%E2%82%AC%20%F0%9F%98%80", "Euro \u20ac \ud83d\ude00"),
                new Decoded("lower-case hex", "caf%c3%a9", "caf\u00e9"),
                new Decoded("needlessly encoded ASCII", "%41%62c", "Abc"),
                new Decoded("exactly one round of decoding", "%2541", "%41"),
                new Decoded("quoted string", "\"a b\"", "a b"),
                new Decoded("quoted string with escaped quote and backslash", "\"a\\\"b\\\\c\"", "a\"b\\c"),
                new Decoded("unquoted first, then percent-decoded", "\"a%20b\"", "a b"),
                new Decoded("lone quote is no quoted string", "\"", "\""),
                new Decoded("raw UTF-8 bytes of senders that skip encoding", "caf\u00c3\u00a9", "caf\u00e9"));
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused("percent at the end", "100%"),
                new Refused("percent with one hex digit", "%4"),
                new Refused("percent not followed by hex", "a%zzb"),
                new Refused("percent followed by a sign", "%+1"),
                new Refused("percent followed by non-ASCII digits", "%\uff11\uff11"),
                new Refused("overlong UTF-8", "%C0%A0"),
                new Refused("byte never valid in UTF-8", "%FF"),
                new Refused("truncated UTF-8 sequence", "%E2%82"),
                new Refused("lone continuation byte", "%80"),
                new Refused("encoded surrogate", "%ED%A0%80"),
                new Refused("raw Latin-1 byte that is not UTF-8", "caf\u00e9"),
                new Refused("char outside ISO-8859-1", "\u20ac"),
                new Refused("unescaped quote inside a quoted string", "\"a\"b\""),
                new Refused("dangling backslash in a quoted string", "\"a\\\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoded")
    void decodes(final Decoded testCase) {
        assertThat(HeaderValues.decode(testCase.raw())).isEqualTo(testCase.decoded());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(final Refused testCase) {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderValues.decode(testCase.raw()));
    }
}
