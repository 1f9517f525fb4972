package dev.zohodelink.emulator.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdSequenceTest {

    @Test
    void generatedIdsSkipAnIdACallerChose() {
        IdSequence ids = new IdSequence();
        String first = ids.next();
        String following = Long.toString(Long.parseLong(first) + 1);

        assertThat(ids.claim(following)).isTrue();

        assertThat(ids.next()).isEqualTo(Long.toString(Long.parseLong(first) + 2));
    }

    @Test
    void anIdInUseCannotBeClaimedUntilItIsReleased() {
        IdSequence ids = new IdSequence();
        String userId = ids.next();

        assertThat(ids.claim(userId)).isFalse();
        ids.release(userId);
        assertThat(ids.claim(userId)).isTrue();
    }
}
