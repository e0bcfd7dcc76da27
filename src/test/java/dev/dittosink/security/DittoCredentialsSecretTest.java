package dev.dittosink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.SecretFiles;

/** How a secret is read from its property or its file, and that no refusal repeats it. */
class DittoCredentialsSecretTest {

    private static final String SECRET = "t0p-s3cret";

    @Test
    void readsThePropertyTrimmed() {
        assertThat(DittoCredentials.secret(Optional.of(" " + SECRET + " "), Optional.empty(), "password"))
                .isEqualTo(SECRET);
    }

    @Test
    void readsTheFileTrimmed() {
        final String file = SecretFiles.write(SECRET + "\n");

        assertThat(DittoCredentials.secret(Optional.empty(), Optional.of(file), "password")).isEqualTo(SECRET);
    }

    @Test
    void refusesBothPropertyAndFileWithoutRepeatingTheSecret() {
        final String file = SecretFiles.write("other");

        assertThatThrownBy(() -> DittoCredentials.secret(Optional.of(SECRET), Optional.of(file), "password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sink.ditto.auth.password-file")
                .message().doesNotContain(SECRET);
    }

    @Test
    void refusesNeitherPropertyNorFileNamingBoth() {
        assertThatThrownBy(() -> DittoCredentials.secret(Optional.empty(), Optional.empty(), "token"))
                .hasMessageContaining("sink.ditto.auth.token")
                .hasMessageContaining("sink.ditto.auth.token-file");
    }

    @Test
    void refusesAnUnreadableFileNamingItsPath() {
        assertThatThrownBy(() -> DittoCredentials.secret(Optional.empty(), Optional.of("/nonexistent/secret"),
                "client-secret"))
                .hasMessageContaining("sink.ditto.auth.client-secret-file")
                .hasMessageContaining("/nonexistent/secret");
    }

    @Test
    void refusesASecretWithALineBreakInsideWithoutRepeatingIt() {
        final String file = SecretFiles.write(SECRET + "\ninjected: header\n");

        assertThatThrownBy(() -> DittoCredentials.secret(Optional.empty(), Optional.of(file), "token"))
                .hasMessageContaining("control characters")
                .message().doesNotContain(SECRET);
    }
}
