package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.estimate.RestoredSystemProperties;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EstimateCommandTest {

    private final RestoredSystemProperties properties = new RestoredSystemProperties();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreTheSystemProperties() {
        properties.close();
    }

    private int estimate(String... args) {
        return new CommandLine(new Main())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(prepend("estimate", args));
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void an_unknown_version_is_refused_with_one_line_and_exit_code_2() {
        int status = estimate("--versions", "v9");

        then(status).isEqualTo(2);
        then(out.toString()).isEmpty();
        then(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("estimate: ")
                .contains("v9");
    }

    @Test
    void a_glue_package_not_on_the_classpath_is_refused_with_one_line_and_exit_code_2() {
        int status = estimate("--versions", "v7", "--glue", "com.example.nosuchsteps");

        then(status).isEqualTo(2);
        then(out.toString()).isEmpty();
        then(err.toString().lines())
                .containsExactly("estimate: no glue package com.example.nosuchsteps on the classpath");
    }

    @Test
    void a_bad_credit_budget_is_refused_before_any_call_naming_its_variable() {
        System.setProperty("zoho.max.credits", "lots");

        int status = estimate("--versions", "v7", "--tags", "@tokens");

        then(status).isEqualTo(2);
        then(out.toString()).isEmpty();
        then(err.toString().lines())
                .containsExactly("estimate: ZOHO_MAX_CREDITS (or -Dzoho.max.credits): 'lots' is not a whole number");
    }

    @Test
    void says_when_a_version_would_run_out_of_its_credit_budget_and_still_exits_0() {
        System.setProperty("zoho.max.credits", "5");

        int status = estimate("--versions", "v7", "--tags", "@tokens");

        then(status).isZero();
        then(err.toString()).isEmpty();
        then(out.toString())
                .contains("v7: 2 scenarios run, 1 skipped;")
                .contains("ZOHO_MAX_CREDITS=5 holds each version's run, cleanup exempt (v7 ")
                .contains("the estimate does NOT fit: v7 would stop making calls at 5 credits");
    }
}
