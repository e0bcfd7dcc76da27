package dev.dittosink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.runtime.LaunchMode;

/** A production sink must refuse to start without knowing where Ditto is; dev and test only warn. */
class StartupCheckTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(StartupCheck.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(final LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void productionWithoutUrlRefusesToStartAndNamesDittoUrl(final String blank) {
        assertThatIllegalStateException()
                .isThrownBy(() -> StartupCheck.ensureDittoUrl(Optional.of(blank), LaunchMode.NORMAL))
                .withMessageContaining("DITTO_URL");
    }

    @Test
    void productionWithoutAnyUrlRefusesToStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StartupCheck.ensureDittoUrl(Optional.empty(), LaunchMode.NORMAL))
                .withMessageContaining("DITTO_URL");
    }

    @Test
    void productionWithUrlStartsQuietly() {
        assertThatNoException().isThrownBy(
                () -> StartupCheck.ensureDittoUrl(Optional.of("http://ditto-nginx:8080"), LaunchMode.NORMAL));
        assertThat(records).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LaunchMode.class, names = {"DEVELOPMENT", "TEST"})
    void devAndTestWithoutUrlOnlyWarn(final LaunchMode mode) {
        assertThatNoException().isThrownBy(() -> StartupCheck.ensureDittoUrl(Optional.empty(), mode));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("DITTO_URL");
        });
    }
}
