package dev.zohodelink.assertions;

import dev.zohodelink.client.ApiResponse;
import org.assertj.core.api.Assertions;

/** One static import for AssertJ and the domain assertions. */
public class ConformanceAssertions extends Assertions {

    public static ApiResponseAssert assertThat(ApiResponse actual) {
        return new ApiResponseAssert(actual);
    }
}
