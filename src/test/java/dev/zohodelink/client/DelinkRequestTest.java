package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelinkRequestTest {

    private final DelinkRequest single =
            DelinkRequest.single("Campaigns", "3652397000000327001", "Contacts", "3652397000000925128");
    private final DelinkRequest bulk = DelinkRequest.bulk(
            "Campaigns", "3652397000000327001", "Contacts", List.of("3652397000000925128", "3652397000000649013"));

    @Test
    void shapes_the_single_form_as_four_segments_without_ids() {
        // WHEN / THEN
        then(single.method()).isEqualTo("DELETE");
        then(single.pathSegments())
                .containsExactly("Campaigns", "3652397000000327001", "Contacts", "3652397000000925128");
        then(single.idsParameter()).isEmpty();
        then(single.listedIds()).isEqualTo(1);
        then(single.isBulkForm()).isFalse();
    }

    @Test
    void shapes_the_bulk_form_as_three_segments_and_comma_separated_ids() {
        // WHEN / THEN
        then(bulk.method()).isEqualTo("DELETE");
        then(bulk.pathSegments()).containsExactly("Campaigns", "3652397000000327001", "Contacts");
        then(bulk.idsParameter()).contains("3652397000000925128,3652397000000649013");
        then(bulk.listedIds()).isEqualTo(2);
        then(bulk.isBulkForm()).isTrue();
    }

    @Test
    void sends_an_empty_ids_parameter_for_an_empty_bulk_list() {
        // WHEN
        DelinkRequest empty = DelinkRequest.bulk("Products", "1", "Leads", List.of());

        // THEN
        then(empty.idsParameter()).contains("");
        then(empty.listedIds()).isZero();
    }

    @Test
    void changes_only_the_method() {
        // WHEN
        DelinkRequest post = bulk.withMethod("POST");

        // THEN
        then(post.method()).isEqualTo("POST");
        then(post.pathSegments()).isEqualTo(bulk.pathSegments());
        then(post.idsParameter()).isEqualTo(bulk.idsParameter());
        then(post.listedIds()).isEqualTo(bulk.listedIds());
        then(bulk.method()).isEqualTo("DELETE");
    }

    @Test
    void appends_an_extra_segment_leaving_the_original_alone() {
        // WHEN
        DelinkRequest longer = single.withExtraSegment("extra");

        // THEN
        then(longer.pathSegments())
                .containsExactly("Campaigns", "3652397000000327001", "Contacts", "3652397000000925128", "extra");
        then(longer.method()).isEqualTo("DELETE");
        then(longer.listedIds()).isEqualTo(1);
        then(longer.isBulkForm()).isFalse();
        then(single.pathSegments()).hasSize(4);
    }

    @Test
    void sends_a_raw_ids_text_with_its_listed_count() {
        // WHEN
        DelinkRequest raw = bulk.withIdsParameter("1;2, 3", 3);

        // THEN
        then(raw.idsParameter()).contains("1;2, 3");
        then(raw.listedIds()).isEqualTo(3);
        then(raw.pathSegments()).isEqualTo(bulk.pathSegments());
        then(raw.isBulkForm()).isTrue();
    }

    @Test
    void adds_an_ids_parameter_to_the_single_form() {
        // WHEN
        DelinkRequest both = single.withIdsParameter("3652397000000649013", 1);

        // THEN
        then(both.pathSegments()).hasSize(4);
        then(both.idsParameter()).contains("3652397000000649013");
    }

    @Test
    void drops_the_ids_parameter() {
        // WHEN
        DelinkRequest without = bulk.withoutIdsParameter();

        // THEN
        then(without.idsParameter()).isEmpty();
        then(without.listedIds()).isZero();
        then(without.pathSegments()).isEqualTo(bulk.pathSegments());
        then(without.isBulkForm()).isTrue();
    }

    @Test
    void copies_the_segments_so_later_changes_to_the_list_do_not_leak_in() {
        // GIVEN
        List<String> segments = new ArrayList<>(List.of("Products", "1", "Leads"));
        DelinkRequest request = new DelinkRequest("DELETE", segments, java.util.Optional.of("2"), 1);

        // WHEN
        segments.add("sneaky");

        // THEN
        then(request.pathSegments()).containsExactly("Products", "1", "Leads");
        thenThrownBy(() -> request.pathSegments().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
