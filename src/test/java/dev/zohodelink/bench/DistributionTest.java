package dev.zohodelink.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void the_median_and_p90_are_nearest_rank_whatever_the_order_measured() {
        Distribution ten = Distribution.of(List.of(10L, 1L, 9L, 2L, 8L, 3L, 7L, 4L, 6L, 5L));

        assertThat(ten.median()).isEqualTo(5);
        assertThat(ten.p90()).isEqualTo(9);
        assertThat(ten.percentile(100)).isEqualTo(10);
        assertThat(ten.percentile(1)).isEqualTo(1);
    }

    @Test
    void an_odd_count_has_its_middle_value_as_median() {
        assertThat(Distribution.of(List.of(30L, 10L, 20L)).median()).isEqualTo(20);
        assertThat(Distribution.of(List.of(7L)).p90()).isEqualTo(7);
    }

    @Test
    void the_mean_is_the_total_over_the_count() {
        Distribution values = Distribution.of(List.of(1L, 2L, 6L));

        assertThat(values.total()).isEqualTo(9);
        assertThat(values.mean()).isEqualTo(3);
        assertThat(values.count()).isEqualTo(3);
    }

    @Test
    void nothing_measured_has_no_median() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Distribution.of(List.of()).median())
                .withMessage("no value measured");
    }
}
