package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/** Python's logging as CPython 3.11 writes it (its stderr, which the playground shows with what was printed). */
class LoggingModuleTest {

    @Test
    void recordsAreWrittenAsCpythonsDefaultHandlerWritesThem() {
        CellResult result = new PlaygroundSession().runCell("""
                import logging
                log = logging.getLogger('tl')
                log.warning('before config %d', 1)
                log.info('hidden')
                logging.warning('Logged value: %s', 1.5)
                logging.info('hidden too')
                log.error('x=%d y=%s', 3, 'z')
                log.setLevel(logging.DEBUG)
                log.debug('d')
                logging.basicConfig(level=logging.INFO)
                logging.info('still hidden: basicConfig is a no-op once configured')
                logging.basicConfig(level=logging.INFO, force=True)
                logging.info('shown')
                print(log.getEffectiveLevel(), logging.getLogger().isEnabledFor(logging.DEBUG),
                      logging.getLogger() is logging.getLogger('root'))""");
        assertThat(result.error()).isEmpty();
        // python3 of the same lines, 2>&1.
        assertThat(result.stdout()).isEqualTo("""
                before config 1
                WARNING:root:Logged value: 1.5
                ERROR:tl:x=3 y=z
                DEBUG:tl:d
                INFO:root:shown
                10 False True
                """);
    }
}
