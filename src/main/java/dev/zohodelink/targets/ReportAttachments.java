package dev.zohodelink.targets;

import io.qameta.allure.Allure;
import io.qameta.allure.restassured.AllureRestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Attaches each request and response to the running Allure test, with the Authorization header blacklisted by
 * the client's log configuration. Outside an Allure test (unit tests driving the engine) it stays silent.
 */
final class ReportAttachments implements OrderedFilter {

    private final AllureRestAssured allure = new AllureRestAssured();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        return Allure.getLifecycle().getCurrentTestCase().isPresent()
                ? allure.filter(request, response, context)
                : context.next(request, response);
    }

    @Override
    public int getOrder() {
        return allure.getOrder();
    }
}
